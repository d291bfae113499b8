/** Length as both sides count it: code points of the trimmed text, never UTF-16 units. */
export function codePointLength(text: string): number {
  let n = 0;
  // for..of walks code points without building an array.
  for (const _ of text.trim()) n++;
  return n;
}

/** Cuts text to at most `max` code points (for pinned excerpts). */
export function truncateCodePoints(text: string, max: number): string {
  const points = [...text];
  return points.length <= max ? text : points.slice(0, max).join('');
}

/** True for an absolute http: or https: URL. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

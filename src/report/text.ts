/**
 * Text rules both sides apply to what people read: the reporter's details,
 * names, quoted messages and excerpts.
 *
 * Removed (`withoutUnsafe`): controls other than line feed and tab (C0, DEL,
 * C1), the bidirectional embeddings, overrides and isolates (U+202A–202E,
 * U+2066–2069) that make text read in another order than it is stored (the
 * "right-to-left override" file-name trick), and the zero-width space, word
 * joiner, invisible operators, deprecated format characters and BOM
 * (U+200B, U+2060–2064, U+206A–206F, U+FEFF), which hide words from search
 * and from moderators. Kept: ZWJ and ZWNJ (emoji sequences, Persian and
 * Indic spelling), the left-to-right and right-to-left marks (punctuation in
 * Arabic and Hebrew), variation selectors; they are invisible, so they do not
 * count towards a text's length.
 */
const UNSAFE = /[\0-\x08\x0B-\x1F\x7F-\x9F\u200B\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

/** Code points that show nothing on their own: format characters, fillers, variation selectors. */
const HIDDEN = /[\p{Cf}\p{Cc}\u115F\u1160\u3164\uFFA0\u2800\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;

/** The text without the characters in UNSAFE. */
export function withoutUnsafe(text: string): string {
  return text.replace(UNSAFE, '');
}

/**
 * Length as both sides count it: the code points a reader sees in the
 * trimmed text, never UTF-16 units, and never invisible ones, so details made
 * only of zero-width joiners are empty. Line feeds and tabs inside count.
 */
export function codePointLength(text: string): number {
  let n = 0;
  // for..of walks code points without building an array.
  for (const _ of text.replace(HIDDEN, (h) => (h === '\n' || h === '\t' ? h : '')).trim()) n++;
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

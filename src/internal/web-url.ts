/**
 * The one rule for addresses the widget follows, links to or posts to:
 * http: or https: only, never `javascript:`, `data:` or `blob:`.
 */
export function isWebUrl(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

/** `value` resolved against the page, when it is an http(s) address. */
export function webUrl(value: string | undefined): string | undefined {
  try {
    const url = new URL(value!, document.baseURI);
    return value && isWebUrl(url) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

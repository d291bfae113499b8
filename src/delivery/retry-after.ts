/** The longest wait a server can ask for; past it the next attempt comes anyway. */
export const RETRY_AFTER_CAP_MS = 60 * 60 * 1000;

/**
 * Reads `Retry-After` as seconds or an HTTP date into milliseconds from `now`,
 * capped at an hour. Unparseable values give `undefined` (use the backoff).
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  let ms: number;
  if (/^\d+$/.test(v)) {
    ms = Number(v) * 1000;
  } else {
    const at = Date.parse(v);
    if (Number.isNaN(at)) return undefined;
    ms = at - now;
  }
  return Math.min(Math.max(ms, 0), RETRY_AFTER_CAP_MS);
}

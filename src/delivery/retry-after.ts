/**
 * Reads `Retry-After` as seconds or an HTTP date into milliseconds from `now`,
 * never negative. Unparseable values give `undefined` (use the backoff). The
 * outbox caps the wait (outbox/timing.ts `WAIT_CAP_MS`).
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
  return Math.max(ms, 0);
}

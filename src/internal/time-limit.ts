/**
 * A time limit on a promise that might never settle: a browser whose
 * `indexedDB.open` never answers (Safari 14, some extensions), or a host's
 * `waitUntil` promise that is forgotten. Past the limit the result rejects
 * with a `TimeoutError`; the work itself cannot be stopped and is left to end
 * (or not) on its own.
 */

/** `setTimeout` takes a signed 32-bit delay: anything longer fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** A delay `setTimeout` honours as asked: at least 0, at most about 24.8 days. */
export function timerDelay(ms: number): number {
  return Number.isFinite(ms) ? Math.min(Math.max(0, ms), MAX_TIMER_MS) : MAX_TIMER_MS;
}

export function withTimeLimit<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new DOMException(`${what} did not answer within ${ms} ms`, 'TimeoutError')), timerDelay(ms));
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * How long a host's `waitUntil` promise (a captcha token, say) may keep a
 * report from being sent: one that never settles must not leave the form
 * busy for good. A minute leaves room for a challenge the reporter solves.
 */
export const HOST_WAIT_LIMIT_MS = 60_000;

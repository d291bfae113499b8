/**
 * Host code (`identify`, `onStored`) run under a time limit: its failure or
 * silence becomes an outcome the handler decides about, never a rejection
 * or a request that waits forever.
 */
export type HookOutcome<T> = { ok: true; value: T } | { ok: false; why: 'failed' | 'timed-out' };

export async function runHook<T>(hook: () => T | Promise<T>, timeoutMs: number): Promise<HookOutcome<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<HookOutcome<T>>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, why: 'timed-out' }), timeoutMs);
  });
  const ran = (async (): Promise<HookOutcome<T>> => {
    try {
      return { ok: true, value: await hook() };
    } catch {
      return { ok: false, why: 'failed' };
    }
  })();
  try {
    return await Promise.race([ran, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

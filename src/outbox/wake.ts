/**
 * Part of the page-load script, so kept tiny: once the page has loaded (its
 * `configure()` calls have run), look for reports left waiting by an
 * earlier page and, only if there are any, load the outbox to send them.
 * Pages where nobody ever reported pay one `indexedDB.databases()` call.
 */
const DB_NAME = 'report-concern';

async function hasWaitingReports(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  try {
    if (typeof indexedDB.databases === 'function') {
      return (await indexedDB.databases()).some((db) => db.name === DB_NAME);
    }
  } catch {
    // Fall through: without a way to look, load the outbox and let it check.
  }
  return true;
}

/** Once per page, whichever copy of the script calls it first. */
export function wakeOutbox(load: () => Promise<{ resumeOutbox(): Promise<void> }>): void {
  const flag = Symbol.for('report-concern.outbox-wake');
  const g = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (g[flag]) return;
  g[flag] = true;
  const go = () =>
    setTimeout(async () => {
      if (await hasWaitingReports()) await (await load()).resumeOutbox().catch(() => undefined);
    });
  if (document.readyState === 'complete') go();
  else addEventListener('load', go, { once: true });
}

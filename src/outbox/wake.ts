/**
 * Part of the page-load script, so kept tiny: once the page has loaded (its
 * `configure()` calls have run), look for reports left waiting by an
 * earlier page and, only if there are any, load the outbox to send them.
 * Pages where nobody ever reported pay one `indexedDB.databases()` call;
 * where the database exists, one look at its entries until one would be sent.
 * Reports that wait for the reporter (refused, or too old) do not count: the
 * dialog shows them when it opens for their subject, and they must not make
 * every later page load the form.
 */
const DB_NAME = 'report-concern';
const STORE = 'outbox';
/** How long the look may take; IndexedDB that does not answer by then is taken as holding nothing. */
const LOOK_LIMIT_MS = 2000;

/** Resolves with nothing once the look has taken too long. */
const hung = () => new Promise<undefined>((resolve) => setTimeout(resolve, LOOK_LIMIT_MS));

/** True when the outbox holds a report to send (or when there is no way to tell). */
export async function hasWaitingReports(name = DB_NAME): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  try {
    const listed = typeof indexedDB.databases === 'function' ? await Promise.race([indexedDB.databases(), hung()]) : undefined;
    if (listed && !listed.some((db) => db.name === name)) {
      return false;
    }
  } catch {
    // Fall through and look inside.
  }
  // The database outlives its last report: look at what it holds, so a browser
  // that once queued a report does not load the outbox on every page after.
  return new Promise<boolean>((resolve) => {
    // A database that never opens (Safari 14, some extensions) holds nothing this page could send.
    setTimeout(() => resolve(false), LOOK_LIMIT_MS);
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name);
    } catch {
      return resolve(true);
    }
    // No such database (a browser without `databases()`): make none.
    request.onupgradeneeded = () => {
      resolve(false);
      request.transaction?.abort();
    };
    request.onerror = () => resolve(true);
    request.onsuccess = () => {
      const db = request.result;
      try {
        const walk = db.transaction(STORE, 'readonly').objectStore(STORE).openCursor();
        walk.onsuccess = () => {
          const entry = walk.result?.value as { state?: string; lastError?: { code?: string } } | undefined;
          // Sent on its own: a pending report, or one refused as signed out (tried again once per load).
          if (!walk.result) resolve(false);
          else if (entry?.state !== 'attention' || entry.lastError?.code === 'auth') resolve(true);
          else walk.result.continue();
        };
        walk.onerror = () => resolve(true);
      } catch {
        resolve(true);
      } finally {
        db.close();
      }
    };
  });
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

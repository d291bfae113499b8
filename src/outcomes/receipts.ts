/**
 * Receipts kept on this device, only with `receipts: "device"` in config
 * (docs/PROTOCOL.md §9; by default nothing about a delivered report stays
 * on a shared device). One IndexedDB database of its own, apart from the
 * outbox: `{ reference, receipt, subjectKey, date, endpoint }` per report.
 */
export interface KeptReceipt {
  reference: string;
  receipt: string;
  subjectKey: string;
  /** When it was delivered (ISO). */
  date: string;
  /** The absolute endpoint it was delivered to: its status is asked there. */
  endpoint: string;
}

const DB = 'report-concern-receipts';
const STORE = 'receipts';
/** The newest are kept; older receipts beyond this many are forgotten. */
const KEEP = 200;

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'reference' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function all(db: IDBDatabase): Promise<KeptReceipt[]> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(STORE).objectStore(STORE).getAll();
    request.onsuccess = () => resolve((request.result as KeptReceipt[]).sort((a, b) => (a.date < b.date ? 1 : -1)));
    request.onerror = () => reject(request.error);
  });
}

export async function keepReceipt(kept: KeptReceipt): Promise<void> {
  const db = await open();
  try {
    const older = (await all(db)).slice(KEEP - 1);
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      for (const old of older) store.delete(old.reference);
      store.put(kept);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** The receipts kept for one subject, newest first; none when IndexedDB cannot be had. */
export async function receiptsFor(subjectKey: string): Promise<KeptReceipt[]> {
  try {
    const db = await open();
    try {
      return (await all(db)).filter((r) => r.subjectKey === subjectKey);
    } finally {
      db.close();
    }
  } catch {
    return [];
  }
}

/**
 * Where submitted reports wait until a receiver confirms them: IndexedDB, so
 * they survive a reload, a crash or a closed tab; memory when IndexedDB is
 * missing or refuses to write (private windows, a full disk), with the
 * caller told so it can warn the reporter.
 */
import type { ReportErrorCode } from '../events.js';

export interface OutboxFile {
  name: string;
  type: string;
  /** The processed bytes, exactly as the first attempt sent them. */
  blob: Blob;
}

export interface OutboxEntry {
  /** The report id, also its Idempotency-Key. */
  id: string;
  /** The absolute endpoint the report was submitted to; a later config change does not move it. */
  endpoint: string;
  credentials: RequestCredentials;
  timeoutMs: number;
  /** The serialised `report` field, byte for byte what every attempt sends. */
  reportJson: string;
  files: OutboxFile[];
  /** Which subject (content or member) it is about, to find its button and dialog again. */
  subjectKey: string;
  /** Total bytes held: the JSON and the files. */
  bytes: number;
  createdAt: number;
  attempts: number;
  /** Not before this time (ms since the epoch), from backoff or `Retry-After`. */
  nextAttemptAt: number;
  /**
   * `pending`: retried on its own. `attention`: the reporter must act (signed
   * out, refused by the receiver, too old); shown when the dialog next opens.
   */
  state: 'pending' | 'attention';
  lastError?: {
    code: ReportErrorCode | 'expired';
    status?: number;
    cause?: string;
    message?: string;
    errors?: Record<string, string>;
  };
}

export interface OutboxStorage {
  /** `disk` survives a reload; `memory` does not. */
  readonly kind: 'disk' | 'memory';
  put(entry: OutboxEntry): Promise<void>;
  get(id: string): Promise<OutboxEntry | undefined>;
  all(): Promise<OutboxEntry[]>;
  delete(id: string): Promise<void>;
}

const DB_NAME = 'report-concern';
const STORE = 'outbox';

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('aborted', 'AbortError'));
  });
}

export function openIdbStorage(name = DB_NAME): Promise<OutboxStorage> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name, 1);
    } catch (error) {
      reject(error);
      return;
    }
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE, { keyPath: 'id' });
    };
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new DOMException('blocked', 'InvalidStateError'));
    request.onsuccess = () => {
      const db = request.result;
      // Another version of the widget upgrading the database: let it.
      db.onversionchange = () => db.close();
      const run = async <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
        const tx = db.transaction(STORE, mode, { durability: 'strict' });
        // Both at once: when the transaction aborts (WebKit refuses Blobs in
        // a private window), the request's own rejection is handled too,
        // instead of surfacing as an unhandled rejection on the page.
        const [result] = await Promise.all([promised(work(tx.objectStore(STORE))), done(tx)]);
        return result;
      };
      resolve({
        kind: 'disk',
        put: async (entry) => {
          await run('readwrite', (s) => s.put(entry));
        },
        get: (id) => run('readonly', (s) => s.get(id) as IDBRequest<OutboxEntry | undefined>),
        all: async () => ((await run('readonly', (s) => s.getAll())) as OutboxEntry[]).sort((a, b) => a.createdAt - b.createdAt),
        delete: async (id) => {
          await run('readwrite', (s) => s.delete(id));
        },
      });
    };
  });
}

export function memoryStorage(): OutboxStorage {
  const entries = new Map<string, OutboxEntry>();
  return {
    kind: 'memory',
    put: async (entry) => void entries.set(entry.id, entry),
    get: async (id) => entries.get(id),
    all: async () => [...entries.values()].sort((a, b) => a.createdAt - b.createdAt),
    delete: async (id) => void entries.delete(id),
  };
}

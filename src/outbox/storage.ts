/**
 * Where submitted reports wait until a receiver confirms them: IndexedDB, so
 * they survive a reload, a crash or a closed tab; memory when IndexedDB is
 * missing or refuses to write (private windows, a full disk), with the
 * caller told so it can warn the reporter.
 */
import type { ReportErrorCode } from '../events.js';
import { withTimeLimit } from '../internal/time-limit.js';

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
  /**
   * Not before this time (ms since the epoch), from backoff or `Retry-After`;
   * kept with the report so a reload or another tab honours it too.
   */
  nextAttemptAt: number;
  /** When it was last tried (wall clock), by any page. */
  lastAttemptAt?: number;
  /** How long it has waited, counted in bounded steps (timing.ts), not from a wall clock that can jump. */
  waitedMs?: number;
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
  /** Stores a new report; rejects with a `ConstraintError` when its id is already taken. */
  add(entry: OutboxEntry): Promise<void>;
  put(entry: OutboxEntry): Promise<void>;
  get(id: string): Promise<OutboxEntry | undefined>;
  all(): Promise<OutboxEntry[]>;
  delete(id: string): Promise<void>;
}

const DB_NAME = 'report-concern';
const STORE = 'outbox';
/**
 * One read or write on a database that opened, yet never finishes: given up
 * (and the transaction aborted, so it cannot land later) after this long.
 */
const TRANSACTION_LIMIT_MS = 5000;

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
        const result = promised(work(tx.objectStore(STORE)));
        // The request's own failure also fails the transaction: wait for that,
        // not for both, and handle the request's rejection here too (WebKit
        // refuses Blobs in a private window; unhandled, it surfaced on the page).
        result.catch(() => undefined);
        try {
          await withTimeLimit(done(tx), TRANSACTION_LIMIT_MS, 'IndexedDB');
        } catch (error) {
          try {
            tx.abort();
          } catch {
            // Already finished.
          }
          throw error;
        }
        return result;
      };
      resolve({
        kind: 'disk',
        add: async (entry) => {
          await run('readwrite', (s) => s.add(entry));
        },
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
    add: async (entry) => {
      if (entries.has(entry.id)) throw new DOMException(`a report with id ${entry.id} is already waiting`, 'ConstraintError');
      entries.set(entry.id, entry);
    },
    put: async (entry) => void entries.set(entry.id, entry),
    get: async (id) => entries.get(id),
    all: async () => [...entries.values()].sort((a, b) => a.createdAt - b.createdAt),
    delete: async (id) => void entries.delete(id),
  };
}

/** The outbox's database, where IndexedDB exists. */
export function openOutboxStorage(): Promise<OutboxStorage> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('no IndexedDB'));
  return openIdbStorage();
}

/** The bytes an entry holds: its report and its files. */
export function sizeOf(entry: Pick<OutboxEntry, 'reportJson' | 'files'>): number {
  return new Blob([entry.reportJson]).size + entry.files.reduce((sum, f) => sum + f.blob.size, 0);
}

/** The language of the report an entry holds, for the mark of a later delivery. */
export function localeOf(entry: OutboxEntry): string | undefined {
  try {
    const locale = (JSON.parse(entry.reportJson) as { context?: { locale?: unknown } }).context?.locale;
    return typeof locale === 'string' ? locale : undefined;
  } catch {
    return undefined;
  }
}

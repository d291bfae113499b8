/**
 * The outbox: a submitted report is written here before its first request
 * and leaves only when a receiver confirms it (a 2xx with JSON, or a 204).
 * Every attempt sends the stored bytes with the same Idempotency-Key, so a
 * retry after a lost answer cannot make a second report.
 *
 * One sender at a time: each attempt holds a Web Lock named after the report,
 * so two tabs (or two copies of the script) never send one report at once,
 * and the entry is read again inside the lock, so a report another tab has
 * just delivered is not sent again.
 */
import { attempt as realAttempt, type AttemptRequest, type AttemptResult } from '../delivery/transport.js';
import { memoryStorage, openIdbStorage, type OutboxEntry, type OutboxFile, type OutboxStorage } from './storage.js';

export type { OutboxEntry, OutboxFile, OutboxStorage } from './storage.js';

export const OUTBOX_LIMITS = {
  /** Reports waiting on this device. */
  count: 20,
  /** Bytes waiting on this device. */
  bytes: 50 * 1024 * 1024,
  /** After this, a report is no longer retried on its own and the reporter is asked. */
  ageMs: 7 * 24 * 60 * 60 * 1000,
};

export type OutboxLimits = { count: number; bytes: number; ageMs: number };

const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 5 * 60 * 1000;

/** Exponential backoff with jitter: about 1 s, 2 s, 4 s… up to 5 minutes, each between half and all of that. */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling * (0.5 + random() * 0.5));
}

export type NewEntry = Omit<OutboxEntry, 'bytes' | 'createdAt' | 'attempts' | 'nextAttemptAt' | 'state' | 'lastError'>;

/** Where a submitted report is kept, and why not on disk when it is not. */
export interface Kept {
  where: 'disk' | 'memory';
  /** `unavailable`: no IndexedDB or it refused to write; `limit`: the device already holds too much. */
  reason?: 'unavailable' | 'limit';
}

export type OutboxEvent =
  | { type: 'delivered'; entry: OutboxEntry; result: Extract<AttemptResult, { kind: 'delivered' }> }
  | { type: 'retry'; entry: OutboxEntry; result: Extract<AttemptResult, { kind: 'retry' }> }
  | { type: 'attention'; entry: OutboxEntry };

export type Sender = (request: AttemptRequest) => Promise<AttemptResult>;

export interface OutboxOptions {
  /** Disk storage; rejected or absent means memory only. */
  storage?: Promise<OutboxStorage>;
  /**
   * The configured headers for one attempt to `url`, computed afresh every
   * time and never stored; empty for an endpoint that must not see them.
   */
  headers?: (url: string) => Promise<Record<string, string>>;
  send?: (request: AttemptRequest) => Promise<AttemptResult>;
  now?: () => number;
  random?: () => number;
  limits?: Partial<OutboxLimits>;
  /** `false` leaves every attempt to explicit `attempt()`/`flush()` calls (tests). Default true. */
  timers?: boolean;
}

function sizeOf(entry: Pick<OutboxEntry, 'reportJson' | 'files'>): number {
  return new Blob([entry.reportJson]).size + entry.files.reduce((sum, f) => sum + f.blob.size, 0);
}

export class Outbox {
  private readonly memory = memoryStorage();
  private readonly disk: Promise<OutboxStorage | undefined>;
  private readonly headers: (url: string) => Promise<Record<string, string>>;
  private readonly send: (request: AttemptRequest) => Promise<AttemptResult>;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly limits: OutboxLimits;
  private readonly timers: boolean;
  private readonly listeners = new Set<(event: OutboxEvent) => void>();
  private timer?: ReturnType<typeof setTimeout>;
  private timerAt = Infinity;
  /** Attempts running in this page, by report id. */
  private readonly sending = new Map<string, Promise<AttemptResult | undefined>>();

  constructor(options: OutboxOptions = {}) {
    this.disk = (options.storage ?? Promise.reject(new Error('no storage'))).catch(() => undefined);
    this.headers = options.headers ?? (async () => ({}));
    this.send = options.send ?? realAttempt;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.limits = { ...OUTBOX_LIMITS, ...options.limits };
    this.timers = options.timers ?? true;
  }

  on(listener: (event: OutboxEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: OutboxEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  /** Whether reports survive a reload here. */
  async persistent(): Promise<boolean> {
    return (await this.disk) !== undefined;
  }

  /** Every waiting report, oldest first, from disk and memory. */
  async entries(): Promise<OutboxEntry[]> {
    const disk = await this.disk;
    const fromDisk = disk ? await disk.all().catch(() => []) : [];
    const fromMemory = await this.memory.all();
    return [...fromDisk, ...fromMemory].sort((a, b) => a.createdAt - b.createdAt);
  }

  async usage(): Promise<{ count: number; bytes: number }> {
    const all = await this.entries();
    return { count: all.length, bytes: all.reduce((sum, e) => sum + e.bytes, 0) };
  }

  async forSubject(subjectKey: string): Promise<OutboxEntry[]> {
    return (await this.entries()).filter((e) => e.subjectKey === subjectKey);
  }

  private async storageOf(id: string): Promise<OutboxStorage | undefined> {
    if (await this.memory.get(id)) return this.memory;
    const disk = await this.disk;
    if (disk && (await disk.get(id).catch(() => undefined))) return disk;
    return undefined;
  }

  /**
   * Keeps a submitted report: on disk when possible and within the limits,
   * otherwise in memory (the caller warns that closing the page loses it).
   */
  async add(input: NewEntry): Promise<Kept> {
    const entry: OutboxEntry = {
      ...input,
      bytes: sizeOf(input),
      createdAt: this.now(),
      attempts: 0,
      nextAttemptAt: this.now(),
      state: 'pending',
    };
    const disk = await this.disk;
    if (!disk) {
      await this.memory.put(entry);
      return { where: 'memory', reason: 'unavailable' };
    }
    const usage = await this.usage();
    if (usage.count + 1 > this.limits.count || usage.bytes + entry.bytes > this.limits.bytes) {
      await this.memory.put(entry);
      return { where: 'memory', reason: 'limit' };
    }
    try {
      await disk.put(entry);
      return { where: 'disk' };
    } catch {
      // QuotaExceededError, or a private window that refuses writes.
      await this.memory.put(entry);
      return { where: 'memory', reason: 'unavailable' };
    }
  }

  /** Removes a waiting report (the reporter chose to discard it). */
  async discard(id: string): Promise<void> {
    await this.memory.delete(id);
    const disk = await this.disk;
    await disk?.delete(id).catch(() => undefined);
  }

  /**
   * One attempt for one report, under its lock. `undefined` when another
   * tab holds the lock or the report is no longer waiting (delivered
   * elsewhere, discarded). `via` sends this one attempt another way (the
   * dialog's upload with progress); the stored bytes and the outcome's
   * bookkeeping are the same.
   */
  async attempt(id: string, via?: Sender): Promise<AttemptResult | undefined> {
    // An attempt for this report already running in this page (a timer's
    // flush just before the reporter's own): share its outcome rather than
    // answer "busy", so the dialog shows what really happened.
    const running = this.sending.get(id);
    if (running) return running;
    const attempt = withLock(`report-concern:outbox:${id}`, () => this.attemptLocked(id, via));
    this.sending.set(id, attempt);
    try {
      return await attempt;
    } finally {
      this.sending.delete(id);
    }
  }

  private async attemptLocked(id: string, via: Sender = this.send): Promise<AttemptResult | undefined> {
    const storage = await this.storageOf(id);
    const entry = await storage?.get(id);
    if (!storage || !entry) return undefined;

    let result: AttemptResult;
    try {
      // Decided per attempt, not at submit: after a reload the page config may name another endpoint.
      const headers = await this.headers(entry.endpoint);
      result = await via({
        url: entry.endpoint,
        reportJson: entry.reportJson,
        files: entry.files.map((f) => ({ blob: f.blob, name: f.name })),
        idempotencyKey: entry.id,
        headers,
        credentials: entry.credentials,
        timeoutMs: entry.timeoutMs,
      });
    } catch {
      // The host's headers function failed: nothing left the page; try again later.
      result = { kind: 'retry', code: 'network', cause: 'headers' };
    }

    if (result.kind === 'delivered') {
      await storage.delete(id);
      this.emit({ type: 'delivered', entry, result });
      return result;
    }
    const updated: OutboxEntry = { ...entry, attempts: entry.attempts + 1 };
    if (result.kind === 'rejected') {
      updated.state = 'attention';
      updated.lastError = { code: result.code, status: result.status, message: result.message, errors: result.errors };
    } else {
      updated.lastError = { code: result.code, status: result.status, cause: result.cause };
      // Never sooner than the server asked, nor sooner than the backoff: a
      // `Retry-After: 0` on every answer must not become a tight loop.
      updated.nextAttemptAt = this.now() + Math.max(result.retryAfterMs ?? 0, backoffMs(updated.attempts, this.random));
      if (this.now() - entry.createdAt > this.limits.ageMs) {
        updated.state = 'attention';
        updated.lastError = { ...updated.lastError, code: 'expired' };
      }
    }
    if (!(await storage.get(id).catch(() => undefined))) {
      // Discarded by the reporter (or delivered by another tab) while this attempt ran: do not bring it back.
      return result;
    }
    try {
      await storage.put(updated);
    } catch {
      // Could not record the attempt; the stored copy is unchanged and still retried.
    }
    if (updated.state === 'attention') this.emit({ type: 'attention', entry: updated });
    else if (result.kind === 'retry') this.emit({ type: 'retry', entry: updated, result });
    this.schedule();
    return result;
  }

  /**
   * The reporter asked to try now: a report waiting for attention (signed
   * out, expired) becomes pending again, keeping its id, age and attempts.
   */
  async retryNow(id: string): Promise<AttemptResult | undefined> {
    const storage = await this.storageOf(id);
    const entry = await storage?.get(id);
    if (storage && entry?.state === 'attention') {
      await storage.put({ ...entry, state: 'pending', nextAttemptAt: this.now() }).catch(() => undefined);
    }
    return this.attempt(id);
  }

  /**
   * Sends what is due. `force` ignores backoff (the browser just came
   * online, or the page just loaded); `includeAuth` also retries reports
   * refused as signed out, once, since the reporter may have signed in since.
   */
  async flush(options: { force?: boolean; includeAuth?: boolean } = {}): Promise<void> {
    const now = this.now();
    const due = (await this.entries()).filter((e) => {
      if (e.state === 'attention') return options.includeAuth === true && e.lastError?.code === 'auth';
      return options.force === true || e.nextAttemptAt <= now;
    });
    for (const entry of due) {
      if (entry.state === 'attention') {
        // Give it one more try as pending; a second refusal puts it back.
        const storage = await this.storageOf(entry.id);
        await storage?.put({ ...entry, state: 'pending' }).catch(() => undefined);
      }
      await this.attempt(entry.id);
    }
    this.schedule();
  }

  /** Sets one timer for the earliest pending report. */
  schedule(): void {
    if (!this.timers) return;
    void this.entries().then((all) => {
      const next = Math.min(...all.filter((e) => e.state === 'pending').map((e) => e.nextAttemptAt));
      if (!Number.isFinite(next)) return;
      if (this.timer !== undefined && next >= this.timerAt) return;
      if (this.timer !== undefined) clearTimeout(this.timer);
      this.timerAt = next;
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.timerAt = Infinity;
        void this.flush();
      }, Math.max(0, next - this.now()));
    });
  }

  /** Stops the timer (tests, and a page that tears the widget down). */
  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Infinity;
  }
}

/** Runs `work` holding an exclusive Web Lock, or returns undefined when another context holds it. */
async function withLock<T>(name: string, work: () => Promise<T>): Promise<T | undefined> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return work();
  return locks.request(name, { ifAvailable: true }, async (lock) => (lock ? work() : undefined));
}

export function openOutboxStorage(): Promise<OutboxStorage> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('no IndexedDB'));
  return openIdbStorage();
}

export type { OutboxFile as StoredFile };

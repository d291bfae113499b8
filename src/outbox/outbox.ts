/**
 * The outbox: a submitted report is written here before its first request
 * and leaves only when a receiver confirms it (a 2xx with JSON, or a 204).
 * Every attempt sends the stored bytes with the same Idempotency-Key, so a
 * retry after a lost answer cannot make a second report.
 *
 * One sender at a time: each attempt holds a Web Lock named after the report,
 * so two tabs (or two copies of the script) never send one report at once,
 * and the entry is read again inside the lock, so a report another tab has
 * just delivered is not sent again. Tabs tell each other of deliveries and
 * discards (channel.ts), and a delivery anywhere clears the subject's draft.
 */
import { attempt as realAttempt, type AttemptRequest, type AttemptResult } from '../delivery/transport.js';
import { clearDraft } from '../internal/drafts.js';
import { withTimeLimit } from '../internal/time-limit.js';
import { openChannel, type Channel, type OutboxNews } from './channel.js';
import { withLock } from './lock.js';
import { localeOf, memoryStorage, sizeOf, type OutboxEntry, type OutboxFile, type OutboxStorage } from './storage.js';
import {
  OUTBOX_LIMITS,
  STORAGE_OPEN_LIMIT_MS,
  type Delivered,
  type Kept,
  type NewEntry,
  type OutboxEvent,
  type OutboxLimits,
  type OutboxOptions,
  type Sender,
} from './types.js';

export type { OutboxEntry, OutboxFile, OutboxStorage } from './storage.js';
export { openOutboxStorage } from './storage.js';
export * from './types.js';

/** What happens after a failed attempt, and flushing (retry.ts): loaded when first needed. */
const loadRetry = () => import('./retry.js');

export class Outbox {
  private readonly memory = memoryStorage();
  private readonly disk: Promise<OutboxStorage | undefined>;
  /** The disk once open, also when it opened after its time limit. */
  private opened?: OutboxStorage;
  private readonly headers: (url: string) => Promise<Record<string, string>>;
  private readonly send: (request: AttemptRequest) => Promise<AttemptResult>;
  /** @internal Read by retry.ts, as are the members below up to `seen`. */
  readonly now: () => number;
  readonly monotonic: () => number;
  readonly random: () => number;
  readonly limits: OutboxLimits;
  /** The one timer for the earliest report due, and when it fires. */
  readonly timing: { timer?: ReturnType<typeof setTimeout>; at: number } = { at: Infinity };
  /** When this page last stored or tried each report, on the monotonic clock. */
  readonly seen = new Map<string, number>();
  private readonly timers: boolean;
  private readonly forgetDraft: (subjectKey: string) => void;
  private readonly channel?: Channel;
  private readonly listeners = new Set<(event: OutboxEvent) => void>();
  /** Attempts running in this page, by report id. */
  private readonly sending = new Map<string, Promise<AttemptResult | undefined>>();
  /** Reports delivered, here or in another tab, while this page lives: never sent again from here. */
  private readonly settled = new Map<string, Delivered>();

  constructor(options: OutboxOptions = {}) {
    const opening = options.storage ?? Promise.reject(new Error('no storage'));
    opening.then((disk) => (this.opened = disk)).catch(() => undefined);
    this.disk = withTimeLimit(opening, options.openLimitMs ?? STORAGE_OPEN_LIMIT_MS, 'IndexedDB').catch(() => undefined);
    this.headers = options.headers ?? (async () => ({}));
    this.send = options.send ?? realAttempt;
    this.now = options.now ?? Date.now;
    this.monotonic = options.monotonic ?? (() => performance.now());
    this.random = options.random ?? Math.random;
    this.limits = { ...OUTBOX_LIMITS, ...options.limits };
    this.timers = options.timers ?? true;
    this.forgetDraft = options.forgetDraft ?? clearDraft;
    if (options.channel) this.channel = openChannel(options.channel, (news) => this.hear(news));
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

  /** News from another tab: the same events as this page's own, marked remote. */
  private hear(news: OutboxNews): void {
    const entry = { id: news.id, subjectKey: news.subjectKey };
    if (news.kind === 'discarded') {
      this.emit({ type: 'discarded', entry, remote: true });
      return;
    }
    const result: Delivered = { kind: 'delivered', status: news.status ?? 200, reference: news.reference };
    this.settled.set(news.id, result);
    // Typed into this tab before the report went out elsewhere: it must not be sent twice.
    this.forgetDraft(news.subjectKey);
    this.emit({ type: 'delivered', entry, result, remote: true, locale: news.locale });
  }

  /** The disk, if it opened (in time, or since). */
  private async store(): Promise<OutboxStorage | undefined> {
    return (await this.disk) ?? this.opened;
  }

  /** Every waiting report, oldest first, from disk and memory. */
  async entries(): Promise<OutboxEntry[]> {
    const disk = await this.store();
    const fromDisk = disk ? await disk.all().catch(() => []) : [];
    const fromMemory = await this.memory.all();
    // A delivered report whose stored copy could not be deleted (a busy
    // disk timed the transaction out) is not waiting: delete it again now.
    for (const e of fromDisk) if (this.settled.has(e.id)) void disk?.delete(e.id).catch(() => undefined);
    return [...fromDisk, ...fromMemory].filter((e) => !this.settled.has(e.id)).sort((a, b) => a.createdAt - b.createdAt);
  }

  async usage(): Promise<{ count: number; bytes: number }> {
    const all = await this.entries();
    return { count: all.length, bytes: all.reduce((sum, e) => sum + e.bytes, 0) };
  }

  async forSubject(subjectKey: string): Promise<OutboxEntry[]> {
    return (await this.entries()).filter((e) => e.subjectKey === subjectKey);
  }

  /** @internal The storage that holds a waiting report, if any. */
  async storageOf(id: string): Promise<OutboxStorage | undefined> {
    if (await this.memory.get(id)) return this.memory;
    const disk = await this.store();
    if (disk && (await disk.get(id).catch(() => undefined))) return disk;
    return undefined;
  }

  /**
   * Keeps a submitted report: on disk when possible and within the limits,
   * otherwise in memory (the caller warns that closing the page loses it).
   * The same report stored again stays as it is; a different report under
   * an id already waiting is refused with a `ConstraintError`, never
   * written over the one that waits.
   */
  async add(input: NewEntry): Promise<Kept> {
    const now = this.now();
    const entry: OutboxEntry = { ...input, bytes: sizeOf(input), createdAt: now, attempts: 0, nextAttemptAt: now, state: 'pending' };
    const waiting = await this.storageOf(input.id);
    if (waiting) return this.sameAsWaiting(entry, waiting);
    this.seen.set(entry.id, this.monotonic());
    const disk = await this.store();
    if (!disk) {
      await this.memory.add(entry);
      return { where: 'memory', reason: 'unavailable' };
    }
    const usage = await this.usage();
    if (usage.count + 1 > this.limits.count || usage.bytes + entry.bytes > this.limits.bytes) {
      await this.memory.add(entry);
      return { where: 'memory', reason: 'limit' };
    }
    try {
      await disk.add(entry);
      return { where: 'disk' };
    } catch (error) {
      // Another tab stored this id between the look above and this write.
      if ((error as DOMException)?.name === 'ConstraintError') return this.sameAsWaiting(entry, disk);
      // QuotaExceededError, a private window that refuses writes, a write that never finished.
      await this.memory.add(entry);
      return { where: 'memory', reason: 'unavailable' };
    }
  }

  private async sameAsWaiting(entry: OutboxEntry, storage: OutboxStorage): Promise<Kept> {
    const waiting = await storage.get(entry.id).catch(() => undefined);
    if (waiting && waiting.reportJson === entry.reportJson && waiting.bytes === entry.bytes) {
      return storage.kind === 'disk' ? { where: 'disk' } : { where: 'memory', reason: 'unavailable' };
    }
    throw new DOMException(`another report with id ${entry.id} is already waiting`, 'ConstraintError');
  }

  /** Removes a waiting report (the reporter chose to discard it); other tabs hear of it. */
  async discard(id: string): Promise<void> {
    const storage = await this.storageOf(id);
    const entry = await storage?.get(id).catch(() => undefined);
    await this.memory.delete(id);
    const disk = await this.store();
    await disk?.delete(id).catch(() => undefined);
    if (entry) this.channel?.tell({ kind: 'discarded', id, subjectKey: entry.subjectKey });
  }

  /**
   * One attempt for one report, under its lock. `undefined` when another
   * tab holds the lock or the report is no longer waiting (discarded); a
   * report delivered meanwhile, here or in another tab, answers with that
   * delivery. `via` sends this one attempt another way (the dialog's upload
   * with progress); the stored bytes and the outcome's bookkeeping are the
   * same. `wait` waits for another tab's attempt to end instead.
   */
  async attempt(id: string, via?: Sender, wait = false): Promise<AttemptResult | undefined> {
    // An attempt for this report already running in this page (a timer's
    // flush just before the reporter's own): share its outcome rather than
    // answer "busy", so the dialog shows what really happened.
    const running = this.sending.get(id);
    if (running) return running;
    const attempt = withLock(`report-concern:outbox:${id}`, wait, () => this.attemptLocked(id, via));
    this.sending.set(id, attempt);
    try {
      return await attempt;
    } finally {
      this.sending.delete(id);
    }
  }

  private async attemptLocked(id: string, via: Sender = this.send): Promise<AttemptResult | undefined> {
    const storage = await this.storageOf(id);
    const entry = await storage?.get(id).catch(() => undefined);
    const settled = this.settled.get(id);
    if (settled) {
      // Delivered already; a stored copy is one whose deletion failed.
      await storage?.delete(id).catch(() => undefined);
      return settled;
    }
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
      await this.delivered(entry, storage, result);
      return result;
    }
    // The failure's bookkeeping loads now; if it cannot (offline), the stored copy stays due and the next flush sends it.
    const updated = await loadRetry().then((r) => r.failed(this, entry, result), () => undefined);
    if (!updated || !(await storage.get(id).catch(() => undefined))) {
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
   * The receiver has it: forget the stored copy and the draft, tell this
   * page and the other tabs. A copy that cannot be deleted (storage failing)
   * does not undo the delivery: this page never sends it again, and if
   * another page does, the receiver answers it as the repeat it is.
   */
  private async delivered(entry: OutboxEntry, storage: OutboxStorage, result: Delivered): Promise<void> {
    this.settled.set(entry.id, result);
    this.seen.delete(entry.id);
    // The draft first: a page closed while the delete runs leaves the stored
    // copy, which the next page sends again (the receiver knows the id) and
    // deletes; a draft left behind would stay for good.
    this.forgetDraft(entry.subjectKey);
    await storage.delete(entry.id).catch(() => undefined);
    this.channel?.tell({
      kind: 'delivered',
      id: entry.id,
      subjectKey: entry.subjectKey,
      status: result.status,
      reference: result.reference,
      locale: localeOf(entry),
    });
    this.emit({ type: 'delivered', entry, result });
  }

  /**
   * The reporter asked to try now: a report waiting for attention (signed
   * out, expired) becomes pending again, keeping its id, age and attempts.
   * If another tab is sending it at this moment, this waits for that attempt
   * and answers with what became of it.
   */
  async retryNow(id: string): Promise<AttemptResult | undefined> {
    return (await loadRetry()).retryNow(this, id);
  }

  /**
   * Sends what is due, honouring each report's stored `nextAttemptAt` (also
   * one written by another page). `force` ignores it; `online` sends now
   * what failed for want of a connection (the browser just came back
   * online), while a server's `Retry-After` still holds; `includeAuth` also
   * retries reports refused as signed out, once, since the reporter may have
   * signed in since.
   */
  async flush(options: { force?: boolean; online?: boolean; includeAuth?: boolean } = {}): Promise<void> {
    await (await loadRetry()).flush(this, options);
  }

  /** Sets one timer for the earliest pending report, never more than the cap away nor less than a second. */
  schedule(): void {
    if (this.timers) void loadRetry().then((r) => r.schedule(this)).catch(() => undefined);
  }

  /** Stops the timer (tests, and a page that tears the widget down). */
  stop(): void {
    clearTimeout(this.timing.timer);
    this.timing.timer = undefined;
    this.timing.at = Infinity;
  }

  /** Stops for good: no timer, and no more news from or to other tabs. */
  close(): void {
    this.stop();
    this.channel?.close();
  }
}

export type { OutboxFile as StoredFile };

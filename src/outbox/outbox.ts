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
import { attempt as realAttempt, type AttemptResult } from '../delivery/transport.js';
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

/**
 * The outbox, made of closures (their names minify; a class's members would
 * not). retry.ts reads `now`, `monotonic`, `random`, `limits`, `timing` and
 * `seen`, and calls back into `entries`, `storageOf`, `attempt`, `flush` and
 * `schedule`.
 */
export function createOutbox(options: OutboxOptions = {}) {
  const memory = memoryStorage();
  const opening = options.storage ?? Promise.reject(new Error('no storage'));
  /** The disk once open, also when it opened after its time limit. */
  let opened: OutboxStorage | undefined;
  opening.then((disk) => (opened = disk)).catch(() => undefined);
  const disk = withTimeLimit(opening, options.openLimitMs ?? STORAGE_OPEN_LIMIT_MS, 'IndexedDB').catch(() => undefined);
  const headers = options.headers ?? (async () => ({}));
  const send = options.send ?? realAttempt;
  const timers = options.timers ?? true;
  const forgetDraft = options.forgetDraft ?? clearDraft;
  const listeners = new Set<(event: OutboxEvent) => void>();
  /** Attempts running in this page, by report id. */
  const sending = new Map<string, Promise<AttemptResult | undefined>>();
  /** Reports delivered, here or in another tab, while this page lives: never sent again from here. */
  const settled = new Map<string, Delivered>();

  const emit = (event: OutboxEvent): void => {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  };

  /** News from another tab: the same events as this page's own, marked remote. */
  const hear = (news: OutboxNews): void => {
    const entry = { id: news.id, subjectKey: news.subjectKey };
    if (news.kind === 'discarded') return emit({ type: 'discarded', entry, remote: true });
    const result: Delivered = { kind: 'delivered', status: news.status ?? 200, reference: news.reference };
    settled.set(news.id, result);
    // Typed into this tab before the report went out elsewhere: it must not be sent twice.
    forgetDraft(news.subjectKey);
    emit({ type: 'delivered', entry, result, remote: true, locale: news.locale });
  };
  const channel: Channel | undefined = options.channel ? openChannel(options.channel, hear) : undefined;

  /** The disk, if it opened (in time, or since). */
  const store = async (): Promise<OutboxStorage | undefined> => (await disk) ?? opened;

  const box = {
    now: options.now ?? Date.now,
    monotonic: options.monotonic ?? (() => performance.now()),
    random: options.random ?? Math.random,
    limits: { ...OUTBOX_LIMITS, ...options.limits } as OutboxLimits,
    /** The one timer for the earliest report due, and when it fires. */
    timing: { at: Infinity } as { timer?: ReturnType<typeof setTimeout>; at: number },
    /** When this page last stored or tried each report, on the monotonic clock. */
    seen: new Map<string, number>(),

    on(listener: (event: OutboxEvent) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    ...storing(),
    ...attempting(),
  };

  /** Keeping reports: reading, adding and discarding them, on disk or in memory. */
  function storing() {
    const inMemory = async (entry: OutboxEntry, reason: 'unavailable' | 'limit'): Promise<Kept> => {
      await memory.add(entry);
      return { where: 'memory', reason };
    };

    async function sameAsWaiting(entry: OutboxEntry, storage: OutboxStorage): Promise<Kept> {
      const waiting = await storage.get(entry.id).catch(() => undefined);
      if (waiting && waiting.reportJson === entry.reportJson && waiting.bytes === entry.bytes) {
        return storage.kind === 'disk' ? { where: 'disk' } : { where: 'memory', reason: 'unavailable' };
      }
      throw new DOMException(`another report with id ${entry.id} is already waiting`, 'ConstraintError');
    }

    return {
      /** Every waiting report, oldest first, from disk and memory. */
      async entries(): Promise<OutboxEntry[]> {
        const d = await store();
        const fromDisk = d ? await d.all().catch(() => []) : [];
        const fromMemory = await memory.all();
        // A delivered report whose stored copy could not be deleted (a busy
        // disk timed the transaction out) is not waiting: delete it again now.
        for (const e of fromDisk) if (settled.has(e.id)) void d?.delete(e.id).catch(() => undefined);
        return [...fromDisk, ...fromMemory].filter((e) => !settled.has(e.id)).sort((a, b) => a.createdAt - b.createdAt);
      },

      async usage(): Promise<{ count: number; bytes: number }> {
        const all = await box.entries();
        return { count: all.length, bytes: all.reduce((sum, e) => sum + e.bytes, 0) };
      },

      async forSubject(subjectKey: string): Promise<OutboxEntry[]> {
        return (await box.entries()).filter((e) => e.subjectKey === subjectKey);
      },

      /** @internal The storage that holds a waiting report, if any. */
      async storageOf(id: string): Promise<OutboxStorage | undefined> {
        if (await memory.get(id)) return memory;
        const d = await store();
        if (d && (await d.get(id).catch(() => undefined))) return d;
        return undefined;
      },

      /**
       * Keeps a submitted report: on disk when possible and within the limits,
       * otherwise in memory (the caller warns that closing the page loses it).
       * The same report stored again stays as it is; a different report under
       * an id already waiting is refused with a `ConstraintError`, never
       * written over the one that waits.
       */
      async add(input: NewEntry): Promise<Kept> {
        const now = box.now();
        const entry: OutboxEntry = { ...input, bytes: sizeOf(input), createdAt: now, attempts: 0, nextAttemptAt: now, state: 'pending' };
        const waiting = await box.storageOf(input.id);
        if (waiting) return sameAsWaiting(entry, waiting);
        box.seen.set(entry.id, box.monotonic());
        const d = await store();
        if (!d) return inMemory(entry, 'unavailable');
        const usage = await box.usage();
        if (usage.count + 1 > box.limits.count || usage.bytes + entry.bytes > box.limits.bytes) return inMemory(entry, 'limit');
        try {
          await d.add(entry);
          return { where: 'disk' };
        } catch (error) {
          // Another tab stored this id between the look above and this write.
          if ((error as DOMException)?.name === 'ConstraintError') return sameAsWaiting(entry, d);
          // QuotaExceededError, a private window that refuses writes, a write that never finished.
          return inMemory(entry, 'unavailable');
        }
      },

      /** Removes a waiting report (the reporter chose to discard it); other tabs hear of it. */
      async discard(id: string): Promise<void> {
        const storage = await box.storageOf(id);
        const entry = await storage?.get(id).catch(() => undefined);
        await memory.delete(id);
        await (await store())?.delete(id).catch(() => undefined);
        if (entry) channel?.tell({ kind: 'discarded', id, subjectKey: entry.subjectKey });
      },
    };
  }

  /** Sending them: one attempt under its lock, what a delivery settles, retries and the timer. */
  function attempting() {
    async function attemptLocked(id: string, via: Sender = send): Promise<AttemptResult | undefined> {
      const storage = await box.storageOf(id);
      const entry = await storage?.get(id).catch(() => undefined);
      const done = settled.get(id);
      if (done) {
        // Delivered already; a stored copy is one whose deletion failed.
        await storage?.delete(id).catch(() => undefined);
        return done;
      }
      if (!storage || !entry) return undefined;

      let result: AttemptResult;
      try {
        // Decided per attempt, not at submit: after a reload the page config may name another endpoint.
        result = await via({
          url: entry.endpoint,
          reportJson: entry.reportJson,
          files: entry.files.map((f) => ({ blob: f.blob, name: f.name })),
          idempotencyKey: entry.id,
          headers: await headers(entry.endpoint),
          credentials: entry.credentials,
          timeoutMs: entry.timeoutMs,
        });
      } catch {
        // The host's headers function failed: nothing left the page; try again later.
        result = { kind: 'retry', code: 'network', cause: 'headers' };
      }

      if (result.kind === 'delivered') {
        await delivered(entry, storage, result);
        return result;
      }
      // The failure's bookkeeping loads now; if it cannot (offline), the stored copy stays due and the next flush sends it.
      const updated = await loadRetry().then((r) => r.failed(box, entry, result), () => undefined);
      if (!updated || !(await storage.get(id).catch(() => undefined))) {
        // Discarded by the reporter (or delivered by another tab) while this attempt ran: do not bring it back.
        return result;
      }
      try {
        await storage.put(updated);
      } catch {
        // Could not record the attempt; the stored copy is unchanged and still retried.
      }
      if (updated.state === 'attention') emit({ type: 'attention', entry: updated });
      else if (result.kind === 'retry') emit({ type: 'retry', entry: updated, result });
      box.schedule();
      return result;
    }

    /**
     * The receiver has it: forget the stored copy and the draft, tell this
     * page and the other tabs. A copy that cannot be deleted (storage failing)
     * does not undo the delivery: this page never sends it again, and if
     * another page does, the receiver answers it as the repeat it is.
     */
    async function delivered(entry: OutboxEntry, storage: OutboxStorage, result: Delivered): Promise<void> {
      settled.set(entry.id, result);
      box.seen.delete(entry.id);
      // The draft first: a page closed while the delete runs leaves the stored
      // copy, which the next page sends again (the receiver knows the id) and
      // deletes; a draft left behind would stay for good.
      forgetDraft(entry.subjectKey);
      await storage.delete(entry.id).catch(() => undefined);
      channel?.tell({
        kind: 'delivered',
        id: entry.id,
        subjectKey: entry.subjectKey,
        status: result.status,
        reference: result.reference,
        locale: localeOf(entry),
      });
      emit({ type: 'delivered', entry, result });
    }

    return {
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
        const running = sending.get(id);
        if (running) return running;
        const attempt = withLock(`report-concern:outbox:${id}`, wait, () => attemptLocked(id, via));
        sending.set(id, attempt);
        try {
          return await attempt;
        } finally {
          sending.delete(id);
        }
      },

      /**
       * The reporter asked to try now: a report waiting for attention (signed
       * out, expired) becomes pending again, keeping its id, age and attempts.
       * If another tab is sending it at this moment, this waits for that attempt
       * and answers with what became of it.
       */
      async retryNow(id: string): Promise<AttemptResult | undefined> {
        return (await loadRetry()).retryNow(box, id);
      },

      /**
       * Sends what is due, honouring each report's stored `nextAttemptAt` (also
       * one written by another page). `force` ignores it; `online` sends now
       * what failed for want of a connection (the browser just came back
       * online), while a server's `Retry-After` still holds; `includeAuth` also
       * retries reports refused as signed out, once, since the reporter may have
       * signed in since.
       */
      async flush(flushOptions: { force?: boolean; online?: boolean; includeAuth?: boolean } = {}): Promise<void> {
        await (await loadRetry()).flush(box, flushOptions);
      },

      /** Sets one timer for the earliest pending report, never more than the cap away nor less than a second. */
      schedule(): void {
        if (timers) void loadRetry().then((r) => r.schedule(box)).catch(() => undefined);
      },

      /** Stops the timer (tests, and a page that tears the widget down). */
      stop(): void {
        clearTimeout(box.timing.timer);
        box.timing.timer = undefined;
        box.timing.at = Infinity;
      },

      /** Stops for good: no timer, and no more news from or to other tabs. */
      close(): void {
        box.stop();
        channel?.close();
      },
    };
  }

  return box;
}

export type Outbox = ReturnType<typeof createOutbox>;

export type { OutboxFile as StoredFile };

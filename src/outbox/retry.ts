/**
 * What the outbox does once an attempt has failed, or when a page finds
 * reports waiting: records the failure (timing.ts decides when to try
 * next), keeps one timer for the earliest report due, sends what is due,
 * and "Try again now". A report delivered at its first attempt never needs
 * any of it, so it loads with the first failure (or the first flush) rather
 * than with the form. If it cannot load (the failure was the connection),
 * the report stays stored as it was, due now, and the next flush sends it.
 */
import type { AttemptResult } from '../delivery/transport.js';
import { timerDelay } from '../internal/time-limit.js';
import type { Outbox } from './outbox.js';
import type { OutboxEntry } from './storage.js';
import { MIN_TIMER_MS, afterFailure, dueAt } from './timing.js';
import type { Delivered } from './types.js';

/** The entry after a failed attempt, with this page's steady clock as its age's witness. */
export function failed(box: Outbox, entry: OutboxEntry, result: Exclude<AttemptResult, Delivered>): OutboxEntry {
  const mono = box.monotonic();
  const inPage = box.seen.get(entry.id);
  box.seen.set(entry.id, mono);
  return afterFailure(entry, result, {
    now: box.now(),
    sincePageMs: inPage === undefined ? undefined : mono - inPage,
    random: box.random,
    limits: box.limits,
  });
}

/** Sets one timer for the earliest pending report, never more than the cap away nor less than a second. */
export async function schedule(box: Outbox): Promise<void> {
  const all = await box.entries();
  const now = box.now();
  const next = Math.min(...all.filter((e) => e.state === 'pending').map((e) => dueAt(e.nextAttemptAt, now)));
  if (!Number.isFinite(next)) return;
  const t = box.timing;
  if (t.timer !== undefined && next >= t.at) return;
  if (t.timer !== undefined) clearTimeout(t.timer);
  t.at = next;
  t.timer = setTimeout(
    () => {
      t.timer = undefined;
      t.at = Infinity;
      void box.flush();
    },
    timerDelay(Math.max(MIN_TIMER_MS, next - now)),
  );
}

/** See the outbox's `flush` (outbox.ts). */
export async function flush(box: Outbox, options: { force?: boolean; online?: boolean; includeAuth?: boolean }): Promise<void> {
  const now = box.now();
  const due = (await bringDue(box, await box.entries(), now)).filter((e) => {
    if (e.state === 'attention') return options.includeAuth === true && e.lastError?.code === 'auth';
    if (options.force === true || e.nextAttemptAt <= now) return true;
    return options.online === true && e.lastError?.code === 'network';
  });
  for (const entry of due) {
    if (entry.state === 'attention') {
      // Give it one more try as pending; a second refusal puts it back.
      const storage = await box.storageOf(entry.id);
      await storage?.put({ ...entry, state: 'pending' }).catch(() => undefined);
    }
    await box.attempt(entry.id);
  }
  box.schedule();
}

/**
 * Brings stored times within reach: a `nextAttemptAt` further away than
 * the cap (the clock was moved back since it was written) becomes one cap
 * from now, and is written so, so it does come due.
 */
async function bringDue(box: Outbox, entries: OutboxEntry[], now: number): Promise<OutboxEntry[]> {
  return Promise.all(
    entries.map(async (entry) => {
      const due = dueAt(entry.nextAttemptAt, now);
      if (entry.state !== 'pending' || due === entry.nextAttemptAt) return entry;
      const fixed = { ...entry, nextAttemptAt: due };
      const storage = await box.storageOf(entry.id);
      await storage?.put(fixed).catch(() => undefined);
      return fixed;
    }),
  );
}

/** See the outbox's `retryNow` (outbox.ts). */
export async function retryNow(box: Outbox, id: string): Promise<AttemptResult | undefined> {
  const storage = await box.storageOf(id);
  const entry = await storage?.get(id).catch(() => undefined);
  if (storage && entry?.state === 'attention') {
    await storage.put({ ...entry, state: 'pending', nextAttemptAt: box.now() }).catch(() => undefined);
  }
  return box.attempt(id, undefined, true);
}

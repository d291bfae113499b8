/**
 * The outbox's words: its limits, what a caller stores, where it was kept,
 * the events it tells, and how it is built.
 */
import type { AttemptRequest, AttemptResult } from '../delivery/transport.js';
import type { OutboxEntry, OutboxStorage } from './storage.js';

export const OUTBOX_LIMITS = {
  /** Reports waiting on this device. */
  count: 20,
  /** Bytes waiting on this device. */
  bytes: 50 * 1024 * 1024,
  /** After this much waiting (timing.ts counts it), a report is no longer retried on its own and the reporter is asked. */
  ageMs: 7 * 24 * 60 * 60 * 1000,
  /** Or after this many failed attempts: about five days of retrying in an open page. */
  attempts: 2000,
};

export type OutboxLimits = { count: number; bytes: number; ageMs: number; attempts: number };

/**
 * How long opening IndexedDB may take before the outbox works from memory.
 * An open that answers later is still used for the reports that come after.
 */
export const STORAGE_OPEN_LIMIT_MS = 2000;

export type NewEntry = Omit<
  OutboxEntry,
  'bytes' | 'createdAt' | 'attempts' | 'nextAttemptAt' | 'lastAttemptAt' | 'waitedMs' | 'state' | 'lastError'
>;

/** Where a submitted report is kept, and why not on disk when it is not. */
export interface Kept {
  where: 'disk' | 'memory';
  /** `unavailable`: no IndexedDB, it did not answer, or it refused to write; `limit`: the device already holds too much. */
  reason?: 'unavailable' | 'limit';
}

export type Delivered = Extract<AttemptResult, { kind: 'delivered' }>;

/** Which report an event is about; a report settled in another tab is known by these alone. */
export type EntryRef = Pick<OutboxEntry, 'id' | 'subjectKey'>;

export type OutboxEvent =
  | { type: 'delivered'; entry: OutboxEntry; result: Delivered; remote?: false }
  /** Delivered by another tab; `locale` is the language the report was written in. */
  | { type: 'delivered'; entry: EntryRef; result: Delivered; remote: true; locale?: string }
  /** Discarded in another tab (a discard in this page is its caller's own doing). */
  | { type: 'discarded'; entry: EntryRef; remote: true }
  | { type: 'retry'; entry: OutboxEntry; result: Extract<AttemptResult, { kind: 'retry' }> }
  | { type: 'attention'; entry: OutboxEntry };

export type Sender = (request: AttemptRequest) => Promise<AttemptResult>;

export interface OutboxOptions {
  /** Disk storage; rejected, absent or not open within `openLimitMs` means memory only. */
  storage?: Promise<OutboxStorage>;
  openLimitMs?: number;
  /**
   * The configured headers for one attempt to `url`, computed afresh every
   * time and never stored; empty for an endpoint that must not see them.
   */
  headers?: (url: string) => Promise<Record<string, string>>;
  send?: (request: AttemptRequest) => Promise<AttemptResult>;
  /** The wall clock (ms since the epoch). */
  now?: () => number;
  /** The page's monotonic clock (ms). */
  monotonic?: () => number;
  random?: () => number;
  limits?: Partial<OutboxLimits>;
  /** `false` leaves every attempt to explicit `attempt()`/`flush()` calls (tests). Default true. */
  timers?: boolean;
  /** The name tabs sharing this outbox talk on; none: this outbox hears of no other tab. */
  channel?: string;
  /** Forgets the draft of a subject whose report was delivered (default: the drafts in both storages). */
  forgetDraft?: (subjectKey: string) => void;
}


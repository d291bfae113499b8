/**
 * When a waiting report is tried next, and when it stops being tried on its
 * own. Pure functions over the stored entry and two clocks: the wall clock
 * (`Date.now`, shared by tabs and reloads, but it can jump when the clock
 * is set) and the page's monotonic clock (`performance.now`, steady, but it
 * starts again with every page). Stored times are wall-clock times, so every
 * reading of one is bounded: a clock moved back or forward can delay a
 * report by at most the cap, and can never expire it.
 */
import { parseRetryAfter } from '../delivery/retry-after.js';
import type { AttemptResult } from '../delivery/transport.js';
import type { OutboxEntry } from './storage.js';

const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 5 * 60 * 1000;

/** The longest wait between two attempts, whatever a server's `Retry-After` asks for; past it the next attempt comes anyway. */
export const WAIT_CAP_MS = 60 * 60 * 1000;

/**
 * The most waiting one attempt can add to a report's age when its previous
 * attempt was in another page: the time between pages is read from the wall
 * clock, so a clock set forward by weeks counts as one day.
 */
export const AGE_STEP_CAP_MS = 24 * 60 * 60 * 1000;

/** A timer never fires sooner than this after an attempt was due but not made (another tab holds it). */
export const MIN_TIMER_MS = 1000;

/** Exponential backoff with jitter: about 1 s, 2 s, 4 s… up to 5 minutes, each between half and all of that. */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling * (0.5 + random() * 0.5));
}

/**
 * When the next attempt may go, after a failed one at `now`: never sooner
 * than the server asked, nor sooner than the backoff (a `Retry-After: 0` on
 * every answer must not become a tight loop), never later than the cap.
 */
export function nextAttemptAt(now: number, attempts: number, retryAfterMs: number | undefined, random: () => number): number {
  return now + Math.min(WAIT_CAP_MS, Math.max(retryAfterMs ?? 0, backoffMs(attempts, random)));
}

/**
 * A stored `nextAttemptAt` as this page may trust it: no later than now plus
 * the cap. Later than that only if the clock was moved back since it was
 * written (or another tab's clock is ahead): read as "one cap from now".
 */
export function dueAt(stored: number, now: number): number {
  const latest = now + WAIT_CAP_MS;
  return Number.isFinite(stored) ? Math.min(stored, latest) : latest;
}

/**
 * How much waiting an attempt adds to a report's age. Within one page, the
 * monotonic time since this page last tried it (or stored it); otherwise
 * the wall-clock time since the last attempt anywhere, never negative and
 * at most a day.
 */
export function ageStep(sincePageMs: number | undefined, wallSinceMs: number): number {
  if (sincePageMs !== undefined) return Math.max(0, sincePageMs);
  return Math.min(Math.max(0, wallSinceMs), AGE_STEP_CAP_MS);
}

export interface FailureClock {
  /** The wall clock now. */
  now: number;
  /** Steady time since this page last stored or tried the report; undefined if it never did. */
  sincePageMs: number | undefined;
  random: () => number;
  limits: { ageMs: number; attempts: number };
}

/**
 * The entry after a failed attempt: counted, aged, timed, and set aside for
 * the reporter when refused, or after too many attempts or too long a wait.
 */
export function afterFailure(
  entry: OutboxEntry,
  result: Exclude<AttemptResult, { kind: 'delivered' }>,
  clock: FailureClock,
): OutboxEntry {
  const { now } = clock;
  const waitedMs = (entry.waitedMs ?? 0) + ageStep(clock.sincePageMs, now - (entry.lastAttemptAt ?? entry.createdAt));
  const updated: OutboxEntry = { ...entry, attempts: entry.attempts + 1, lastAttemptAt: now, waitedMs };
  if (result.kind === 'rejected') {
    updated.state = 'attention';
    updated.lastError = { code: result.code, status: result.status, message: result.message, errors: result.errors };
    return updated;
  }
  updated.lastError = { code: result.code, status: result.status, cause: result.cause };
  updated.nextAttemptAt = nextAttemptAt(now, updated.attempts, parseRetryAfter(result.retryAfter, now), clock.random);
  if (updated.attempts >= clock.limits.attempts || waitedMs > clock.limits.ageMs) {
    updated.state = 'attention';
    updated.lastError = { ...updated.lastError, code: 'expired' };
  }
  return updated;
}

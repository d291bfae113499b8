/**
 * What the dialog says about a report that waits in the outbox: the title,
 * why it is not delivered yet, and where it is kept. A report kept only in
 * this page's memory is not "saved on this device … also if you close this
 * page": for it the notice says only what is true, that it is kept while
 * the page stays open (and why it was refused, where that needs the reporter).
 */
import type { Strings } from '../i18n/strings.js';
import { OUTBOX_LIMITS, type Kept } from './outbox.js';

export type SavedReason = 'network' | 'server' | 'auth' | 'expired';

export interface SavedNotice {
  title?: string;
  why?: string;
  /** Shown as a problem: the report may still be lost. */
  problem?: string;
}

export function savedNotice(q: Strings['queued'], reason: SavedReason, kept: Kept): SavedNotice {
  const why =
    reason === 'auth'
      ? q.auth
      : reason === 'expired'
        ? q.expired(Math.round(OUTBOX_LIMITS.ageMs / 86_400_000))
        : reason === 'network'
          ? q.network
          : q.server;
  if (kept.where === 'disk') return { title: q.title, why };
  const problem = kept.reason === 'limit' ? q.limit(OUTBOX_LIMITS.count) : q.memoryOnly;
  // The network and server reasons promise delivery after the page closes: not here.
  return { why: reason === 'auth' || reason === 'expired' ? why : undefined, problem };
}

/** The notice as one sentence run, for `report-error`'s message. */
export function savedMessage(notice: SavedNotice): string {
  return [notice.title, notice.why, notice.problem].filter(Boolean).join(' ');
}

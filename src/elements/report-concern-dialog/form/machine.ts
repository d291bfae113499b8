/**
 * The form's state, and the only code that changes it: a `View` (what the
 * dialog shows) and the moves between views. The close outcome, the render
 * and the events all read the view, so they can never disagree.
 *
 *   editing ──submit──▶ sending ──stored──▶ sending (in the outbox)
 *      ▲                   │ delivered ─────────────▶ thanks
 *      │                   │ queued ────▶ queued ──delivered──▶ thanks
 *      └──── edit ─────────┴──────────────┘  ▲ retry ┘
 *
 * Pure: no DOM, tested in Node (test/node/form-machine.test.ts).
 */
import type { Outcome } from '../../../events.js';
import type { Kept } from '../../../outbox/outbox.js';
import type { Report } from '../../../report/schema.js';
import type { Notice } from '../../../report/notice.js';
import type { OpenResult } from '../contract.js';

/** Why a queued report is not delivered yet. */
export type QueuedReason = 'network' | 'server' | 'auth' | 'expired';

/** A report in the outbox, as the form shows it. */
export interface Queued {
  id: string;
  report: Report;
  reason: QueuedReason;
  kept: Kept;
}

export type View =
  | { kind: 'editing' }
  /** `stored`: the report is in the outbox, so closing now leaves it queued. */
  | { kind: 'sending'; stored: boolean }
  /** `retrying`: the reporter pressed "Try again now"; that attempt reports its own result. */
  | { kind: 'queued'; queued: Queued; retrying: boolean }
  /** `notice`: the report was a notice of illegal content; its thank-you confirms receipt. */
  | { kind: 'thanks'; reportId: string; reference?: string; blocked: boolean; notice?: Notice };

export type Move =
  | { type: 'submit' }
  | { type: 'stored' }
  | { type: 'retry' }
  | { type: 'queued'; queued: Queued }
  | { type: 'delivered'; report: Report; reference?: string }
  /** Back to the form: checked and refused, stopped, cancelled, discarded, or a new opening. */
  | { type: 'edit' };

export const EDITING: View = { kind: 'editing' };

/** The view after `move`; a move the view does not allow leaves it as it is. */
export function next(view: View, move: Move): View {
  switch (move.type) {
    case 'submit':
      // One report at a time: a second click while sending does nothing.
      return view.kind === 'editing' ? { kind: 'sending', stored: false } : view;
    case 'stored':
      return view.kind === 'sending' ? { kind: 'sending', stored: true } : view;
    case 'retry':
      return view.kind === 'queued' && !view.retrying ? { ...view, retrying: true } : view;
    case 'queued':
      return view.kind === 'thanks' ? view : { kind: 'queued', queued: move.queued, retrying: false };
    case 'delivered': {
      const { report, reference } = move;
      if (view.kind !== 'sending' && view.kind !== 'queued') return view;
      return { kind: 'thanks', reportId: report.id, reference, blocked: isBlockReport(report), ...(report.notice && { notice: report.notice }) };
    }
    case 'edit':
      return EDITING;
  }
}

/** What closing the dialog in this view means for the report. */
export function outcomeOf(view: View): Outcome {
  if (view.kind === 'thanks') return 'delivered';
  // Once stored, the report goes out whether the dialog stays open or not.
  if (view.kind === 'queued' || (view.kind === 'sending' && view.stored)) return 'queued';
  return 'cancelled';
}

/** What `open()` resolves with when the dialog closes in this view; `builtId`: the report built for the form as it stands. */
export function resultOf(view: View, builtId?: string): OpenResult {
  const thanks = view.kind === 'thanks';
  const reportId = thanks ? view.reportId : view.kind === 'queued' ? view.queued.id : builtId;
  return { outcome: outcomeOf(view), reportId, reference: thanks ? view.reference : undefined };
}

/** Whether the form's fields keep what is typed when the dialog closes in this view. */
export function keepsDraft(view: View): boolean {
  return view.kind === 'editing' || view.kind === 'sending';
}

export function isBlockReport(report: Report): boolean {
  return report.subject.kind === 'user' && report.block;
}

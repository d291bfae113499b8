/**
 * What the form does with a report: Submit (check, then the send pipeline
 * of submit.ts), what came of the attempt shown here and then told to the
 * host, and the queued view's "Discard". A refusal, "Try again now" and
 * the rest of what follows a report not simply delivered is undelivered.ts.
 */
import type { AttemptResult } from '../../../delivery/transport.js';
import { emit } from '../../../internal/emit.js';
import type { Kept } from '../../../outbox/outbox.js';
import { inForeground, outbox } from '../../../outbox/page.js';
import type { Report } from '../../../report/schema.js';
import type { Queued, View } from './machine.js';
import { iso, plain, queuedMessageOf } from './messages.js';
import type { FormKit } from './state.js';
import { elementEndpoint, submit } from './submit.js';
import { validate } from './validate.js';
import { emptyValues, preparedOf, shotOf } from './values.js';
import type { StoredShot } from './from-report.js';
import type { NoticeInput } from './notice/contract.js';

/** What follows a report that was not simply delivered (undelivered.ts): loaded when first needed. */
export const undelivered = () => import('./undelivered.js');

/** What undelivered.ts uses of the form's modules, passed in (see there why). */
const storedShot: StoredShot = (blob, name, width, height) => shotOf(preparedOf(blob, name, width, height));
export const tools = { outbox, inForeground, emit, iso, plain, queuedMessageOf, responseOf, emptyValues, storedShot };
export type FollowUpTools = typeof tools;

export function createDelivery(k: FormKit) {
  const { f, host, move, update, rendered, focus, mark, showErrors, fail } = k;
  const targets = () => [f.trigger, host];
  /** Blocks the host has been asked for: once per report, however often it is sent. */
  const blockAsked = new Set<string>();

  async function onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (f.view.kind !== 'editing') return;
    const mine = f.opening;
    move({ type: 'submit' });
    f.problem = undefined;
    update();
    try {
      await k.evidence.idle();
      const found = { ...validate(f.values, f.subject!.kind, f.s), ...f.notice?.validate(f as NoticeInput) };
      if (Object.keys(found).length) {
        move({ type: 'edit' });
        showErrors(found);
        return;
      }
      await send(mine);
    } catch (error) {
      // Nothing expected throws here; if something does (a browser without
      // an API, a host listener gone wrong), the reporter must hear of it
      // and keep what they wrote, never watch a button that does nothing.
      if (mine === f.opening) {
        move({ type: 'edit' });
        f.problem = f.s.delivery.notSent;
        const report = f.built?.report;
        if (report) emit(targets(), 'report-error', { report, code: 'network', message: f.problem, queued: false });
      }
      queueMicrotask(() => {
        throw error;
      });
    } finally {
      // A send that outlived its opening leaves the form now open alone.
      if (mine === f.opening) {
        if ((f.view as View).kind === 'sending') move({ type: 'edit' });
        update();
      }
    }
  }

  async function send(mine: AbortController): Promise<void> {
    const { trigger, s } = f;
    const about = k.key();
    const sent = await submit(f, {
      signal: mine.signal,
      endpoint: elementEndpoint(trigger, host),
      announce: (report, waitUntil) => emit([trigger, host], 'report-submit', { report, waitUntil }, { cancelable: true }),
      onStoring() {
        f.announcement = s.sending;
        move({ type: 'stored' });
        update();
      },
      onStored: requestBlock,
      via: k.upload.via,
    }).finally(k.upload.reset);
    if (sent.kind === 'cancelled') return;
    if (mine !== f.opening) {
      // Closed and opened again meanwhile: report on the button, leave the new form alone.
      if (sent.kind === 'attempted') void undelivered().then((u) => u.settleElsewhere(k, tools, sent.built.report, sent.result, trigger, about));
      return;
    }
    if (sent.kind === 'attempted') return settleHere(sent.built.report, sent.result, sent.kept);
    f.problem = s.delivery.notSent;
    if (sent.kind === 'not-sent') return;
    // Refused before any attempt, or stopped (undelivered.ts); should that
    // part not load, the report stays in the form as not sent, and the host hears of it.
    const u = await undelivered().catch(() => undefined);
    if (u) return u.notAttempted(k, sent);
    if (sent.kind !== 'stopped') await fail(sent.report, sent.kind === 'invalid' ? 'validation' : 'config', f.problem);
  }

  /**
   * Shows what came of an attempt, then tells the host: by the time
   * `report-success` or `report-error` fires, the dialog already says it.
   */
  async function settleHere(report: Report, result: AttemptResult, kept: Kept): Promise<void> {
    const wasClosed = f.opening.signal.aborted;
    f.announcement = '';
    if (result.kind === 'rejected') {
      return undelivered().then(
        (u) => u.refusedHere(k, tools, report, result, wasClosed),
        // The refusal's messages could not load: the report waits in the outbox and comes back into the form at the next opening.
        () => {
          move({ type: 'edit' });
          f.problem = f.s.delivery.notSent;
          return fail(report, result.code, f.problem);
        },
      );
    }
    f.built = undefined;
    const delivered = result.kind === 'delivered';
    // A report kept only in this page's memory keeps its draft until it is
    // delivered (the outbox then clears it), so a reload does not lose the text.
    if (delivered || kept.where === 'disk') k.forgetDraft();
    const queued: Queued | undefined = delivered ? undefined : { id: report.id, report, reason: result.code, kept };
    move(queued ? { type: 'queued', queued } : { type: 'delivered', report, reference: delivered ? result.reference : undefined });
    mark(queued ? 'queued' : 'delivered', queued ? f.s.queued.mark : f.s.markDelivered);
    update();
    await rendered();
    if (!wasClosed) focus('.status');
    if (delivered) return void emit(targets(), 'report-success', { report, response: responseOf(result) });
    // `storage`: kept only in this page's memory (no IndexedDB, or past the
    // outbox limits), the one case the host should know may still be lost.
    const code = kept.where === 'memory' ? 'storage' : result.code;
    emit(targets(), 'report-error', { report, code, message: plain(queuedMessageOf(f.s, queued!)), queued: true });
  }

  /** `report-block-request`, once per report, whatever becomes of the report. */
  function requestBlock(report: Report): void {
    if (report.subject.kind !== 'user' || !report.block || blockAsked.has(report.id)) return;
    blockAsked.add(report.id);
    emit(targets(), 'report-block-request', { userId: report.subject.userId });
  }

  async function discardQueued(): Promise<void> {
    if (f.view.kind !== 'queued') return;
    await outbox().discard(f.view.queued.id);
    await showDiscarded();
  }

  /** The queued report is gone (discarded here, or in another tab): the form, empty again. */
  async function showDiscarded(): Promise<void> {
    move({ type: 'edit' });
    f.values = emptyValues();
    f.problem = undefined;
    f.announcement = f.s.queued.discarded;
    f.trigger?.clearMark?.();
    update();
    await rendered();
    k.focusStart();
  }

  /**
   * "Try again now" (undelivered.ts). The form says it is trying before that
   * chunk has loaded: the dialog may be closed meanwhile, and a retrying form
   * is one that preparing it for the next opening leaves alone. If the chunk
   * cannot load, the report stays queued and the reporter hears it was not sent.
   */
  async function tryNow(): Promise<void> {
    const { view } = f;
    if (view.kind !== 'queued' || view.retrying) return;
    move({ type: 'retry' });
    f.announcement = f.s.sending;
    update();
    const u = await undelivered().catch(() => undefined);
    if (u) return u.tryNow(k, tools, settleHere, view.queued);
    move({ type: 'queued', queued: view.queued });
    f.announcement = f.s.delivery.notSent;
    update();
  }

  return { onSubmit, tryNow, discardQueued, showDiscarded };
}

export function responseOf(result: Extract<AttemptResult, { kind: 'delivered' }>) {
  return { status: result.status, reference: result.reference, body: result.body };
}

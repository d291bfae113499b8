/**
 * What the form does with a report: Submit (check, then the send pipeline
 * of submit.ts), what came of the attempt shown here and then told to the
 * host, and the queued view's "Try again now" and "Discard".
 */
import type { AttemptResult } from '../../../delivery/transport.js';
import { emit } from '../../../internal/emit.js';
import type { Kept, OutboxEntry } from '../../../outbox/outbox.js';
import { inForeground, outbox } from '../../../outbox/page.js';
import type { Report } from '../../../report/schema.js';
import type { Trigger } from '../contract.js';
import type { Queued, View } from './machine.js';
import { iso, plain, queuedMessageOf } from './messages.js';
import type { FormKit } from './state.js';
import { elementEndpoint, submit } from './submit.js';
import { receiverErrors, validate, withDetails } from './validate.js';
import { emptyValues } from './values.js';
import type { NoticeInput } from './notice/contract.js';

type Rejected = Extract<AttemptResult, { kind: 'rejected' }>;

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
      if (sent.kind === 'attempted') settleElsewhere(sent.built.report, sent.result, trigger, about);
      return;
    }
    if (sent.kind === 'not-sent') f.problem = s.delivery.notSent;
    else if (sent.kind === 'invalid') {
      move({ type: 'edit' });
      showErrors(sent.errors, sent.problem);
      await fail(sent.report, 'validation', s.delivery.validation);
    } else if (sent.kind === 'config') {
      f.problem = s.delivery.config;
      await fail(sent.report, 'config', f.problem);
    } else if (sent.kind === 'stopped') {
      // The reporter stopped it: back to the form, same report and id, nothing left queued.
      move({ type: 'edit' });
      f.problem = s.evidence.stopped;
      f.announcement = '';
      update();
      void rendered().then(() => focus('.status'));
    } else await settleHere(sent.built.report, sent.result, sent.kept);
  }

  /**
   * Shows what came of an attempt, then tells the host: by the time
   * `report-success` or `report-error` fires, the dialog already says it.
   */
  async function settleHere(report: Report, result: AttemptResult, kept: Kept): Promise<void> {
    const wasClosed = f.opening.signal.aborted;
    f.announcement = '';
    if (result.kind === 'rejected') return refusedHere(report, result, wasClosed);
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

  /** Refused: if the reporter is still here the form shows why; if they closed the dialog, the outbox keeps it until they come back. */
  async function refusedHere(report: Report, result: Rejected, wasClosed: boolean): Promise<void> {
    if (!wasClosed) await outbox().discard(report.id);
    const d = f.s.delivery;
    let message = result.code === 'auth' ? d.auth : result.code === 'too-large' ? d.tooLarge : result.message ? iso(result.message) : d.validation;
    let fieldErrors = false;
    move({ type: 'edit' });
    if (result.code === 'validation') {
      const found = receiverErrors(result.errors);
      fieldErrors = Object.keys(found.errors).length > 0;
      message = withDetails(message, found.elsewhere);
      f.refused = true;
      // Focuses the first field in error, or the message.
      showErrors(found.errors, message);
    } else f.problem = message;
    if (wasClosed) mark('error', plain(message));
    await fail(report, result.code, message, () => !wasClosed && !fieldErrors && focus('.status'));
  }

  /**
   * What came of a report whose dialog has since been closed and opened
   * again (maybe for another subject): its button is told, its own draft is
   * cleared unless refused, and the form now open is left alone. A refusal
   * stays in the outbox and comes back into the form when its subject opens again.
   */
  function settleElsewhere(report: Report, result: AttemptResult, trigger: Trigger | undefined, about: string): void {
    const { s, locale } = f;
    if (result.kind === 'delivered') {
      k.drafts.drop(about);
      trigger?.showMark?.('delivered', s.markDelivered, locale);
      return void emit([trigger], 'report-success', { report, response: responseOf(result) });
    }
    const queued = result.kind === 'retry';
    if (queued) k.drafts.drop(about);
    trigger?.showMark?.(queued ? 'queued' : 'error', queued ? s.queued.mark : s.delivery.notSent, locale);
    emit([trigger], 'report-error', { report, code: result.code, message: queued ? s.queued.title : s.delivery.notSent, queued });
  }

  /** `report-block-request`, once per report, whatever becomes of the report. */
  function requestBlock(report: Report): void {
    if (report.subject.kind !== 'user' || !report.block || blockAsked.has(report.id)) return;
    blockAsked.add(report.id);
    emit(targets(), 'report-block-request', { userId: report.subject.userId });
  }

  /** The reporter asked to try a queued report again now. */
  async function tryNow(): Promise<void> {
    if (f.view.kind !== 'queued' || f.view.retrying) return;
    const q = f.view.queued;
    move({ type: 'retry' });
    f.announcement = f.s.sending;
    update();
    const box = outbox();
    let entry: OutboxEntry | undefined;
    let result: AttemptResult | undefined;
    const current = () => f.view.kind === 'queued' && f.view.queued === q;
    try {
      entry = (await box.entries()).find((e) => e.id === q.id);
      result = await inForeground(q.id, () => box.retryNow(q.id));
    } finally {
      if (current()) move({ type: 'queued', queued: q });
    }
    if (!result || !current()) return;
    if (result.kind === 'rejected' && result.code === 'auth') {
      // Still signed out: a queued report stays queued, marked for attention (docs/PROTOCOL.md §4).
      const still: Queued = { ...q, reason: 'auth' };
      move({ type: 'queued', queued: still });
      update();
      await rendered();
      focus('.status');
      emit(targets(), 'report-error', { report: q.report, code: 'auth', message: plain(queuedMessageOf(f.s, still)), queued: true });
      return;
    }
    if (result.kind === 'rejected' && entry) k.restore(q.report, entry);
    await settleHere(q.report, result, q.kept);
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

  return { onSubmit, tryNow, discardQueued, showDiscarded };
}

function responseOf(result: Extract<AttemptResult, { kind: 'delivered' }>) {
  return { status: result.status, reference: result.reference, body: result.body };
}

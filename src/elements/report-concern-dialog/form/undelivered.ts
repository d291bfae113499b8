/**
 * What the form does when a report was not simply delivered: a report
 * refused by the receiver back into the form with its messages, a report
 * found waiting in the outbox when the dialog opens, "Try again now", a
 * Submit refused before any attempt or stopped, and
 * what came of a report whose dialog has since been closed and opened
 * again. A report delivered at its first attempt needs none of it, so it
 * loads (form/delivery.ts) only when one of these happens.
 *
 * It imports no module of the form's (only types): what it uses of them
 * comes in as `t` (delivery.ts `tools`). A lazy chunk that imports the
 * form's modules makes the bundler split those out of the form's chunk
 * into chunks of their own, each one more request for every report.
 */
import type { AttemptResult } from '../../../delivery/transport.js';
import type { Kept, OutboxEntry } from '../../../outbox/outbox.js';
import type { Report } from '../../../report/schema.js';
import type { Trigger } from '../contract.js';
import type { FollowUpTools as Tools } from './delivery.js';
import type { Queued, QueuedReason, View } from './machine.js';
import type { FormKit } from './state.js';
import type { Sent } from './submit.js';
import { fromReport } from './from-report.js';
import { receiverErrors, withDetails } from './field-errors.js';
import { withUndeliveredWords } from '../../../i18n/en-undelivered.js';

/** This part's English words (i18n/en-undelivered.ts), under the form's strings, before it shows anything. */
const ownWords = (k: FormKit) => (k.f.s = withUndeliveredWords(k.f.s));

type Rejected = Extract<AttemptResult, { kind: 'rejected' }>;
/** delivery.ts's own ending of an attempt shown in the form. */
export type SettleHere = (report: Report, result: AttemptResult, kept: Kept) => Promise<void>;

/** Shows a report from the outbox: as queued, or back in the form when the receiver refused it. */
export async function showEntry(k: FormKit, t: Tools, entry: OutboxEntry): Promise<void> {
  ownWords(k);
  const { f } = k;
  const { iso } = t;
  const report = JSON.parse(entry.reportJson) as Report;
  const last = entry.lastError;
  const code = last?.code;
  const { view } = f;
  if (entry.state === 'attention' && (code === 'validation' || code === 'too-large')) {
    // Refused by the receiver while nobody was looking: back into the form, with its messages.
    await k.restore(fromReport(report, entry.files, t.emptyValues(), t.storedShot));
    await t.outbox().discard(entry.id);
    const found = receiverErrors(last?.errors);
    const message = last?.message ? iso(last.message) : f.s.delivery.validation;
    f.errors = found.errors;
    f.problem = code === 'too-large' ? f.s.delivery.tooLarge : withDetails(message, found.elsewhere);
    f.refused = true;
    k.move({ type: 'edit' });
    return;
  }
  const reason: QueuedReason =
    entry.state === 'attention' ? (code === 'auth' ? 'auth' : 'expired') : code === 'network' ? 'network' : 'server';
  const kept: Kept = view.kind === 'queued' && view.queued.id === entry.id ? view.queued.kept : { where: 'disk' };
  k.move({ type: 'queued', queued: { id: entry.id, report, reason, kept } });
}

/** What came of a Submit that made no attempt: the full rules refused what a listener changed, the page has no usable endpoint, or the reporter stopped the upload. */
export async function notAttempted(k: FormKit, sent: Extract<Sent, { kind: 'invalid' | 'config' | 'stopped' }>): Promise<void> {
  ownWords(k);
  const { f, move, update, rendered, focus, fail } = k;
  const s = f.s;
  if (sent.kind === 'config') {
    f.problem = s.delivery.config;
    return fail(sent.report, 'config', f.problem);
  }
  move({ type: 'edit' });
  if (sent.kind === 'invalid') {
    k.showErrors(sent.errors, sent.problem);
    return fail(sent.report, 'validation', s.delivery.validation);
  }
  // Stopped: back to the form, same report and id, nothing left queued. Only
  // an upload with screenshots has Stop, so their chunk and its words are in.
  f.problem = k.evidence.work!.withScreenshotWords(s).evidence.stopped;
  f.announcement = '';
  update();
  void rendered().then(() => focus('.status'));
}

/**
 * A report about this subject still in the outbox, once the outbox has
 * answered: shown rather than the blank form, unless the reporter has
 * started on the form meanwhile, or the opening is over. What they typed
 * then stays; the queued report goes out on its own (its button says so),
 * and a refused one comes back at the next opening.
 */
export async function showWaiting(k: FormKit, t: Tools, entry: OutboxEntry, mine: AbortController): Promise<void> {
  const { f } = k;
  if (mine !== f.opening || mine.signal.aborted || f.touched || f.view.kind !== 'editing') return;
  await showEntry(k, t, entry);
  k.update();
  await k.rendered();
  if (mine !== f.opening) return;
  // Read anew: showEntry() changed the view.
  if ((f.view as View).kind === 'queued') k.focus('.status');
  else k.focusStart();
}

/** Refused: if the reporter is still here the form shows why; if they closed the dialog, the outbox keeps it until they come back. */
export async function refusedHere(k: FormKit, t: Tools, report: Report, result: Rejected, wasClosed: boolean): Promise<void> {
  ownWords(k);
  const { f, move, showErrors, focus, mark, fail } = k;
  const { iso } = t;
  if (!wasClosed) await t.outbox().discard(report.id);
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
  if (wasClosed) mark('error', t.plain(message));
  await fail(report, result.code, message, () => !wasClosed && !fieldErrors && focus('.status'));
}

/**
 * What came of a report whose dialog has since been closed and opened
 * again (maybe for another subject): its button is told, its own draft is
 * cleared unless refused, and the form now open is left alone. A refusal
 * stays in the outbox and comes back into the form when its subject opens again.
 */
export function settleElsewhere(k: FormKit, t: Tools, report: Report, result: AttemptResult, trigger: Trigger | undefined, about: string): void {
  const { s, locale } = k.f;
  const { emit } = t;
  if (result.kind === 'delivered') {
    k.drafts.drop(about);
    trigger?.showMark?.('delivered', s.markDelivered, locale);
    return void emit([trigger], 'report-success', { report, response: t.responseOf(result) });
  }
  const queued = result.kind === 'retry';
  if (queued) k.drafts.drop(about);
  trigger?.showMark?.(queued ? 'queued' : 'error', queued ? s.queued.mark : s.delivery.notSent, locale);
  emit([trigger], 'report-error', { report, code: result.code, message: queued ? s.queued.title : s.delivery.notSent, queued });
}

/** The reporter asked to try queued report `q` again now; the form already says so (delivery.ts). */
export async function tryNow(k: FormKit, t: Tools, settleHere: SettleHere, q: Queued): Promise<void> {
  ownWords(k);
  const { f, move, update } = k;
  const box = t.outbox();
  let entry: OutboxEntry | undefined;
  let result: AttemptResult | undefined;
  const current = () => f.view.kind === 'queued' && f.view.queued === q;
  try {
    entry = (await box.entries()).find((e) => e.id === q.id);
    result = await t.inForeground(q.id, () => box.retryNow(q.id));
  } finally {
    if (current()) move({ type: 'queued', queued: q });
  }
  if (!result || !current()) return;
  if (result.kind === 'rejected' && result.code === 'auth') {
    // Still signed out: a queued report stays queued, marked for attention (docs/PROTOCOL.md §4).
    const still: Queued = { ...q, reason: 'auth' };
    move({ type: 'queued', queued: still });
    update();
    await k.rendered();
    k.focus('.status');
    t.emit([f.trigger, k.host], 'report-error', { report: q.report, code: 'auth', message: t.plain(t.queuedMessageOf(f.s, still)), queued: true });
    return;
  }
  if (result.kind === 'rejected' && entry) await k.restore(fromReport(q.report, entry.files, t.emptyValues(), t.storedShot));
  await settleHere(q.report, result, q.kept);
}

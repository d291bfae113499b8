/**
 * The send pipeline, without DOM: build the report, let the host look at it,
 * check it again if the host changed it, store it in the outbox, make the
 * first attempt. Each step answers what came of it; the form renders that.
 * Closing the dialog (its opening's `signal`) before the report is stored
 * cancels; once stored it goes out regardless.
 */
import { checkEndpoint } from '../../../delivery/endpoint.js';
import { DEFAULT_TIMEOUT_MS, type AttemptFile, type AttemptResult } from '../../../delivery/transport.js';
import { firstSet } from '../../../internal/first-set.js';
import type { Kept, Sender } from '../../../outbox/outbox.js';
import { inForeground, outbox } from '../../../outbox/page.js';
import { buildReport } from '../../../report/build-report.js';
import { serialise } from '../../../report/serialise.js';
import { HOST_WAIT_LIMIT_MS, withTimeLimit } from '../../../internal/time-limit.js';
import type { Report, Subject } from '../../../report/schema.js';
import { subjectKey } from '../../../internal/drafts.js';
import type { FormState } from './state.js';
import type { NoticeInput } from './notice/contract.js';
import { fileNameOf, inputKeyOf, reportInputOf, type FieldErrors } from './values.js';

/** A built report, kept so that sending again sends the same id and bytes. */
export interface Built {
  /** What it was built from (values.ts `inputKeyOf`). */
  inputKey: string;
  report: Report;
  reportJson: string;
  files: AttemptFile[];
}

export type Sent =
  /** Closed before the report was stored: nothing is sent, the draft keeps everything. */
  | { kind: 'cancelled' }
  /** A `report-submit` listener cancelled it, or its `waitUntil` promise rejected. */
  | { kind: 'not-sent' }
  /** The host changed the report and the full rules refuse it. */
  | { kind: 'invalid'; report: Report; errors: FieldErrors; problem: string }
  /** No endpoint, or one that may not be posted to. */
  | { kind: 'config'; report: Report }
  /** The reporter pressed Stop while the body was going out; nothing is left queued. */
  | { kind: 'stopped'; report: Report }
  | { kind: 'attempted'; built: Built; result: AttemptResult; kept: Kept };

/** What the pipeline reads of the form's state; it keeps the report it built in `built`. */
export type SubmitState = Pick<FormState, 'values' | 'locale' | 's' | 'config' | 'built' | 'openedAt' | 'honeypot' | 'notice' | 'friction'> & {
  subject?: Subject;
};

/** What the pipeline needs from the form around it. */
export interface SubmitHooks {
  /** Aborted when the dialog closes. */
  signal: AbortSignal;
  /** The endpoint attribute of the button, else of the dialog. */
  endpoint?: string;
  /** Fires `report-submit`; false when a listener cancelled it. */
  announce(report: Report, waitUntil: (promise: Promise<unknown>) => void): boolean;
  /** About to be written to the outbox: the form says "sending", and closing from now on leaves it queued. */
  onStoring(): void;
  /** In the outbox. */
  onStored(report: Report): void;
  /** A sender that shows upload progress, when the report has screenshots. */
  via(): Promise<Sender | undefined>;
}

export async function submit(f: SubmitState, h: SubmitHooks): Promise<Sent> {
  const subject = f.subject!;
  const key = inputKeyOf(f.values, subject, f.locale);
  let built = f.built?.inputKey === key ? f.built : undefined;
  if (!built) {
    const step = await buildChecked(f, h, key);
    if (step.kind !== 'built') return step;
    built = f.built = step.built;
  }
  const report = built.report;
  const { config } = f;
  const endpoint = h.endpoint;
  const target = checkEndpoint(endpoint || config.endpoint, endpoint ? 'element' : 'page', config);
  if (!target.ok) return { kind: 'config', report };
  await f.friction?.holdUntilMinimum(config, f.openedAt);
  if (h.signal.aborted) return { kind: 'cancelled' };
  h.onStoring();
  // Into the outbox before the first request: from here on nothing the
  // reporter wrote can be lost to a failure, a closed dialog or a reload.
  const box = outbox();
  const kept = await box.add({
    id: report.id,
    endpoint: target.url.href,
    credentials: config.credentials ?? 'same-origin',
    timeoutMs: config.timeout ?? DEFAULT_TIMEOUT_MS,
    reportJson: built.reportJson,
    files: built.files.map((f) => ({ name: f.name, type: f.blob.type, blob: f.blob })),
    subjectKey: subjectKey(subject),
  });
  h.onStored(report);
  // Progress by XHR when it can be had; if its code cannot load, fetch sends it all the same.
  const via = built.files.length ? await h.via().catch(() => undefined) : undefined;
  const result = (await inForeground(report.id, () => box.attempt(report.id, via))) ?? {
    kind: 'retry',
    code: 'network',
    cause: 'busy',
  };
  if (result.kind === 'retry' && result.cause === 'stopped') {
    await box.discard(report.id);
    return { kind: 'stopped', report };
  }
  return { kind: 'attempted', built, result, kept };
}

/** Builds the report, lets the host see it (and wait), and checks what the host changed. */
async function buildChecked(f: SubmitState, h: SubmitHooks, inputKey: string): Promise<Sent | { kind: 'built'; built: Built }> {
  const input = reportInputOf(f.values, f.subject!, f.locale);
  input.notice = f.notice?.notice(f as NoticeInput);
  const report = buildReport(input, { pageUrl: location.href, userAgent: navigator.userAgent });
  Object.assign(report.context, f.friction?.frictionContext(f.config, f.openedAt, f.honeypot));
  const files = f.values.shots.map((shot, i) => ({ blob: shot.prepared.blob, name: fileNameOf(i, shot.prepared.type) }));
  const before = serialise(report);
  const waits: Promise<unknown>[] = [];
  let listening = true;
  const proceed = h.announce(report, (promise) => {
    // Like ExtendableEvent: only while the event is being dispatched, or the promise would be ignored unseen.
    if (!listening) throw new DOMException('waitUntil() must be called while report-submit is dispatched', 'InvalidStateError');
    waits.push(withTimeLimit(Promise.resolve(promise), HOST_WAIT_LIMIT_MS, 'waitUntil'));
  });
  listening = false;
  const allowed = proceed && (await Promise.all(waits).then(() => true, () => false));
  if (h.signal.aborted) return { kind: 'cancelled' };
  if (!allowed) return { kind: 'not-sent' };
  // Listeners may have changed the report: if so, check it against the full
  // v1 rules before anything leaves. (What the form built from checked
  // fields needs no second pass, so zod loads only here.) If the rules
  // cannot load (offline, a deploy replaced the chunk), the report is sent
  // and the receiver checks it: never lost here.
  const reportJson = serialise(report);
  const rules = reportJson !== before ? await import('./schema-check.js').catch(() => undefined) : undefined;
  if (h.signal.aborted) return { kind: 'cancelled' };
  const checked = rules?.checkReport(report);
  if (rules && checked && !checked.ok) {
    const { errors, problem } = rules.ruleErrors(checked.errors, f.s);
    return { kind: 'invalid', report, errors, problem };
  }
  return { kind: 'built', built: { inputKey, report, reportJson, files } };
}

/** The endpoint an element names: the button's, else the dialog's. */
export function elementEndpoint(trigger: { endpoint?: string } | undefined, host: { endpoint?: string }): string | undefined {
  return firstSet<string>(trigger?.endpoint, host.endpoint);
}

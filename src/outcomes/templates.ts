/**
 * How the status of an earlier report looks, above the form: its status,
 * the statement of reasons once decided, the appeal and its outcome, and
 * the short appeal form behind **Contest this decision**. No `<form>`: it
 * sits inside the report's own form, and forms do not nest.
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { iso, isolates } from '../elements/report-concern-dialog/form/messages.js';
import type { OutcomeStrings, Strings } from '../i18n/strings.js';
import type { AppealView, ReportView } from './client.js';

/** What the appeal part shows. */
export type Appealing =
  | { kind: 'closed' }
  | { kind: 'writing'; text: string; error?: string }
  | { kind: 'sending'; text: string };

export interface PanelModel {
  s: Strings;
  o: OutcomeStrings;
  locale: string;
  report: ReportView;
  appealing: Appealing;
  canContest: boolean;
  /** A refusal of the last appeal, shown by the Contest button. */
  problem?: string;
  max: number;
  count: number;
  contest(): void;
  input(value: string): void;
  send(): void;
  cancel(): void;
}

/**
 * People's text in a sentence as `<bdi>`, like the form's templates/text.ts.
 * Not imported from there: a chunk that shares that module with the form
 * makes the bundler split Lit into a chunk of its own, one more request
 * for every report.
 */
const text = (sentence: string | undefined) => isolates(sentence ?? '').map((part, i) => (i % 2 ? html`<bdi>${part}</bdi>` : part));

/** A sentence whose isolated part is a reference: kept on one line, never broken at its hyphens. */
const withReference = (sentence: string) => isolates(sentence).map((part, i) => (i % 2 ? html`<bdi class="ref">${part}</bdi>` : part));

const dateOf = (locale: string, when: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(when));

function appealTemplate(m: PanelModel, appeal: AppealView): TemplateResult {
  const { o } = m;
  const outcome = appeal.decision;
  return html`<div class="appeal-outcome" role="status">
    <p><strong>${outcome ? (outcome.upheld ? o.appealUpheld : o.appealRejected) : withReference(o.appealPending(iso(appeal.reference)))}</strong></p>
    ${outcome ? html`<p dir="auto">${outcome.explanation}</p>` : nothing}
  </div>`;
}

function decisionTemplate(m: PanelModel): TemplateResult {
  const { o, report, locale } = m;
  const d = report.decision!;
  const ground = d.ground === 'law' ? o.groundLaw(iso(d.groundDetail)) : o.groundTerms(iso(d.groundDetail));
  return html`<div class="decision" part="decision">
    <h4>${o.decisionTitle}</h4>
    <p><strong>${o.actions[d.action as keyof OutcomeStrings['actions']] ?? d.action}</strong></p>
    <p>${text(ground)}</p>
    <p class="explanation" dir="auto">${d.explanation}</p>
    <p class="hint">${d.automated ? o.automated : o.byPerson}</p>
    ${m.canContest ? html`<p class="hint">${o.appealUntil(dateOf(locale, d.appealUntil))}</p>` : nothing}
  </div>`;
}

function writingTemplate(m: PanelModel, a: Extract<Appealing, { kind: 'writing' | 'sending' }>): TemplateResult {
  const { o, s } = m;
  const error = a.kind === 'writing' ? a.error : undefined;
  const over = m.count > m.max;
  // A group named by its own heading: its Cancel and Send belong to the appeal, not to the report below.
  return html`<div class="appeal-form" role="group" aria-labelledby="appeal-title">
    <h4 id="appeal-title">${o.contest}</h4>
    <label class="label" id="appeal-label" for="appeal-text">${o.appealLabel}</label>
    <p class="hint" id="appeal-hint">${o.appealHint}</p>
    <textarea id="appeal-text" rows="4" dir="auto" aria-invalid=${error ? 'true' : 'false'}
      aria-describedby="appeal-hint appeal-counter${error ? ' appeal-error' : ''}" .value=${a.text}
      @input=${(e: Event) => m.input((e.target as HTMLTextAreaElement).value)}></textarea>
    <p class="counter" id="appeal-counter" ?data-over=${over}>${s.counter(m.count, m.max)}</p>
    <p class="error" id="appeal-error">${text(error)}</p>
    <div class="appeal-buttons">
      <button type="button" class="secondary" @click=${m.cancel}>${s.cancel}</button>
      <button type="button" class="primary" part="appeal-submit-button" aria-disabled=${a.kind === 'sending' ? 'true' : 'false'}
        @click=${m.send}>${o.appealSubmit}</button>
    </div>
  </div>`;
}

export function panelTemplate(m: PanelModel): TemplateResult {
  const { o, report, locale, appealing } = m;
  return html`<section class="follow-up" part="follow-up" aria-labelledby="follow-up-title">
    <h3 id="follow-up-title">${o.title}</h3>
    <p>${withReference(o.reported(dateOf(locale, report.createdAt), iso(report.reference)))}</p>
    <p class="follow-up-status">${o.status[report.status]}</p>
    ${report.decision ? decisionTemplate(m) : nothing}
    ${report.appeal ? appealTemplate(m, report.appeal) : nothing}
    ${appealing.kind === 'closed'
      ? html`${m.problem ? html`<p class="error" role="alert">${m.problem}</p>` : nothing}
          ${m.canContest
            ? html`<button type="button" class="secondary contest" part="contest-button" @click=${m.contest}>${o.contest}</button>`
            : nothing}`
      : writingTemplate(m, appealing)}
    <p class="hint">${o.newReport}</p>
  </section>`;
}

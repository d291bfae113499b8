/** The two views after Submit that are not the form: the thank-you, and a report queued in the outbox. */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { blockConfirmedOf, iso, memoryOnlyOf, queuedReasonOf } from '../messages.js';
import type { Queued } from '../machine.js';
import { isBlockReport } from '../machine.js';
import type { Model } from './model.js';
import { text } from './text.js';

const closeButton = (m: Model) => html`<button type="button" class="primary" @click=${m.close}>${m.s.close}</button>`;

export function thanksTemplate(m: Model, reference: string | undefined, blocked: boolean): TemplateResult {
  const s = m.s;
  return html`<div class="body" part="body">
      <div class="thanks status" part="status" role="status" tabindex="-1" id="intro">
        <p><strong>${s.thankYou}</strong></p>
        ${reference ? html`<p class="reference">${text(s.reference(iso(reference)))}</p>` : nothing}
        <p>${s.whatNext}</p>
        ${blocked ? html`<p>${text(blockConfirmedOf(s, m.subject, blocked))}</p>` : nothing}
      </div>
    </div>
    <footer part="footer">${closeButton(m)}</footer>`;
}

export function queuedTemplate(m: Model, q: Queued): TemplateResult {
  const s = m.s;
  const memoryOnly = memoryOnlyOf(s, q);
  const blocked = blockConfirmedOf(s, m.subject, isBlockReport(q.report));
  return html`<div class="body" part="body">
      <div class="queued status" part="status" role="status" tabindex="-1" id="intro">
        <p><strong>${s.queued.title}</strong></p>
        <p>${queuedReasonOf(s, q)}</p>
        ${memoryOnly ? html`<p class="problem">${memoryOnly}</p>` : nothing}
        ${blocked ? html`<p>${text(blocked)}</p>` : nothing}
      </div>
    </div>
    <footer part="footer">
      <button type="button" class="secondary" part="discard-button" @click=${m.discardQueued}>${s.queued.discard}</button>
      <button type="button" class="secondary" part="retry-button" @click=${m.tryNow}>${s.queued.tryNow}</button>
      ${closeButton(m)}
    </footer>`;
}

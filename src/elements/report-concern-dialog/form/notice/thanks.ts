/**
 * The thank-you for a notice: the confirmation of receipt the law asks for
 * (DSA Art. 16(4)). It says the notice was received, gives the reference,
 * and says where the decision goes: the email given, or nowhere, when an
 * anonymous notice gave none.
 */
import type { TemplateResult } from 'lit/html.js';
import type { Notice } from '../../../../report/notice.js';
import { iso } from '../messages.js';
import type { Model } from '../templates/model.js';
import { kit } from './kit.js';

export function noticeThanks(m: Model, reference: string | undefined, notice: Notice): TemplateResult {
  const { html, nothing, text } = kit;
  const { s } = m;
  const n = s.notice!;
  const email = notice.notifier?.email;
  return html`<div class="body" part="body">
      <div class="thanks status" part="status" role="status" tabindex="-1" id="intro">
        <p><strong>${n.received}</strong></p>
        ${reference ? html`<p class="reference">${text(s.reference(iso(reference)))}</p>` : nothing}
        <p>${text(email ? n.decisionTo(iso(email)) : n.noDecision)}</p>
      </div>
    </div>
    <footer part="footer"><button type="button" class="primary" @click=${m.close}>${s.close}</button></footer>`;
}

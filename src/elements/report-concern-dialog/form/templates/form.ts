/** The form itself, while it is being filled in and while it sends. */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { adviceOf, introOf } from '../messages.js';
import { hasValues } from '../values.js';
import { blockTemplate, categoriesTemplate, detailsTemplate, incidentTemplate, urgentTemplate } from './fields.js';
import type { Model } from './model.js';
import { screenshotsTemplate } from './screenshots.js';
import { text } from './text.js';

export function formTemplate(m: Model): TemplateResult {
  const { s, subject } = m;
  const sending = m.view.kind === 'sending' ? 'true' : 'false';
  const isUser = subject.kind === 'user';
  const excerpt = isUser ? undefined : subject.excerpt;
  const advice = adviceOf(s, m.values.category, isUser);
  return html`<form class="form" novalidate @submit=${m.onSubmit}>
    <div class="body" part="body" aria-busy=${sending}>
      ${m.followUp}
      <p id="intro">${text(introOf(s, subject))}</p>
      ${excerpt
        ? html`<figure class="excerpt">
            <figcaption class="hint">${s.excerptLabel}</figcaption>
            <blockquote dir="auto">${excerpt}</blockquote>
          </figure>`
        : nothing}
      ${categoriesTemplate(m)}
      ${advice ? html`<p class="advice" id="${m.values.category}-advice" part="advice">${advice}</p>` : nothing}
      ${m.notice?.fields(m) ?? detailsTemplate(m)} ${isUser ? incidentTemplate(m) : nothing} ${screenshotsTemplate(m)}
      ${isUser ? blockTemplate(m) : nothing} ${urgentTemplate(m)}
      ${m.config.honeypot ? m.friction?.honeypotField(m.onHoneypot) : nothing}
      <div class="status ${m.problem ? 'problem' : ''}" part="status" role="alert" tabindex="-1">${text(m.problem)}</div>
      ${m.upload ? m.evidence.work?.uploadTemplate(m) : nothing}
    </div>
    <footer part="footer">
      ${hasValues(m.values)
        ? html`<button type="button" class="secondary discard" part="discard-draft-button" @click=${m.discardDraft}>${s.discardDraft}</button>`
        : nothing}
      <button type="button" class="secondary" part="cancel-button" @click=${m.close}>${s.cancel}</button>
      <button type="submit" class="primary" part="submit-button" aria-disabled=${sending}>${s.submit}</button>
    </footer>
  </form>`;
}

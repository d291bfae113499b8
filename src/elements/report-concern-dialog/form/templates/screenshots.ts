/**
 * The screenshots control, in the form's language and style: a drop zone
 * with an "Add screenshots" button and, where capture can work, "Capture
 * this page" (its code loads when pressed: evidence/capture.ts). "Add
 * screenshots" is the label of the native file input, which stays the
 * accessible way in (Tab reaches it, a screen reader names it, Space or
 * Enter opens the picker) while hidden from sight, so the browser's
 * "Choose Files / No file chosen" never shows. The list of screenshots
 * comes with the screenshots' chunk (screenshot-list.ts); should that chunk
 * not have loaded (offline), a hint names them instead.
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { canCapture } from '../../../../evidence/can-capture.js';
import { IMAGE_TYPES, LIMITS } from '../../../../report/limits.js';
import type { Model } from './model.js';
import { text } from './text.js';

const ACCEPT = IMAGE_TYPES.join(',');

export function screenshotsTemplate(m: Model): TemplateResult {
  const { s, evidence } = m;
  const shots = m.values.shots;
  const full = shots.length >= LIMITS.screenshotsMax;
  // While sending, the screenshots are what is being sent: none is added, removed or redacted.
  const busy = m.view.kind !== 'editing';
  const error = m.errors.screenshots;
  const messages = error ? [...evidence.messages, error] : evidence.messages;
  return html`<div class="screenshots">
    <div class="drop-zone" part="drop-zone" ?data-active=${evidence.dragging}>
      <div class="pickers">
        <input id="files" class="file-input" type="file" accept=${ACCEPT} multiple ?disabled=${full || busy}
          aria-invalid=${error ? 'true' : 'false'} aria-describedby="files-hint${messages.length ? ' files-error' : ''}"
          @change=${evidence.onChosen} />
        <label class="secondary pick" for="files" part="screenshots-button"><span aria-hidden="true">+</span>${s.screenshotsLabel}</label>
        ${canCapture()
          ? html`<button type="button" class="secondary capture" part="capture-button" ?disabled=${full || busy} @click=${evidence.capture}>${s.evidence.capture}</button>`
          : nothing}
      </div>
      <p class="hint" id="files-hint">${evidence.dragging ? s.evidence.dropHere : s.screenshotsHint(LIMITS.screenshotsMax)}</p>
    </div>
    ${shots.length ? (evidence.work?.listTemplate(m, busy) ?? html`<p class="hint">${shots.map((x) => html`<bdi>${x.prepared.sourceName}</bdi> `)}</p>`) : nothing}
    <div class="error" id="files-error" role="alert">${messages.map((message) => html`<p>${text(message)}</p>`)}</div>
  </div>`;
}

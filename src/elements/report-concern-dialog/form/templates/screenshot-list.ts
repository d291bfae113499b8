/**
 * The screenshots once there are some: their thumbnails with "Hide parts"
 * and "Remove", the upload's bar with Stop, their English words
 * (i18n/en-screenshots.ts) and their styles. None of it shows in a report
 * without screenshots, so it ships in the screenshots' chunk
 * (evidence-work.ts), which loads with the first file, or before the form
 * shows a draft or a refused report that has some (controllers/evidence.ts
 * `shown`), so a thumbnail never appears late.
 */
import { css } from '@lit/reactive-element';
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { withScreenshotWords } from '../../../../i18n/en-screenshots.js';
import type { Model } from './model.js';

export function listTemplate(m: Model, busy: boolean): TemplateResult {
  const { evidence } = m;
  const s = withScreenshotWords(m.s);
  return html`<ul class="files">
    ${m.values.shots.map(
      (shot, i) => html`<li>
        <img src=${shot.url} alt="" />
        <bdi class="name">${shot.prepared.sourceName}</bdi>
        <button type="button" class="secondary redact" aria-label=${s.evidence.redact(shot.prepared.sourceName)}
          ?disabled=${busy} @click=${() => evidence.redact(shot)}>${s.evidence.hideParts}</button>
        <button type="button" class="icon-button remove" aria-label=${s.removeScreenshot(shot.prepared.sourceName)}
          ?disabled=${busy} @click=${() => evidence.remove(shot, i)}><span aria-hidden="true">×</span></button>
      </li>`,
    )}
  </ul>`;
}

/** While a report with screenshots uploads: the bar, and Stop until the whole body has left. */
export function uploadTemplate(m: Model): TemplateResult | typeof nothing {
  const up = m.upload;
  if (!up) return nothing;
  const e = withScreenshotWords(m.s).evidence;
  return html`<div class="upload" part="upload">
    <progress max="100" .value=${up.percent} aria-label=${e.progressLabel}></progress>
    <span class="hint">${e.uploading(up.percent)}</span>
    ${up.sent ? nothing : html`<button type="button" class="secondary" part="stop-button" @click=${m.stopUpload}>${e.stop}</button>`}
  </div>`;
}

const listStyles = css`
  .files {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .files li {
    display: grid;
    grid-template-columns: 64px auto auto;
    align-items: center;
    gap: 0.5em;
    padding: 0.25em;
    border: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
    border-radius: var(--_radius);
    max-inline-size: 100%;
  }
  .files img {
    inline-size: 64px;
    block-size: 48px;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_soft);
  }
  .files .redact {
    grid-row: 2;
    grid-column: 1 / -1;
    font-size: 0.8em;
  }
  .files .name {
    font-size: 0.8em;
    overflow-wrap: anywhere;
  }
  .upload {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
  }
  .upload progress {
    flex: 1 1 10em;
    min-inline-size: 0;
    accent-color: var(--_accent);
  }
`;

/** Adopted by the dialog's shadow root once, after the form's own styles (a constructed sheet: nothing for a strict CSP to refuse). */
export function adoptListStyles(root: ShadowRoot): void {
  const sheet = listStyles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

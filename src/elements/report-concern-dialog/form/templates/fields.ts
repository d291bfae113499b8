/**
 * The form's questions: the category, the details, where it happened, the
 * evidence in words, and the two ticks. Fields are bound without Lit's
 * `live()`: every input and change event sets the value and re-renders at
 * once, so what Lit last set is always what the field holds.
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { PLACES } from '../../../../report/categories.js';
import { LIMITS } from '../../../../report/limits.js';
import { codePointLength } from '../../../../report/text.js';
import { webUrl } from '../../../../internal/web-url.js';
import { placeNeedsDetail, type Values } from '../values.js';
import type { Model } from './model.js';
import { text } from './text.js';

type TextField = 'details' | 'placeDetail' | 'links' | 'messageText';

const valueOf = (e: Event) => (e.target as HTMLInputElement).value;
const checkedOf = (e: Event) => (e.target as HTMLInputElement).checked;
const invalid = (error: string | undefined) => (error ? 'true' : 'false');
const errorLine = (id: string, error: string | undefined) => html`<p class="error" id="${id}-error">${text(error)}</p>`;

/** `illegal` is offered only once the notice mode has added its words, so every category offered has a label. */
export function categoriesTemplate(m: Model): TemplateResult {
  const { s, errors } = m;
  const error = errors.category;
  // English help texts come in when a popover opens (controllers/help.ts): until then a popover is empty and hidden.
  return html`<fieldset aria-describedby=${error ? 'category-error' : nothing}>
    <legend>${s.categoryLegend}</legend>
    <div class="options">
      ${m.categories.map(
        (c) => html`<div class="option">
          <input type="radio" name="category" id="category-${c}" value=${c} required aria-invalid=${invalid(error)}
            .checked=${m.values.category === c} @change=${() => m.onCategory(c)} />
          <label for="category-${c}">${s.categories[c]}</label>
          <button type="button" class="icon-button help-button" popovertarget="help-${c}" aria-label=${s.aboutCategory(s.categories[c]!)}>?</button>
          <div id="help-${c}" class="popover" popover="auto" @toggle=${(e: ToggleEvent) => m.onHelpToggle(e, c)}>${s.categoryHelp?.[c]}</div>
        </div>`,
      )}
    </div>
    ${errorLine('category', error)}
  </fieldset>`;
}

export function detailsTemplate(m: Model): TemplateResult {
  const s = m.s;
  const count = codePointLength(m.values.details);
  const required = m.values.category === 'other';
  return html`<div>
    <label class="label" for="details">${s.detailsLabel}</label>
    <p class="hint" id="details-hint">${required ? s.detailsHintOther(LIMITS.detailsMinOther) : s.detailsHint}</p>
    ${field(m, 'details', 4, 'details-hint details-counter', required)}
    <div class="counter" id="details-counter" ?data-over=${count > LIMITS.detailsMax}>${s.counter(count, LIMITS.detailsMax)}</div>
    ${errorLine('details', m.errors.details)}
  </div>`;
}

/**
 * A text field: people's text, so `dir="auto"` (an English message pasted
 * into an Arabic form reads left to right). `rows` 0 is a one-line input.
 */
function field(m: Model, name: TextField, rows: number, describedBy: string, required = false): TemplateResult {
  const error = m.errors[name];
  const ids = `${describedBy}${error ? ` ${name}-error` : ''}`.trim() || nothing;
  const set = (e: Event) => m.set(name, valueOf(e));
  return rows
    ? html`<textarea id=${name} name=${name} rows=${rows} dir="auto" ?required=${required} aria-invalid=${invalid(error)}
        aria-describedby=${ids} .value=${m.values[name]} @input=${set}></textarea>`
    : html`<input type="text" id=${name} dir="auto" aria-invalid=${invalid(error)} aria-describedby=${ids}
        .value=${m.values[name]} @input=${set} />`;
}

function labelled(m: Model, name: TextField, label: string, hint: string | undefined, rows: number): TemplateResult {
  return html`<div>
    <label class="label" for=${name}>${label}</label>
    ${hint ? html`<p class="hint" id="${name}-hint">${hint}</p>` : nothing}
    ${field(m, name, rows, hint ? `${name}-hint` : '')}
    ${errorLine(name, m.errors[name])}
  </div>`;
}

export function incidentTemplate(m: Model): TemplateResult {
  const { s, values } = m;
  const error = m.errors.place;
  return html`<fieldset aria-describedby=${error ? 'place-error' : nothing}>
      <legend>${s.placeLegend}</legend>
      <div class="options">
        ${PLACES.map(
          (p) => html`<div class="option">
            <input type="radio" name="place" id="place-${p}" value=${p} required aria-invalid=${invalid(error)}
              .checked=${values.place === p} @change=${() => m.set('place', p)} />
            <label for="place-${p}">${s.places[p]}</label>
          </div>`,
        )}
      </div>
      ${errorLine('place', error)}
    </fieldset>
    ${placeNeedsDetail(values.place) ? labelled(m, 'placeDetail', s.placeDetailLabel, undefined, 0) : nothing}
    ${labelled(m, 'links', s.linksLabel, s.linksHint(LIMITS.linksMax), 3)}
    ${labelled(m, 'messageText', s.messageTextLabel, s.messageTextHint, 4)}`;
}

function tick(m: Model, name: 'block' | 'urgent', label: string, hint?: string, controls?: string): TemplateResult {
  return html`<div class="check">
    <input id=${name} type="checkbox" .checked=${m.values[name] as Values['block']} aria-describedby=${hint ? `${name}-hint` : nothing}
      aria-controls=${controls ?? nothing} @change=${(e: Event) => m.set(name, checkedOf(e))} />
    <div>
      <label for=${name}>${label}</label>
      ${hint ? html`<div class="hint" id="${name}-hint">${hint}</div>` : nothing}
    </div>
  </div>`;
}

export function blockTemplate(m: Model): TemplateResult {
  return tick(m, 'block', m.s.blockLabel, m.s.blockHint);
}

export function urgentTemplate(m: Model): TemplateResult {
  const { s, config } = m;
  const urgent = m.values.urgent;
  const helpUrl = webUrl(config.helpUrl);
  return html`${tick(m, 'urgent', s.urgentLabel, undefined, urgent ? 'urgent-help' : undefined)}
    ${urgent
      ? html`<div class="urgent-help" id="urgent-help">
          <p dir="auto">${config.helpText || s.urgentHelp}</p>
          ${helpUrl ? html`<p><a href=${helpUrl} target="_blank" rel="noopener noreferrer">${s.urgentHelpLink}</a></p>` : nothing}
        </div>`
      : nothing}`;
}

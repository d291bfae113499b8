/**
 * The notice's questions (docs/PROTOCOL.md §8), shown in place of the
 * details box while `illegal` is chosen: which law, the law or rule in the
 * reporter's words, why it is illegal, where it is, who sends it, and the
 * statement of good faith. Built from the form's own classes (styles.ts
 * adds two rules). Each error sits under its field (`notice-law-error`),
 * and is kept by the field's path in the report (`notice.law`), as a
 * receiver names it.
 */
import type { TemplateResult } from 'lit/html.js';
import { ANONYMOUS_GROUND, GROUNDS, NOTICE_LIMITS } from '../../../../report/notice.js';
import { LIMITS } from '../../../../report/limits.js';
import { codePointLength } from '../../../../report/text.js';
import type { NoticeStrings } from '../../../../i18n/notice/strings.js';
import type { Model } from '../templates/model.js';
import type { Field } from '../values.js';
import { kit } from './kit.js';
import { noticeValuesOf, subjectUrl, type NoticeValues } from './values.js';

type Text = 'law' | 'name' | 'email';

const FIELD_OF: Record<Text | 'locations' | 'ground' | 'goodFaith', Field> = {
  ground: 'notice.ground',
  law: 'notice.law',
  locations: 'notice.locations',
  name: 'notice.notifier.name',
  email: 'notice.notifier.email',
  goodFaith: 'notice.goodFaith',
};

const invalid = (error: string | undefined) => (error ? 'true' : 'false');
/** Ids of elements that say more about a field, joined for `aria-describedby`. */
const ids = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(' ') || kit.nothing;
const errorLine = (id: string, error: string | undefined) => kit.html`<p class="error" id="${id}-error">${kit.text(error)}</p>`;

/** One notice answer changed: kept in the form's values, its field's error cleared. */
function setter(m: Model, v: NoticeValues) {
  return <K extends keyof NoticeValues>(key: K, value: NoticeValues[K]) =>
    m.set('notice', { ...v, [key]: value }, FIELD_OF[key as keyof typeof FIELD_OF]);
}

/** A text answer; `rows` 0 is a one-line input. `required` is said to assistive technology; the rules check it. */
function textField(m: Model, v: NoticeValues, key: Text, label: string, hint: string | undefined, required: boolean, rows = 0): TemplateResult {
  const { html, nothing } = kit;
  const field = FIELD_OF[key];
  const error = m.errors[field];
  const id = `notice-${key}`;
  const described = ids(hint && `${id}-hint`, error && `${id}-error`);
  const set = setter(m, v);
  const onInput = (e: Event) => set(key, (e.target as HTMLInputElement).value);
  const email = key === 'email';
  return html`<div>
    <label class="label" for=${id}>${label}</label>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${rows
      ? html`<textarea id=${id} rows=${rows} dir="auto" ?required=${required} aria-invalid=${invalid(error)} aria-describedby=${described}
          .value=${v[key]} @input=${onInput}></textarea>`
      : html`<input type="text" id=${id} dir="auto" autocomplete=${email ? 'email' : 'name'} inputmode=${email ? 'email' : nothing}
          spellcheck=${email ? 'false' : nothing} ?required=${required} aria-invalid=${invalid(error)} aria-describedby=${described}
          .value=${v[key]} @input=${onInput} />`}
    ${errorLine(id, error)}
  </div>`;
}

function groundsTemplate(m: Model, v: NoticeValues, n: NoticeStrings): TemplateResult {
  const { html, nothing } = kit;
  const error = m.errors['notice.ground'];
  const set = setter(m, v);
  return html`<fieldset aria-describedby=${error ? 'notice-ground-error' : nothing}>
    <legend>${n.groundLegend}</legend>
    <div class="options">
      ${GROUNDS.map(
        (g) => html`<div class="option">
          <input type="radio" name="ground" id="ground-${g}" value=${g} required aria-invalid=${invalid(error)}
            .checked=${v.ground === g} @change=${() => set('ground', g)} />
          <label for="ground-${g}">${n.grounds[g]}</label>
        </div>`,
      )}
    </div>
    ${errorLine('notice-ground', error)}
  </fieldset>`;
}

/** Why it is illegal: the report's details, required and at least 20 code points here. */
function detailsTemplate(m: Model, n: NoticeStrings): TemplateResult {
  const { html } = kit;
  const s = m.s;
  const count = codePointLength(m.values.details);
  const error = m.errors.details;
  return html`<div>
    <label class="label" for="details">${n.detailsLabel}</label>
    <p class="hint" id="details-hint">${n.detailsHint(NOTICE_LIMITS.detailsMin)}</p>
    <textarea id="details" name="details" rows="4" dir="auto" required aria-invalid=${invalid(error)}
      aria-describedby=${ids('details-hint details-counter', error && 'details-error')} .value=${m.values.details}
      @input=${(e: Event) => m.set('details', (e.target as HTMLTextAreaElement).value)}></textarea>
    <div class="counter" id="details-counter" ?data-over=${count > LIMITS.detailsMax}>${s.counter(count, LIMITS.detailsMax)}</div>
    ${errorLine('details', error)}
  </div>`;
}

/** Where it is: the subject's own address, always sent first, then the other addresses typed. */
function locationsTemplate(m: Model, v: NoticeValues, n: NoticeStrings): TemplateResult {
  const { html } = kit;
  const error = m.errors['notice.locations'];
  const set = setter(m, v);
  return html`<div class="locations">
    <label class="label" for="notice-locations">${n.locationsLabel}</label>
    <figure class="excerpt">
      <figcaption class="hint">${n.locationsIncluded}</figcaption>
      <blockquote dir="ltr"><bdi>${subjectUrl(m.subject)}</bdi></blockquote>
    </figure>
    <p class="hint" id="notice-locations-hint">${n.locationsHint(NOTICE_LIMITS.locationsMax - 1)}</p>
    <textarea id="notice-locations" rows="3" dir="ltr" aria-invalid=${invalid(error)}
      aria-describedby=${ids('notice-locations-hint', error && 'notice-locations-error')} .value=${v.locations}
      @input=${(e: Event) => set('locations', (e.target as HTMLTextAreaElement).value)}></textarea>
    ${errorLine('notice-locations', error)}
  </div>`;
}

function notifierTemplate(m: Model, v: NoticeValues, n: NoticeStrings): TemplateResult {
  const { html } = kit;
  const anonymous = v.ground === ANONYMOUS_GROUND;
  return html`<fieldset class="notifier" aria-describedby="notifier-hint">
    <legend>${n.notifierLegend}</legend>
    <p class="hint" id="notifier-hint">${anonymous ? n.anonymousHint : n.notifierHint}</p>
    ${textField(m, v, 'name', n.nameLabel, undefined, !anonymous)} ${textField(m, v, 'email', n.emailLabel, undefined, !anonymous)}
  </fieldset>`;
}

function goodFaithTemplate(m: Model, v: NoticeValues, n: NoticeStrings): TemplateResult {
  const { html, nothing } = kit;
  const error = m.errors['notice.goodFaith'];
  const set = setter(m, v);
  return html`<div>
    <div class="check">
      <input id="notice-goodFaith" type="checkbox" required aria-invalid=${invalid(error)}
        aria-describedby=${error ? 'notice-goodFaith-error' : nothing} .checked=${v.goodFaith}
        @change=${(e: Event) => set('goodFaith', (e.target as HTMLInputElement).checked)} />
      <div><label for="notice-goodFaith">${n.goodFaithLabel}</label></div>
    </div>
    ${errorLine('notice-goodFaith', error)}
  </div>`;
}

export function noticeFields(m: Model): TemplateResult {
  const { html } = kit;
  const n = m.s.notice!;
  const v = noticeValuesOf(m.values.notice, m.subject, m.config);
  return html`<p class="advice" id="illegal-advice" part="advice">${n.intro}</p>
    ${groundsTemplate(m, v, n)} ${textField(m, v, 'law', n.lawLabel, n.lawHint(NOTICE_LIMITS.lawMax), true, 2)}
    ${detailsTemplate(m, n)} ${locationsTemplate(m, v, n)} ${notifierTemplate(m, v, n)} ${goodFaithTemplate(m, v, n)}`;
}

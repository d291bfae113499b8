/**
 * What the form asks of its notice mode (docs/PROTOCOL.md §8), which loads
 * only when the page config says `legalNotices: true`. Types only, so
 * nothing of it reaches the form's chunk.
 */
import type { html, nothing, TemplateResult } from 'lit/html.js';
import type { PartialConfig } from '../../../../config.js';
import type { Strings } from '../../../../i18n/strings.js';
import type { Notice } from '../../../../report/notice.js';
import type { Subject } from '../../../../report/schema.js';
import type { Model } from '../templates/model.js';
import type { View } from '../machine.js';
import type { FieldErrors, Values } from '../values.js';
import type { text } from '../templates/text.js';

/**
 * Lit's `html` and `nothing` and the form's `text()`, handed over by the
 * form rather than imported: a module with side effects (lit-html) reached
 * from two lazy chunks is split by the bundler into a third, which every
 * report would then fetch. Handed over, lit-html stays in the form's chunk.
 */
export interface Kit {
  html: typeof html;
  nothing: typeof nothing;
  text: typeof text;
  /** The dialog's shadow root, which adopts the notice's few styles. */
  root: ShadowRoot;
}

/** What the notice mode reads of the form. */
export interface NoticeInput {
  values: Values;
  subject: Subject;
  config: PartialConfig;
  s: Strings;
}

export interface NoticeMode {
  /** The form's strings with the category `illegal` and the notice's own texts (`notice`) added. */
  strings(s: Strings): Strings;
  /** The notice's questions, in place of the details box, while `illegal` is chosen; undefined otherwise. */
  fields(m: Model): TemplateResult | undefined;
  /** What the notice's rules (report/notice.ts) refuse, worded by field; empty in other categories. */
  validate(input: NoticeInput): FieldErrors;
  /** The `notice` to send: undefined in other categories. */
  notice(input: NoticeInput): Notice | undefined;
  /** The thank-you for a delivered notice, the confirmation of receipt; undefined for any other report. */
  thanks(m: Model, view: Extract<View, { kind: 'thanks' }>): TemplateResult | undefined;
}

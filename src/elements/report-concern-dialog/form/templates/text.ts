import { html, type TemplateResult } from 'lit/html.js';
import { isolates } from '../messages.js';

/**
 * A sentence of the form with the people's text in it (names, file names,
 * links, a receiver's words) each in a `<bdi>`: it keeps its own direction,
 * and the form's punctuation never joins it.
 */
export function text(sentence: string | undefined): (string | TemplateResult)[] {
  return isolates(sentence ?? '').map((part, i) => (i % 2 ? html`<bdi>${part}</bdi>` : part));
}

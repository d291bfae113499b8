/**
 * What the delivery tests share (delivery.test.ts, delivery-answers.test.ts):
 * a Flag button posting to a test endpoint, a spam report filled in, and
 * the text of the mark beside a button.
 */
import { fixture, html } from '@open-wc/testing';
import { chooseCategory, typeInto } from './dom.js';
import { configure } from '../../src/config.js';
import type { FlagButton } from '../../src/elements/flag-button/flag-button.js';

export async function flagButton(endpoint: string): Promise<FlagButton> {
  configure({ endpoint });
  const wrap = await fixture(html`<div lang="en">
    <flag-button content-id="n-31" content-type="notebook" author-id="u-77" excerpt="Pay me via bank transfer"></flag-button>
  </div>`);
  return wrap.querySelector('flag-button')!;
}

export async function fillSpam(details = 'Keeps posting links to an essay shop'): Promise<void> {
  await chooseCategory('spam');
  await typeInto('#details', details);
}

export function innerMark(el: HTMLElement): string {
  return el.shadowRoot?.querySelector('.mark')?.textContent?.trim() ?? '';
}

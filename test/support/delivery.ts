/**
 * What the delivery tests share (delivery.test.ts, delivery-answers.test.ts):
 * a Flag button posting to a test endpoint, a spam report filled in, a
 * saved report left to the outbox, and the text of the mark beside a button.
 */
import { fixture, html, oneEvent } from '@open-wc/testing';
import { chooseCategory, inDialog, statusText, typeInto, waitFor } from './dom.js';
import { readLog } from './endpoint.js';
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

/** Waits for the form to say the report is saved on this device, then closes the dialog with Close. */
export async function closeOnceSaved(el: HTMLElement): Promise<void> {
  await waitFor(() => statusText().includes('Saved on this device'), 'the saved message');
  const closed = oneEvent(el, 'report-close');
  inDialog<HTMLButtonElement>('[part="close-button"]').click();
  await closed;
}

/** The endpoint's log once it holds `count` requests, or as it is after 5 s (the outbox sends on its own). */
export async function logOnceItHolds(bucket: string, count: number): Promise<Awaited<ReturnType<typeof readLog>>> {
  let log = await readLog(bucket);
  for (let i = 0; i < 50 && log.length < count; i++) {
    await new Promise((r) => setTimeout(r, 100));
    log = await readLog(bucket);
  }
  return log;
}

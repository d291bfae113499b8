/**
 * A button prepares the form when the pointer moves onto it or it takes
 * focus: the form loads and renders, the dialog still closed, so the click
 * only opens it. Whatever it was prepared for, the form that opens is the
 * one for the button clicked, as the page is configured at that moment, and
 * a report about the subject still waiting in the outbox still shows.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  chooseCategory,
  inDialog,
  innerButton,
  maybeInDialog,
  nativeDialog,
  openFrom,
  resetPage,
  statusText,
  typeInto,
  waitFor,
} from '../support/dom.js';
import { bucketUrl, queueFaults, uniqueBucket } from '../support/endpoint.js';
import { queueWaiting } from '../support/waiting.js';
import { configure } from '../../src/config.js';
import type { FlagButton } from '../../src/elements/flag-button/flag-button.js';

async function twoButtons(): Promise<[FlagButton, FlagButton]> {
  const wrap = await fixture(html`<div lang="en">
    <flag-button content-id="p-1" content-type="answer" excerpt="First answer" locale="de"></flag-button>
    <flag-button content-id="p-2" content-type="comment" excerpt="Second comment"></flag-button>
  </div>`);
  const [a, b] = wrap.querySelectorAll('flag-button');
  return [a, b];
}

/** Focuses the button and waits until the closed dialog holds the form for `excerpt`. */
async function prepareFor(button: FlagButton, excerpt: string): Promise<void> {
  innerButton(button).focus();
  await waitFor(() => maybeInDialog('blockquote')?.textContent === excerpt, `the form prepared for "${excerpt}"`);
  expect(nativeDialog().open, 'still closed').to.equal(false);
}

const offered = () => [...nativeDialog().querySelectorAll<HTMLInputElement>('input[name="category"]')].map((r) => r.value);

describe('a form prepared before the click', () => {
  let endpoint: string;
  beforeEach(() => {
    endpoint = bucketUrl(uniqueBucket());
    configure({ endpoint });
  });
  afterEach(resetPage);

  it('renders while the dialog stays closed and nothing is announced', async () => {
    const [a] = await twoButtons();
    let opened = 0;
    a.addEventListener('report-open', () => opened++);
    innerButton(a).focus();
    await waitFor(() => maybeInDialog('dialog')?.lang === 'de', 'the form prepared in German');
    expect(nativeDialog().open).to.equal(false);
    expect(opened).to.equal(0);
    expect(document.activeElement).to.equal(a);
  });

  it('opens for the button clicked, in its language, with the categories configured now', async () => {
    const [a, b] = await twoButtons();
    await prepareFor(a, 'First answer');
    expect(nativeDialog().lang).to.equal('de');
    configure({ endpoint, categories: ['spam', 'other'] });
    await openFrom(b);
    expect(inDialog('blockquote').textContent).to.equal('Second comment');
    expect(nativeDialog().lang).to.equal('en');
    expect(inDialog('#intro').textContent).to.contain('this comment');
    expect(offered()).to.deep.equal(['spam', 'other']);
    const submitted = new Promise<string>((resolve) =>
      b.addEventListener('report-submit', (e) => {
        e.preventDefault();
        const { subject } = e.detail.report;
        resolve(subject.kind === 'content' ? subject.contentId : subject.userId);
      }),
    );
    await chooseCategory('spam');
    inDialog<HTMLButtonElement>('button[type="submit"]').click();
    expect(await submitted, 'the report is about the button clicked').to.equal('p-2');
  });

  it('opens with the draft of the button clicked, not of the one prepared', async () => {
    const [a, b] = await twoButtons();
    await openFrom(b);
    await chooseCategory('harassment');
    await typeInto('#details', 'Typed about the comment');
    nativeDialog().close();
    await waitFor(() => !theDialogIsOpen(), 'the dialog to close');
    await prepareFor(a, 'First answer');
    expect(inDialog<HTMLTextAreaElement>('#details').value).to.equal('');
    await openFrom(b);
    expect(inDialog<HTMLTextAreaElement>('#details').value).to.equal('Typed about the comment');
    expect(inDialog<HTMLInputElement>('input[value="harassment"]').checked).to.equal(true);
  });

  it('still shows the report about the subject waiting in the outbox', async () => {
    const [, b] = await twoButtons();
    await prepareFor(b, 'Second comment');
    await queueWaiting('content:comment:p-2', endpoint);
    await openFrom(b);
    await waitFor(() => maybeInDialog('.queued'), 'the waiting report');
    expect(statusText()).to.contain('Saved on this device');
  });

  it('leaves a report being tried again to settle on its button when the dialog closes and focus returns', async () => {
    const [, b] = await twoButtons();
    const bucket = uniqueBucket();
    configure({ endpoint: bucketUrl(bucket) });
    // Refused for now, then slow: "Try again now" is still waiting when the dialog closes.
    await queueFaults(bucket, [{ status: 503, headers: { 'Retry-After': '60' } }, { delayMs: 800 }]);
    await openFrom(b);
    await chooseCategory('spam');
    inDialog<HTMLButtonElement>('button[type="submit"]').click();
    await waitFor(() => statusText().includes('Saved on this device'), 'the saved message');
    const success = oneEvent(b, 'report-success');
    inDialog<HTMLButtonElement>('[part="retry-button"]').click();
    inDialog<HTMLButtonElement>('[part="close-button"]').click();
    await waitFor(() => b.shadowRoot!.activeElement, 'focus back on the button');
    await success;
    await waitFor(() => b.shadowRoot!.querySelector('[part="mark"]')?.textContent === 'Reported', 'the mark');
  });
});

function theDialogIsOpen(): boolean {
  return document.querySelector('report-concern-dialog')?.isOpen ?? false;
}

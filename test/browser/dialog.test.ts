import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import {
  chooseCategory,
  choosePlace,
  inDialog,
  maybeInDialog,
  nativeDialog,
  openFrom,
  resetPage,
  settle,
  submit,
  theDialog,
  typeInto,
  waitFor,
} from '../support/dom.js';
import { configure } from '../../src/config.js';
import type { FlagButton } from '../../src/elements/flag-button/flag-button.js';

async function flagged(attrs = ''): Promise<FlagButton> {
  const wrap = await fixture(html`<div></div>`);
  wrap.innerHTML = `<flag-button content-id="q1-a2" content-type="answer" excerpt="Buy cheap followers now" ${attrs}></flag-button>`;
  const el = wrap.querySelector('flag-button') as FlagButton;
  await el.updateComplete;
  return el;
}

describe('<report-concern-dialog>', () => {
  afterEach(async () => {
    await resetPage();
    await setViewport({ width: 800, height: 600 });
  });

  it('is a modal dialog named "Report Concern" opened with showModal()', async () => {
    await openFrom(await flagged());
    const dialog = nativeDialog();
    expect(dialog.matches(':modal')).to.equal(true);
    const title = inDialog(`#${dialog.getAttribute('aria-labelledby')}`);
    expect(title.textContent?.trim()).to.equal('Report Concern');
    expect(inDialog('button[aria-label="Close"]')).to.exist;
    expect(inDialog('blockquote').textContent).to.equal('Buy cheap followers now');
    await expect(theDialog()).shadowDom.to.be.accessible();
  });

  it('asks "What\'s the problem?" with every category and nothing preselected', async () => {
    await openFrom(await flagged());
    expect(inDialog('fieldset legend').textContent?.trim()).to.equal("What's the problem?");
    const radios = [...theDialog().shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="category"]')];
    expect(radios.map((r) => r.value)).to.deep.equal([
      'spam', 'sexual', 'hate', 'scam', 'harassment', 'religious-political', 'other',
    ]);
    expect(radios.map((r) => r.labels![0].textContent?.trim())).to.deep.equal([
      'Commercial spam',
      'Sexual or inappropriate comments',
      'Hate speech or threats',
      'Scams, phishing or fraud',
      'Bullying or harassment',
      'Overtly religious or political posts',
      'Something else',
    ]);
    expect(radios.some((r) => r.checked)).to.equal(false);
    expect(radios.every((r) => r.required)).to.equal(true);
    expect(document.activeElement).to.equal(theDialog());
    expect(theDialog().shadowRoot!.activeElement).to.equal(radios[0]);
  });

  it('offers the categories given on the dialog, in that order', async () => {
    const wrap = await fixture(html`<div>
      <report-concern-dialog categories="scam, spam,bogus"></report-concern-dialog>
      <flag-button content-id="x"></flag-button>
    </div>`);
    await openFrom(wrap.querySelector('flag-button')!);
    const values = [...theDialog().shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="category"]')].map(
      (r) => r.value,
    );
    expect(values).to.deep.equal(['scam', 'spam']);
  });

  it('takes categories from the page config when the dialog names none', async () => {
    configure({ categories: ['harassment', 'other'] });
    await openFrom(await flagged());
    const values = [...theDialog().shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="category"]')].map(
      (r) => r.value,
    );
    expect(values).to.deep.equal(['harassment', 'other']);
  });

  it('counts Details in code points of the trimmed text, with a visible counter', async () => {
    await openFrom(await flagged());
    await typeInto('#details', '  😀😀😀  ');
    expect(inDialog('#details-counter').textContent?.trim()).to.equal('3 / 2000');
    const textarea = inDialog<HTMLTextAreaElement>('#details');
    expect(textarea.maxLength).to.equal(-1);
    expect(textarea.getAttribute('aria-describedby')).to.contain('details-counter');
  });

  it('refuses more than 2000 code points, but allows 2000 emoji (4000 UTF-16 units)', async () => {
    await openFrom(await flagged());
    await chooseCategory('spam');
    await typeInto('#details', '😀'.repeat(2001));
    expect(inDialog('#details-counter').hasAttribute('data-over')).to.equal(true);
    await submit();
    await waitFor(() => inDialog('#details-error').textContent?.includes('at most 2000'), 'the length error');
    expect(inDialog('#details').getAttribute('aria-invalid')).to.equal('true');
    expect(inDialog('#details').getAttribute('aria-describedby')).to.contain('details-error');
    await typeInto('#details', '😀'.repeat(2000));
    expect(inDialog('#details-error').textContent).to.equal('');
  });

  it('requires a category, and ties the error to the group', async () => {
    await openFrom(await flagged());
    await submit();
    await waitFor(() => inDialog('#category-error').textContent?.includes('Choose what the problem is'), 'error');
    expect(inDialog('fieldset').getAttribute('aria-describedby')).to.equal('category-error');
    expect(inDialog('.status').textContent).to.contain('Please fix 1 answer');
    expect(theDialog().shadowRoot!.activeElement).to.equal(inDialog('input[name="category"]'));
    await expect(theDialog()).shadowDom.to.be.accessible();
  });

  it('needs at least 10 characters of Details for "Something else"', async () => {
    await openFrom(await flagged());
    await chooseCategory('other');
    await typeInto('#details', 'too short');
    await submit();
    await waitFor(() => inDialog('#details-error').textContent?.includes('at least 10'), 'min length error');
    expect(inDialog<HTMLTextAreaElement>('#details').required).to.equal(true);
  });

  it('shows advice about money and bank details when "scam" is chosen', async () => {
    await openFrom(await flagged());
    expect(maybeInDialog('#scam-advice')).to.equal(null);
    await chooseCategory('scam');
    const advice = inDialog('#scam-advice').textContent!;
    expect(advice).to.contain('Never send money');
    expect(advice).to.contain('bank details');
  });

  it('shows where to get help at once when the reporter feels unsafe', async () => {
    configure({ helpUrl: 'https://help.example.com/safety', helpText: 'Call our safety team: 0800 000 000.' });
    await openFrom(await flagged());
    const box = inDialog<HTMLInputElement>('#urgent');
    expect(box.labels![0].textContent?.trim()).to.equal('I feel unsafe or pressured');
    box.click();
    await settle();
    expect(inDialog('#urgent-help').textContent).to.contain('Call our safety team');
    expect(inDialog<HTMLAnchorElement>('#urgent-help a').href).to.equal('https://help.example.com/safety');
  });

  it('never links a javascript: helpUrl', async () => {
    configure({ helpUrl: 'javascript:alert(1)' });
    await openFrom(await flagged());
    inDialog<HTMLInputElement>('#urgent').click();
    await settle();
    expect(maybeInDialog('#urgent-help a')).to.equal(null);
  });

  it('shows each category\'s help in a popover placed next to its button', async () => {
    await openFrom(await flagged());
    const helpButton = inDialog<HTMLButtonElement>('[popovertarget="help-scam"]');
    expect(helpButton.getAttribute('aria-label')).to.equal('About “Scams, phishing or fraud”');
    helpButton.click();
    const popover = inDialog('#help-scam');
    await waitFor(() => popover.matches(':popover-open') && popover.style.top, 'the popover to be placed');
    // Its English words load with the popover (i18n/en-help.ts), and are in before it shows.
    expect(popover.style.visibility).to.equal('');
    expect(popover.textContent).to.include('Requests for money, payment off the platform');
    const a = helpButton.getBoundingClientRect();
    const p = popover.getBoundingClientRect();
    expect(Math.abs(p.top - a.bottom)).to.be.lessThan(12);
    expect(nativeDialog().open).to.equal(true);
  });

  it('rejects open() with InvalidStateError while open', async () => {
    await openFrom(await flagged());
    let error: unknown;
    try {
      await theDialog().open({ kind: 'content', contentId: 'z', contentType: 'content', url: location.href });
    } catch (e) {
      error = e;
    }
    expect((error as DOMException).name).to.equal('InvalidStateError');
  });

  it('resolves open() with "cancelled" on Cancel and keeps what was typed', async () => {
    const el = await flagged();
    const dialog = document.createElement('report-concern-dialog');
    document.body.append(dialog);
    const result = dialog.open(el.subject!, { trigger: el });
    await waitFor(() => maybeInDialog('dialog[open]'), 'open');
    await chooseCategory('hate');
    await typeInto('#details', 'He threatened me.');
    const closeEvent = oneEvent(el, 'report-close');
    inDialog<HTMLButtonElement>('[part="cancel-button"]').click();
    expect(await result).to.deep.equal({ outcome: 'cancelled', reportId: undefined, reference: undefined });
    expect((await closeEvent).detail.outcome).to.equal('cancelled');
    await openFrom(el);
    expect(inDialog<HTMLTextAreaElement>('#details').value).to.equal('He threatened me.');
    expect(inDialog<HTMLInputElement>('input[value="hate"]').checked).to.equal(true);
  });

  it('keeps the draft in sessionStorage, so a reload loses nothing', async () => {
    const el = await flagged();
    await openFrom(el);
    await chooseCategory('spam');
    await typeInto('#details', 'Selling essays in every answer');
    theDialog().close();
    const stored = Object.keys(sessionStorage).find((k) => k.startsWith('report-concern:draft:'));
    expect(stored).to.exist;
    expect(JSON.parse(sessionStorage.getItem(stored!)!).details).to.equal('Selling essays in every answer');
    expect(Object.keys(localStorage).some((k) => k.startsWith('report-concern:'))).to.equal(false);
    // A fresh dialog (as after a reload) restores it from storage.
    theDialog().remove();
    await openFrom(el);
    expect(inDialog<HTMLTextAreaElement>('#details').value).to.equal('Selling essays in every answer');
  });

  it('keeps Tab inside the dialog, both ways', async () => {
    await openFrom(await flagged());
    const root = theDialog().shadowRoot!;
    // Compared as booleans: a failing assertion about DOM nodes hangs the
    // WebDriver runners while they serialise them.
    const submitButton = inDialog<HTMLButtonElement>('button[type="submit"]');
    submitButton.focus();
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement === inDialog('button[aria-label="Close"]'), `after Tab: ${root.activeElement?.outerHTML.slice(0, 60)}`).to.equal(true);
    await sendKeys({ press: 'Shift+Tab' });
    expect(root.activeElement === submitButton, `after Shift+Tab: ${root.activeElement?.outerHTML.slice(0, 60)}`).to.equal(true);
  });

  it('is centred on wide screens and a sheet across the bottom below 640 px', async () => {
    await setViewport({ width: 1024, height: 768 });
    await openFrom(await flagged());
    let box = nativeDialog().getBoundingClientRect();
    expect(Math.abs(box.left + box.width / 2 - 512)).to.be.lessThan(2);
    expect(box.bottom).to.be.lessThan(768);
    await setViewport({ width: 360, height: 640 });
    await waitFor(() => nativeDialog().getBoundingClientRect().width >= 359, 'the sheet layout');
    box = nativeDialog().getBoundingClientRect();
    expect(Math.round(box.left)).to.equal(0);
    expect(Math.round(box.bottom)).to.equal(640);
    expect(box.height).to.be.at.most(640);
  });

  it('asks where it happened for user reports, with links, message text and blocking', async () => {
    const wrap = await fixture(html`<div><report-user-button user-id="u1" user-name="Sam"></report-user-button></div>`);
    await openFrom(wrap.firstElementChild!);
    expect(inDialog('#intro').textContent).to.contain('Sam');
    const places = [...theDialog().shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="place"]')];
    expect(places.map((p) => p.value)).to.deep.equal(['site', 'messages', 'lesson', 'video-call', 'email', 'elsewhere']);
    expect(places.some((p) => p.checked)).to.equal(false);
    expect(inDialog<HTMLInputElement>('#block').labels![0].textContent?.trim()).to.equal('Also block this user');
    expect(inDialog<HTMLTextAreaElement>('#links')).to.exist;
    expect(inDialog<HTMLTextAreaElement>('#messageText')).to.exist;
    await chooseCategory('harassment');
    await typeInto('#links', 'ftp://nope.example');
    await submit();
    await waitFor(() => inDialog('#place-error').textContent?.includes('Choose where'), 'place error');
    expect(inDialog('#links-error').textContent).to.contain('ftp://nope.example');
    await choosePlace('video-call');
    expect(inDialog('#placeDetail')).to.exist;
    await expect(theDialog()).shadowDom.to.be.accessible();
  });

  it('takes its theme from the button that opened it, not from where it sits', async () => {
    const wrap = await fixture(html`<div lang="en" style="--report-concern-accent: rgb(1, 2, 3)">
      <flag-button content-id="t-1" content-type="answer" theme="dark"></flag-button>
    </div>`);
    const el = wrap.querySelector('flag-button')!;
    await openFrom(el);
    const dialog = nativeDialog();
    expect(getComputedStyle(dialog).getPropertyValue('--report-concern-accent').trim()).to.equal('rgb(1, 2, 3)');
    expect(dialog.dataset.theme).to.equal('dark');
    expect(getComputedStyle(dialog).backgroundColor).to.equal('rgb(30, 30, 30)');
  });
});

/**
 * The dialog against the WAI-ARIA modal dialog pattern and WCAG 2.2 AA: axe
 * in every state (open, errors, sending, saved, thanked) in light, dark and
 * right-to-left; the keyboard alone filing a whole report; small screens,
 * zoom, reduced motion and forced colours.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  animationsDone,
  chooseCategory,
  choosePlace,
  inDialog,
  innerButton,
  makePng,
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
import { bucketUrl, queueFaults, readLog, readStored, uniqueBucket } from '../support/endpoint.js';
import { configure } from '../../src/config.js';

type Look = { name: string; locale: string; colorScheme: 'light' | 'dark'; theme?: 'dark' };
const LOOKS: Look[] = [
  { name: 'light', locale: 'en', colorScheme: 'light' },
  { name: 'dark (system)', locale: 'en', colorScheme: 'dark' },
  { name: 'dark (theme attribute)', locale: 'en', colorScheme: 'light', theme: 'dark' },
  { name: 'right-to-left (Arabic)', locale: 'ar', colorScheme: 'light' },
  { name: 'right-to-left, dark (Hebrew)', locale: 'he', colorScheme: 'dark' },
];

async function userButton(look: Look, bucket: string): Promise<HTMLElement> {
  configure({ endpoint: bucketUrl(bucket), helpUrl: 'https://help.example/now' });
  const wrap = await fixture(html`<div></div>`);
  // Its own member per test: a report a previous test left waiting must not show up here.
  wrap.innerHTML = `<report-user-button user-id="u-${bucket}" user-name="Kim" locale="${look.locale}" ${
    look.theme ? `theme="${look.theme}"` : ''
  }></report-user-button>`;
  return wrap.firstElementChild as HTMLElement;
}

async function fillValid(): Promise<void> {
  await chooseCategory('scam');
  await choosePlace('messages');
  await typeInto('#details', 'Asked me to pay for lessons by bank transfer');
  inDialog<HTMLInputElement>('#block').click();
  inDialog<HTMLInputElement>('#urgent').click();
  await settle();
}

async function axeClean(): Promise<void> {
  await animationsDone(nativeDialog());
  await expect(theDialog()).shadowDom.to.be.accessible();
}

/** Presses Tab until `done()` holds for the focused element inside the dialog, as a person would. */
async function tabUntil(done: (el: Element | null) => boolean, what: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (done(theDialog().shadowRoot!.activeElement)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

describe('accessibility', () => {
  let bucket: string;
  beforeEach(() => {
    bucket = uniqueBucket();
  });
  afterEach(async () => {
    await resetPage();
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const look of LOOKS) {
    describe(`axe finds nothing, ${look.name}`, () => {
      beforeEach(() => emulateMedia({ colorScheme: look.colorScheme }));

      it('open, and with errors', async () => {
        await openFrom(await userButton(look, bucket));
        await axeClean();
        await chooseCategory('other');
        await submit();
        await waitFor(() => inDialog('#place-error').textContent?.trim(), 'the errors');
        await axeClean();
      });

      it('with advice and urgent help, then sending', async () => {
        await queueFaults(bucket, [{ hang: true }]);
        configure({ timeout: 3000 });
        await openFrom(await userButton(look, bucket));
        await fillValid();
        await axeClean();
        await submit();
        await waitFor(() => inDialog('[role="status"][aria-live]').textContent?.trim(), 'the sending announcement');
        expect(inDialog('.body').getAttribute('aria-busy')).to.equal('true');
        await axeClean();
      });

      it('saved on this device', async () => {
        await queueFaults(bucket, [{ status: 503 }]);
        await openFrom(await userButton(look, bucket));
        await fillValid();
        await submit();
        await waitFor(() => maybeInDialog('.queued'), 'the queued state');
        await axeClean();
      });

      it('thanked', async () => {
        await openFrom(await userButton(look, bucket));
        await fillValid();
        await submit();
        await waitFor(() => maybeInDialog('.thanks'), 'the thank-you');
        await axeClean();
      });
    });
  }

  it('follows the system colours unless a theme says otherwise: button, then dialog, then page config', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const surface = async (attrs: string) => {
      const wrap = await fixture(html`<div></div>`);
      wrap.innerHTML = `<flag-button content-id="t-${bucket}" ${attrs}></flag-button>`;
      const el = wrap.firstElementChild!;
      await openFrom(el);
      const color = getComputedStyle(nativeDialog()).backgroundColor;
      const closed = oneEvent(el, 'report-close');
      theDialog().close();
      await closed;
      return color;
    };
    const DARK = 'rgb(30, 30, 30)';
    const LIGHT = 'rgb(255, 255, 255)';
    expect(await surface('')).to.equal(DARK);
    expect(await surface('theme="light"')).to.equal(LIGHT);
    configure({ theme: 'light' });
    expect(await surface('')).to.equal(LIGHT);
    expect(await surface('theme="auto"')).to.equal(DARK);
    theDialog().setAttribute('theme', 'dark');
    await emulateMedia({ colorScheme: 'light' });
    expect(await surface('')).to.equal(DARK);
  });

  it('is named and described, and ties each error to its field and announces it', async () => {
    const el = await userButton(LOOKS[0], bucket);
    await openFrom(el);
    const dialog = nativeDialog();
    const root = theDialog().shadowRoot!;
    expect(root.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).to.equal('Report Concern');
    expect(root.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).to.contain('Kim');
    await typeInto('#links', 'not a link');
    await submit();
    const fieldset = await waitFor(() => inDialog('fieldset[aria-describedby="category-error"]'), 'the category error');
    expect(root.getElementById('category-error')!.textContent).to.equal('Choose what the problem is.');
    expect(inDialog('#links').getAttribute('aria-describedby')).to.contain('links-error');
    expect(inDialog('#links').getAttribute('aria-invalid')).to.equal('true');
    expect(inDialog('.status[role="alert"]').textContent?.trim()).to.equal('Please fix 3 answers below.');
    // Focus goes to the first field in error.
    expect(root.activeElement).to.equal(fieldset.querySelector('input'));
  });

  it('announces sending, then moves focus to the thank-you, and Escape returns focus to the button', async () => {
    await queueFaults(bucket, [{ delayMs: 400 }]);
    const el = await userButton(LOOKS[0], bucket);
    await openFrom(el);
    await fillValid();
    await submit();
    const live = inDialog('[role="status"][aria-live="polite"]');
    await waitFor(() => live.textContent?.includes('Sending your report'), 'the sending announcement');
    const thanks = await waitFor(() => maybeInDialog('.thanks[role="status"]'), 'the thank-you');
    expect(theDialog().shadowRoot!.activeElement).to.equal(thanks);
    expect(thanks.textContent).to.contain('Thank you');
    expect(thanks.textContent).to.contain('You asked to block Kim.');
    expect(thanks.textContent).to.match(/RC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/);
    const closed = oneEvent(el, 'report-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(document.activeElement).to.equal(el);
  });

  it('shows where to get help at once when the reporter feels unsafe', async () => {
    configure({ helpUrl: 'https://help.example/now', helpText: 'Call our safety team on 0800 000 000.' });
    await openFrom(await userButton(LOOKS[0], bucket));
    expect(maybeInDialog('#urgent-help')).to.equal(null);
    inDialog('#urgent').focus();
    // ' ', not 'Space': Playwright (Chromium) and Puppeteer over BiDi (Firefox) both know it.
    await sendKeys({ press: ' ' });
    await settle();
    expect(inDialog('#urgent-help').textContent).to.contain('Call our safety team');
    expect(inDialog<HTMLAnchorElement>('#urgent-help a').href).to.equal('https://help.example/now');
  });

  it('gives advice by category: money for scams, emergency services for threats, blocking for harassment', async () => {
    await openFrom(await userButton(LOOKS[0], bucket));
    await chooseCategory('scam');
    expect(inDialog('.advice').textContent).to.contain('Never send money');
    await chooseCategory('hate');
    expect(inDialog('.advice').textContent).to.contain('emergency services');
    await chooseCategory('harassment');
    expect(inDialog('.advice').textContent).to.contain('block this member');
    await chooseCategory('spam');
    expect(maybeInDialog('.advice')).to.equal(null);
  });

  it('shows a visible focus ring on every control reached by Tab', async () => {
    await openFrom(await userButton(LOOKS[0], bucket));
    const seen = new Set<Element>();
    for (let i = 0; i < 30; i++) {
      await sendKeys({ press: 'Tab' });
      const active = theDialog().shadowRoot!.activeElement!;
      if (seen.has(active)) break;
      seen.add(active);
      const style = getComputedStyle(active);
      expect(style.outlineStyle, active.outerHTML.slice(0, 60)).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    }
    expect(seen.size).to.be.greaterThan(10);
  });

  it('makes every target at least 24 by 24 pixels (a box with its label)', async () => {
    await openFrom(await userButton(LOOKS[0], bucket));
    await chooseCategory('other');
    const root = theDialog().shadowRoot!;
    for (const el of root.querySelectorAll<HTMLElement>('button, input, textarea, a[href]')) {
      const box = el.getBoundingClientRect();
      const label = (el as HTMLInputElement).labels?.[0]?.getBoundingClientRect();
      // A box and its label are one target: the union of both.
      const width = label ? Math.max(box.right, label.right) - Math.min(box.left, label.left) : box.width;
      const height = Math.max(box.height, label?.height ?? 0);
      expect(width, el.outerHTML.slice(0, 80)).to.be.at.least(24);
      expect(height, el.outerHTML.slice(0, 80)).to.be.at.least(24);
    }
  });

  it('does not animate when the reporter prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await userButton(LOOKS[0], bucket);
    innerButton(el).click();
    const dialog = await waitFor(() => maybeInDialog<HTMLDialogElement>('dialog[open]'), 'the dialog');
    expect(dialog.getAnimations()).to.have.length(0);
    const closed = oneEvent(el, 'report-close');
    theDialog().close();
    await closed;
    await emulateMedia({ reducedMotion: 'no-preference' });
    innerButton(el).click();
    const again = await waitFor(() => maybeInDialog<HTMLDialogElement>('dialog[open]'), 'the dialog');
    expect(again.getAnimations().length, 'the control case animates').to.be.greaterThan(0);
  });

  it('keeps its borders and passes axe in forced-colors mode', async () => {
    await emulateMedia({ forcedColors: 'active' });
    await openFrom(await userButton(LOOKS[0], bucket));
    const dialog = nativeDialog();
    expect(getComputedStyle(dialog).borderTopWidth).to.equal('2px');
    expect(getComputedStyle(inDialog('button[type="submit"]')).borderTopStyle).to.equal('solid');
    await axeClean();
  });

  it('works at 200% zoom: everything reachable by scrolling the form, never the page', async () => {
    // 1280 × 720 at 200% is a 640 × 360 CSS-pixel viewport.
    await setViewport({ width: 640, height: 360 });
    await openFrom(await userButton(LOOKS[0], bucket));
    const dialog = nativeDialog().getBoundingClientRect();
    expect(dialog.bottom).to.be.at.most(360);
    expect(dialog.right).to.be.at.most(640);
    const submitButton = inDialog('button[type="submit"]').getBoundingClientRect();
    expect(submitButton.bottom).to.be.at.most(360);
    const body = inDialog('.body');
    expect(body.scrollHeight).to.be.greaterThan(body.clientHeight);
    inDialog('#urgent').focus();
    const urgent = inDialog('#urgent').getBoundingClientRect();
    expect(urgent.top).to.be.at.least(body.getBoundingClientRect().top - 1);
    expect(urgent.bottom).to.be.at.most(body.getBoundingClientRect().bottom + 1);
    expect(document.scrollingElement!.scrollTop).to.equal(0);
  });

  it('is a bottom sheet at 360 × 640 that scrolls its body, not the page', async () => {
    await setViewport({ width: 360, height: 640 });
    // A long page behind it: the page must not move while the form scrolls.
    await fixture(html`<div style="block-size: 3000px"></div>`);
    await openFrom(await userButton(LOOKS[3], bucket));
    const dialog = nativeDialog();
    const box = dialog.getBoundingClientRect();
    expect(Math.round(box.left)).to.equal(0);
    // The page's width, without the classic scrollbar Firefox shows for the long page.
    expect(Math.round(box.right)).to.equal(document.documentElement.clientWidth);
    expect(Math.round(box.bottom)).to.equal(640);
    expect(box.top).to.be.greaterThan(0);
    const footer = inDialog('footer').getBoundingClientRect();
    expect(footer.bottom).to.be.at.most(640);
    const body = inDialog('.body');
    expect(getComputedStyle(body).overflowY).to.equal('auto');
    expect(getComputedStyle(body).overscrollBehaviorY).to.equal('contain');
    expect(body.scrollHeight).to.be.greaterThan(body.clientHeight);
    inDialog('#urgent').focus();
    await sendKeys({ press: ' ' });
    expect(body.scrollTop).to.be.greaterThan(0);
    expect(document.scrollingElement!.scrollTop).to.equal(0);
    // Every target stays at least 24 px wide on the narrow sheet.
    for (const el of theDialog().shadowRoot!.querySelectorAll<HTMLElement>('button')) {
      expect(el.getBoundingClientRect().width).to.be.at.least(24);
    }
    await axeClean();
  });

  it('lifts the sheet above an on-screen keyboard and keeps the focused field in view', async () => {
    await setViewport({ width: 360, height: 640 });
    // Headless Chromium has no on-screen keyboard: a stand-in visual viewport
    // reports what a phone's does when its keyboard covers 300 px. The dialog
    // watches it from its opening, and loads what lifts the sheet once it shrinks.
    const real = Object.getOwnPropertyDescriptor(window, 'visualViewport');
    const fake = Object.assign(new EventTarget(), { height: 640, offsetTop: 0, width: 360 });
    Object.defineProperty(window, 'visualViewport', { configurable: true, get: () => fake });
    await openFrom(await userButton(LOOKS[0], bucket));
    const dialog = nativeDialog();
    try {
      inDialog('#messageText').focus();
      fake.height = 340;
      fake.dispatchEvent(new Event('resize'));
      await waitFor(() => dialog.style.getPropertyValue('--_keyboard') === '300px', 'the keyboard inset');
      await waitFor(() => Math.round(dialog.getBoundingClientRect().bottom) === 340, 'the sheet above the keyboard');
      const field = inDialog('#messageText').getBoundingClientRect();
      const body = inDialog('.body').getBoundingClientRect();
      expect(field.top).to.be.at.least(body.top - 1);
      expect(field.bottom).to.be.at.most(340);
      fake.height = 640;
      fake.dispatchEvent(new Event('resize'));
      await waitFor(() => Math.round(dialog.getBoundingClientRect().bottom) === 640, 'the sheet back at the bottom');
    } finally {
      dialog.close();
      if (real) Object.defineProperty(window, 'visualViewport', real);
      else delete (window as { visualViewport?: unknown }).visualViewport;
    }
  });

  it('files a complete user report with a screenshot from the keyboard alone', async () => {
    await executeServerCommand('grant-clipboard');
    configure({ endpoint: bucketUrl(bucket) });
    const wrap = await fixture(html`<div lang="en">
      <p>Profile of Kim</p>
      <report-user-button user-id="u-42" user-name="Kim"></report-user-button>
    </div>`);
    const button = wrap.querySelector('report-user-button')!;
    const blocked = oneEvent(button, 'report-block-request');
    const success = oneEvent(button, 'report-success');
    // Tab to the button from the top of the page and press Enter.
    (document.activeElement as HTMLElement | null)?.blur();
    for (let i = 0; i < 10 && document.activeElement !== button; i++) await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => maybeInDialog('dialog[open]'), 'the dialog');
    const root = theDialog().shadowRoot!;
    // Focus starts on the first category; arrows choose within the group.
    expect(root.activeElement).to.equal(inDialog('#category-spam'));
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowDown' });
    expect(inDialog<HTMLInputElement>('#category-harassment').checked).to.equal(true);
    await tabUntil((el) => el?.id === 'details', 'Details');
    await sendKeys({ type: 'Keeps messaging me after I said stop' });
    await tabUntil((el) => (el as HTMLInputElement | null)?.name === 'place', 'the place group');
    await sendKeys({ press: 'ArrowDown' });
    expect(inDialog<HTMLInputElement>('#place-messages').checked).to.equal(true);
    await tabUntil((el) => el?.id === 'links', 'Links');
    await sendKeys({ type: 'https://example.com/messages/77' });
    await tabUntil((el) => el?.id === 'messageText', 'Message text');
    await sendKeys({ type: 'You will regret ignoring me' });
    // The screenshot: copied to the clipboard beforehand, pasted with Ctrl+V.
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': await makePng(120, 80) })]);
    await sendKeys({ press: 'Control+V' });
    await waitFor(() => root.querySelectorAll('.files li').length === 1, 'the pasted screenshot');
    await tabUntil((el) => el?.id === 'block', 'Also block this user');
    await sendKeys({ press: ' ' });
    await tabUntil((el) => (el as HTMLButtonElement | null)?.type === 'submit', 'Submit');
    await sendKeys({ press: 'Enter' });
    const { detail } = await success;
    expect((await blocked).detail.userId).to.equal('u-42');
    await waitFor(() => root.activeElement?.classList.contains('thanks'), 'focus on the thank-you');

    const [stored] = await readStored(bucket);
    const report = stored.report as Record<string, any>;
    expect(report.id).to.equal(detail.report.id);
    expect(report.category).to.equal('harassment');
    expect(report.details).to.equal('Keeps messaging me after I said stop');
    expect(report.incident).to.deep.include({ place: 'messages', messageText: 'You will regret ignoring me' });
    expect(report.evidence.links).to.deep.equal(['https://example.com/messages/77']);
    expect(report.evidence.screenshots).to.have.length(1);
    expect(report.block).to.equal(true);
    const [request] = await readLog(bucket);
    expect(request.files).to.have.length(1);

    await sendKeys({ press: 'Escape' });
    await waitFor(() => document.activeElement === button, 'focus back on the button');
  });
});

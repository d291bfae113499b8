/**
 * Pages report-concern's authors never saw: the script pasted twice, two
 * versions of it, a page with its own Lit, a theme whose global CSS would
 * hide or squash any button or dialog, and Flag buttons inside another
 * component's shadow root. Each page is a real document in an iframe, loading
 * independent builds of the widget (test/support/widget-builds.mjs); clicks
 * are real mouse clicks at the button's position, so a hidden or covered
 * button fails.
 */
import { expect } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import { bucketUrl, readLog, uniqueBucket } from '../support/endpoint.js';
import { waitFor } from '../support/dom.js';
import { VERSION } from '../../src/version.js';

interface PageWindow extends Window {
  widgetReady?: boolean;
  errors: string[];
  events: { type: string; detail: Record<string, unknown> }[];
}

const frames: HTMLIFrameElement[] = [];

async function openPage(query: string, size = { width: 800, height: 700 }): Promise<{ win: PageWindow; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.src = `/test/fixtures/hostile.html?${query}`;
  frame.style.cssText = `display: block; border: 0; width: ${size.width}px; height: ${size.height}px`;
  frames.push(frame);
  document.body.append(frame);
  await waitFor(() => (frame.contentWindow as PageWindow | null)?.widgetReady, 'the page to load the widget', 20_000);
  return { win: frame.contentWindow as PageWindow, frame };
}

/** The native button of a trigger element in the page (`#plain`, or the one inside `<host-card>`). */
function triggerButton(win: PageWindow, which: 'plain' | 'card'): HTMLButtonElement {
  const host =
    which === 'plain'
      ? win.document.querySelector('#plain')
      : win.document.querySelector('#card')!.shadowRoot!.querySelector('flag-button');
  return host!.shadowRoot!.querySelector('button')!;
}

const dialogRoot = (win: PageWindow) => win.document.querySelector('report-concern-dialog')?.shadowRoot ?? null;
const inPageDialog = <T extends Element>(win: PageWindow, selector: string) => dialogRoot(win)?.querySelector<T>(selector) ?? null;
const count = (win: PageWindow, type: string) => win.events.filter((e) => e.type === type).length;

/** A real mouse click at the centre of `el`, which sits in `frame`. */
async function clickAt(frame: HTMLIFrameElement, el: Element): Promise<void> {
  const outer = frame.getBoundingClientRect();
  const inner = el.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(outer.left + inner.left + inner.width / 2), Math.round(outer.top + inner.top + inner.height / 2)],
  });
}

async function openDialog(win: PageWindow, frame: HTMLIFrameElement, which: 'plain' | 'card'): Promise<HTMLDialogElement> {
  await clickAt(frame, triggerButton(win, which));
  const dialog = await waitFor(() => inPageDialog<HTMLDialogElement>(win, 'dialog[open]'), 'the dialog to open', 10_000);
  await Promise.all(dialog.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined)));
  return dialog;
}

async function fillAndSubmit(win: PageWindow, frame: HTMLIFrameElement): Promise<void> {
  await clickAt(frame, inPageDialog(win, 'input[value="spam"]')!);
  const details = inPageDialog<HTMLTextAreaElement>(win, '#details')!;
  details.value = 'Sells essays under every answer';
  details.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await clickAt(frame, inPageDialog(win, 'button[type="submit"]')!);
}

/** True when the point at the centre of `el` hits `el` itself (nothing covers it). */
function hitsItself(el: Element): boolean {
  const r = el.getBoundingClientRect();
  const root = el.getRootNode() as ShadowRoot | Document;
  const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return hit === el || el.contains(hit);
}

describe('hostile pages', function () {
  this.timeout(40_000);
  let bucket: string;
  before(async () => {
    // The frames must fit in the test page's own viewport: mouse clicks land only on what is on screen.
    await setViewport({ width: 1000, height: 800 });
  });
  beforeEach(() => {
    bucket = uniqueBucket();
  });
  afterEach(() => {
    for (const f of frames.splice(0)) f.remove();
  });

  it('the script loaded twice and a second version: nothing thrown, one dialog, one report, events once', async () => {
    const { win, frame } = await openPage(`endpoint=${encodeURIComponent(bucketUrl(bucket))}&copies=a,a?again,b`);
    expect(win.errors).to.deep.equal([]);
    const shared = (win as unknown as Record<symbol, { versions: string[] }>)[Symbol.for('report-concern')];
    expect(shared.versions).to.deep.equal([VERSION, '0.0.9-other']);

    await openDialog(win, frame, 'plain');
    expect(win.document.querySelectorAll('report-concern-dialog')).to.have.length(1);
    expect(count(win, 'report-open')).to.equal(1);
    await fillAndSubmit(win, frame);
    await waitFor(() => count(win, 'report-success') > 0, 'report-success', 10_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(count(win, 'report-submit')).to.equal(1);
    expect(count(win, 'report-success')).to.equal(1);
    const log = await readLog(bucket);
    expect(log).to.have.length(1);
    // The first copy to load defined the elements; its form sent the report.
    expect(log[0].report.context.widgetVersion).to.equal(VERSION);

    inPageDialog<HTMLDialogElement>(win, 'dialog')!.close();
    // Closed once `report-close` has fired: the native dialog's `close` event comes a task
    // after close(), and until then the widget (rightly) still counts the dialog as open.
    await waitFor(() => count(win, 'report-close') === 1, 'report-close');
    await openDialog(win, frame, 'card');
    expect(win.document.querySelectorAll('report-concern-dialog')).to.have.length(1);
    expect(count(win, 'report-open')).to.equal(2);
    expect(win.errors).to.deep.equal([]);
  });

  it('an older version loaded first keeps the page working, and the newer copy defines nothing twice', async () => {
    const { win, frame } = await openPage(`endpoint=${encodeURIComponent(bucketUrl(bucket))}&copies=b,a`);
    expect(win.errors).to.deep.equal([]);
    const shared = (win as unknown as Record<symbol, { versions: string[] }>)[Symbol.for('report-concern')];
    expect(shared.versions).to.deep.equal(['0.0.9-other', VERSION]);
    await openDialog(win, frame, 'plain');
    await fillAndSubmit(win, frame);
    await waitFor(() => count(win, 'report-success') > 0, 'report-success', 10_000);
    const log = await readLog(bucket);
    expect(log).to.have.length(1);
    expect(log[0].report.context.widgetVersion).to.equal('0.0.9-other');
  });

  it('global CSS cannot hide or squash the buttons, on the page or in another component', async () => {
    const { win } = await openPage(`endpoint=${encodeURIComponent(bucketUrl(bucket))}`);
    for (const which of ['plain', 'card'] as const) {
      const button = triggerButton(win, which);
      const style = win.getComputedStyle(button);
      const rect = button.getBoundingClientRect();
      expect(style.display, which).to.not.equal('none');
      expect(style.visibility, which).to.equal('visible');
      expect(rect.height, `${which} height`).to.be.at.least(24);
      expect(rect.width, `${which} width`).to.be.at.least(24);
      // The label's line box is not squashed to half its font size.
      expect(parseFloat(style.lineHeight), `${which} line-height`).to.be.at.least(parseFloat(style.fontSize));
      expect(hitsItself(button), `${which} is not covered`).to.equal(true);
      expect(button.textContent?.trim()).to.equal('Flag');
    }
  });

  it('global CSS, transforms and overflow on ancestors cannot hide, clip or shrink the dialog', async () => {
    const { win, frame } = await openPage(`endpoint=${encodeURIComponent(bucketUrl(bucket))}`);
    const dialog = await openDialog(win, frame, 'plain');
    const style = win.getComputedStyle(dialog);
    expect(style.display).to.equal('flex');
    expect(style.visibility).to.equal('visible');
    expect(style.fontSize).to.equal('16px');
    expect(style.color).to.not.equal('rgb(255, 0, 0)');
    const rect = dialog.getBoundingClientRect();
    // 34 × 16 px wide: `html { font-size: 10px }` does not shrink it to 340 px.
    expect(rect.width).to.be.within(540, 548);
    expect(rect.left).to.be.at.least(0);
    expect(rect.right).to.be.at.most(win.innerWidth);
    expect(rect.top).to.be.at.least(0);
    expect(rect.bottom).to.be.at.most(win.innerHeight);
    // In the top layer: the page's transformed, overflow-hidden body does not clip it.
    expect(hitsItself(dialog)).to.equal(true);
    const body = inPageDialog<HTMLElement>(win, '.body')!;
    expect(win.getComputedStyle(body).paddingTop).to.equal('16px');
    const legend = inPageDialog<HTMLElement>(win, 'legend')!;
    expect(legend.getBoundingClientRect().height).to.be.at.least(16);
    // Inherited text properties the theme set on every element stop at the dialog.
    const label = win.getComputedStyle(inPageDialog<HTMLElement>(win, 'label')!);
    expect([label.whiteSpace, label.textTransform, label.letterSpacing, label.fontStyle, label.textIndent]).to.deep.equal([
      'normal',
      'none',
      'normal',
      'normal',
      '0px',
    ]);
    for (const selector of ['input[value="spam"]', '#details', 'button[type="submit"]', '.icon-button[part="close-button"]']) {
      const el = inPageDialog<HTMLElement>(win, selector)!;
      expect(win.getComputedStyle(el).display, selector).to.not.equal('none');
      el.scrollIntoView({ block: 'nearest' });
      expect(hitsItself(el), `${selector} can be clicked`).to.equal(true);
    }
    await fillAndSubmit(win, frame);
    await waitFor(() => count(win, 'report-success') > 0, 'report-success', 10_000);
  });

  it('on a short window the form scrolls and Submit stays on screen', async () => {
    const { win, frame } = await openPage(`endpoint=${encodeURIComponent(bucketUrl(bucket))}`, { width: 800, height: 380 });
    const dialog = await openDialog(win, frame, 'plain');
    expect(dialog.getBoundingClientRect().bottom).to.be.at.most(win.innerHeight);
    const submit = inPageDialog<HTMLElement>(win, 'button[type="submit"]')!;
    const r = submit.getBoundingClientRect();
    expect(r.top).to.be.at.least(0);
    expect(r.bottom).to.be.at.most(win.innerHeight);
    expect(hitsItself(submit)).to.equal(true);
    const body = inPageDialog<HTMLElement>(win, '.body')!;
    expect(body.scrollHeight).to.be.greaterThan(body.clientHeight);
  });

  it('a Flag button inside another component’s shadow root opens the dialog for its own item', async () => {
    const { win, frame } = await openPage(`endpoint=${encodeURIComponent(bucketUrl(bucket))}`);
    await openDialog(win, frame, 'card');
    const open = win.events.find((e) => e.type === 'report-open');
    expect((open?.detail.subject as { contentId: string }).contentId).to.equal('c-2');
    await fillAndSubmit(win, frame);
    await waitFor(() => count(win, 'report-success') > 0, 'report-success', 10_000);
    const log = await readLog(bucket);
    expect(log[0].report.subject).to.include({ contentId: 'c-2', contentType: 'comment' });
  });
});

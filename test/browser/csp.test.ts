/**
 * The widget under the strictest policy a site may have: no inline script or
 * style, no eval, images only from the site and blob: previews, and Trusted
 * Types enforced with two policy names only, `report-concern` (the
 * package's one) and `lit-html` (the page's own Lit) (scripts/strict-csp.mjs).
 * The page (test/fixtures/csp.html) is served with that header and has its
 * own Lit; it records every `securitypolicyviolation` from before the widget
 * loads, and every worker started. A whole report, with a screenshot
 * processed in the image worker, a help popover, the urgent help link and
 * the mark beside the button afterwards, must raise none.
 */
import { expect } from '@open-wc/testing';
import { bucketUrl, readLog, uniqueBucket } from '../support/endpoint.js';
import { makePng, waitFor } from '../support/dom.js';
import { STRICT_CSP } from '../../scripts/strict-csp.mjs';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

interface PageWindow extends Window {
  widgetReady?: boolean;
  workers: { url: string; answers: number }[];
  violations: Violation[];
  errors: string[];
  events: { type: string; detail: Record<string, unknown> }[];
}

const frames: HTMLIFrameElement[] = [];

async function openPage(query: string): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.src = `/test/fixtures/csp.html?${query}`;
  frame.style.cssText = 'width: 800px; height: 700px';
  frames.push(frame);
  document.body.append(frame);
  await waitFor(() => (frame.contentWindow as PageWindow | null)?.widgetReady, 'the page to load the widget', 20_000);
  return frame.contentWindow as PageWindow;
}

const inPageDialog = <T extends Element>(win: PageWindow, selector: string) =>
  win.document.querySelector('report-concern-dialog')?.shadowRoot?.querySelector<T>(selector) ?? null;

/** A whole content report with everything that could trip a policy. */
async function fileFullReport(win: PageWindow, bucket: string): Promise<void> {
  const flag = win.document.querySelector('#card')!.shadowRoot!.querySelector('flag-button')!;
  flag.shadowRoot!.querySelector('button')!.click();
  await waitFor(() => inPageDialog(win, 'dialog[open]'), 'the dialog', 10_000);
  inPageDialog<HTMLInputElement>(win, 'input[value="scam"]')!.click();
  // A help popover, placed by floating-ui through the CSSOM.
  inPageDialog<HTMLButtonElement>(win, '[popovertarget="help-scam"]')!.click();
  const popover = await waitFor(() => inPageDialog<HTMLElement>(win, '#help-scam:popover-open'), 'the help popover');
  await waitFor(() => popover.style.left !== '', 'the popover to be placed');
  inPageDialog<HTMLElement>(win, '#help-scam')!.hidePopover();
  const details = inPageDialog<HTMLTextAreaElement>(win, '#details')!;
  details.value = 'Asks for bank details by private message';
  details.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  inPageDialog<HTMLInputElement>(win, '#urgent')!.click();
  await waitFor(() => inPageDialog(win, '.urgent-help a[href]'), 'the help link');
  // A screenshot: decoded, re-encoded, previewed from a blob: URL.
  const transfer = new DataTransfer();
  transfer.items.add(await makePng(60, 40, 'chat.png'));
  const input = inPageDialog<HTMLInputElement>(win, '#files')!;
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  const img = await waitFor(() => inPageDialog<HTMLImageElement>(win, 'ul.files img'), 'the thumbnail');
  await img.decode();
  inPageDialog<HTMLButtonElement>(win, 'button[type="submit"]')!.click();
  await waitFor(() => win.events.some((e) => e.type === 'report-success'), 'report-success', 10_000);
  inPageDialog<HTMLDialogElement>(win, 'dialog')!.close();
  // The "Reported" mark beside the button.
  await waitFor(() => flag.shadowRoot!.querySelector<HTMLElement>('.mark'), 'the mark');
  const log = await readLog(bucket);
  expect(log).to.have.length(1);
  expect(log[0].files).to.have.length(1);
}

describe('a strict Content-Security-Policy with Trusted Types', function () {
  this.timeout(40_000);
  afterEach(() => {
    for (const f of frames.splice(0)) f.remove();
  });

  it('is really in force on the test page (eval and inline style are refused and reported)', async () => {
    const response = await fetch('/test/fixtures/csp.html');
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_CSP);
    expect(STRICT_CSP).to.match(/(^|; )trusted-types lit-html report-concern($|;)/);
    const win = await openPage(`endpoint=${encodeURIComponent(bucketUrl(uniqueBucket()))}`);
    expect(() => (win as unknown as { eval(code: string): unknown }).eval('1')).to.throw();
    const style = win.document.createElement('style');
    style.textContent = 'p { color: red }';
    win.document.head.append(style);
    win.document.body.setAttribute('style', 'color: red');
    expect(() => {
      win.document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
    }).to.throw();
    await waitFor(() => win.violations.length >= 4, 'the four violations');
    const seen = win.violations.map((v) => `${v.directive} ${v.sample.split('|')[0]}`.trim());
    expect(seen).to.have.members([
      'require-trusted-types-for eval',
      'style-src-elem',
      'style-src-attr',
      'require-trusted-types-for Element insertAdjacentHTML',
    ]);
  });

  it('the one-tag bundle on a page with its own Lit: a whole report raises no violation', async () => {
    const bucket = uniqueBucket();
    const win = await openPage(`endpoint=${encodeURIComponent(bucketUrl(bucket))}`);
    await fileFullReport(win, bucket);
    expect(win.violations).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
    expect(win.workers.map((w) => [/image-worker/.test(w.url), w.answers > 0])).to.deep.equal([[true, true]]);
  });

  it('the source modules, as a bundler shares the page’s Lit: no violation either', async () => {
    const bucket = uniqueBucket();
    const win = await openPage(`endpoint=${encodeURIComponent(bucketUrl(bucket))}&source`);
    await fileFullReport(win, bucket);
    expect(win.violations).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
    expect(win.workers.map((w) => [/image-worker/.test(w.url), w.answers > 0])).to.deep.equal([[true, true]]);
  });
});

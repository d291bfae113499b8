/**
 * What happens to a submitted report across the page's life: a reload, two
 * tabs, no IndexedDB, going offline. Pages are real documents in iframes
 * (test/fixtures/page.html loads the one-tag entry), sharing IndexedDB and
 * Web Locks with each other as tabs of one site do.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { bucketUrl, queueFaults, readLog, readStored, uniqueBucket } from '../support/endpoint.js';
import { chooseCategory, openFrom, resetPage, statusText, submit, typeInto, waitFor } from '../support/dom.js';
import { configure } from '../../src/config.js';
import { hasWaitingReports } from '../../src/outbox/wake.js';
import type { FlagButton } from '../../src/elements/flag-button/flag-button.js';

interface PageWindow extends Window {
  widgetReady?: boolean;
  events: { type: string; detail: Record<string, unknown> }[];
}

const frames: HTMLIFrameElement[] = [];

async function openPage(endpoint: string, extra = ''): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.src = `/test/fixtures/page.html?endpoint=${encodeURIComponent(endpoint)}${extra}`;
  frame.style.cssText = 'width: 800px; height: 700px';
  frames.push(frame);
  document.body.append(frame);
  await waitFor(() => (frame.contentWindow as PageWindow | null)?.widgetReady, 'the page to load the widget', 10_000);
  return frame.contentWindow as PageWindow;
}

function closePage(win: PageWindow): void {
  const frame = frames.find((f) => f.contentWindow === win);
  frame?.remove();
}

function inPageDialog<T extends Element>(win: PageWindow, selector: string): T | null {
  return win.document.querySelector('report-concern-dialog')?.shadowRoot?.querySelector<T>(selector) ?? null;
}

/** Files a spam report through the page's own button and dialog. */
async function fileReport(win: PageWindow): Promise<void> {
  const button = win.document.querySelector('flag-button')!.shadowRoot!.querySelector('button')!;
  button.click();
  await waitFor(() => inPageDialog(win, 'dialog[open]'), 'the dialog in the page', 10_000);
  inPageDialog<HTMLInputElement>(win, 'input[value="spam"]')!.click();
  const details = inPageDialog<HTMLTextAreaElement>(win, '#details')!;
  details.value = 'Advertises an essay shop under every answer';
  details.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  inPageDialog<HTMLButtonElement>(win, 'button[type="submit"]')!.click();
}

const pageStatus = (win: PageWindow) => inPageDialog(win, '.status')?.textContent ?? '';

describe('a submitted report across the page lifecycle', function () {
  this.timeout(30_000);
  let bucket: string;
  beforeEach(() => {
    bucket = uniqueBucket();
  });
  afterEach(async () => {
    for (const f of frames.splice(0)) f.remove();
    await resetPage();
    sessionStorage.clear();
  });

  it('survives a reload: the next page load sends it and marks the button', async () => {
    await queueFaults(bucket, [{ status: 503, headers: { 'Retry-After': '3600' } }]);
    const first = await openPage(bucketUrl(bucket));
    await fileReport(first);
    await waitFor(() => pageStatus(first).includes('Saved on this device'), 'the saved message');
    expect(first.events.find((e) => e.type === 'report-error')?.detail).to.include({ queued: true, code: 'server' });
    closePage(first);

    const again = await openPage(bucketUrl(bucket));
    await waitFor(() => again.events.some((e) => e.type === 'report-success'), 'report-success after the reload', 10_000);
    const mark = again.document.querySelector('flag-button')!.shadowRoot!.querySelector('.mark');
    expect(mark?.textContent?.trim()).to.equal('Reported');
    const log = await readLog(bucket);
    expect(log.map((l) => l.status)).to.deep.equal([503, 201]);
    expect(log[1].report).to.deep.equal(log[0].report);
    expect(await readStored(bucket)).to.have.length(1);
  });

  it('a draft with a screenshot survives a reload of the page', async () => {
    const first = await openPage(bucketUrl(bucket));
    first.document.querySelector('flag-button')!.shadowRoot!.querySelector('button')!.click();
    await waitFor(() => inPageDialog(first, 'dialog[open]'), 'the dialog in the page', 10_000);
    inPageDialog<HTMLInputElement>(first, 'input[value="harassment"]')!.click();
    const details = inPageDialog<HTMLTextAreaElement>(first, '#details')!;
    details.value = 'Keeps messaging me after I said no';
    details.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const canvas = new OffscreenCanvas(30, 20);
    canvas.getContext('2d')!.fillRect(0, 0, 30, 20);
    const png = await canvas.convertToBlob({ type: 'image/png' });
    const transfer = new DataTransfer();
    transfer.items.add(new File([png], 'chat.png', { type: 'image/png' }));
    const input = inPageDialog<HTMLInputElement>(first, '#files')!;
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => inPageDialog(first, 'ul.files li'), 'the thumbnail');
    await waitFor(() => Object.keys(sessionStorage).some((k) => k.startsWith('report-concern:draft-shots:')), 'the saved screenshot');
    closePage(first);

    const again = await openPage(bucketUrl(bucket));
    again.document.querySelector('flag-button')!.shadowRoot!.querySelector('button')!.click();
    await waitFor(() => inPageDialog(again, 'dialog[open]'), 'the dialog after the reload', 10_000);
    expect(inPageDialog<HTMLTextAreaElement>(again, '#details')!.value).to.equal('Keeps messaging me after I said no');
    expect(inPageDialog<HTMLInputElement>(again, 'input[value="harassment"]')!.checked).to.equal(true);
    const thumbs = again.document.querySelector('report-concern-dialog')!.shadowRoot!.querySelectorAll('ul.files li');
    expect(thumbs).to.have.length(1);
    expect(Object.keys(localStorage).some((k) => k.startsWith('report-concern:'))).to.equal(false);
  });

  it('two tabs loading at once send a waiting report once', async () => {
    await queueFaults(bucket, [{ status: 503, headers: { 'Retry-After': '3600' } }, { delayMs: 300 }]);
    const first = await openPage(bucketUrl(bucket));
    await fileReport(first);
    await waitFor(() => pageStatus(first).includes('Saved on this device'), 'the saved message');
    closePage(first);

    const [a, b] = await Promise.all([openPage(bucketUrl(bucket)), openPage(bucketUrl(bucket))]);
    await waitFor(
      () => [...a.events, ...b.events].some((e) => e.type === 'report-success'),
      'a delivery in one of the tabs',
      10_000,
    );
    await new Promise((r) => setTimeout(r, 1000));
    const successes = [...a.events, ...b.events].filter((e) => e.type === 'report-success');
    expect(successes).to.have.length(1);
    expect((await readLog(bucket)).map((l) => l.status)).to.deep.equal([503, 201]);
    expect(await readStored(bucket)).to.have.length(1);
  });

  it('without IndexedDB it warns that closing the page loses the report, and still delivers it', async () => {
    await queueFaults(bucket, [{ status: 503, headers: { 'Retry-After': '1' } }]);
    const page = await openPage(bucketUrl(bucket), '&noidb');
    expect(page.indexedDB).to.equal(undefined);
    await fileReport(page);
    await waitFor(() => pageStatus(page).includes('Keep this page open'), 'the warning');
    expect(page.events.find((e) => e.type === 'report-error')?.detail).to.include({ code: 'storage', queued: true });
    await waitFor(() => page.events.some((e) => e.type === 'report-success'), 'the delivery', 10_000);
    expect(await readStored(bucket)).to.have.length(1);
  });

  it('offline at submit: saved, then sent as soon as the browser is back online', async () => {
    configure({ endpoint: bucketUrl(bucket) });
    const wrap = await fixture(html`<div lang="en">
      <flag-button content-id="q-5" content-type="question"></flag-button>
    </div>`);
    const el = wrap.querySelector<FlagButton>('flag-button')!;
    await openFrom(el);
    await chooseCategory('spam');
    await typeInto('#details', 'Posts the same advert in every thread');
    const pattern = `**/__test/reports/${bucket}`;
    await executeServerCommand('cut-network', { pattern, cut: true });
    try {
      const failed = oneEvent(el, 'report-error');
      await submit();
      expect((await failed).detail).to.include({ code: 'network', queued: true });
      expect(statusText()).to.contain('connection failed');
      expect(await readLog(bucket)).to.have.length(0);
    } finally {
      await executeServerCommand('cut-network', { pattern, cut: false });
    }
    // The connection is back: the browser says so with `online`, and the outbox sends at once.
    const success = oneEvent(el, 'report-success');
    window.dispatchEvent(new Event('online'));
    await success;
    expect(await readStored(bucket)).to.have.length(1);
    expect(await readLog(bucket)).to.have.length(1);
  });

  it('a page loads the outbox only while a report waits, not because its database once existed', async () => {
    const page = await openPage(bucketUrl(bucket));
    await fileReport(page);
    await waitFor(() => page.events.some((e) => e.type === 'report-success'), 'the delivery');
    // Delivered: the database is still there, empty.
    expect((await indexedDB.databases()).map((db) => db.name)).to.include('report-concern');
    expect(await hasWaitingReports()).to.equal(false);
    closePage(page);

    await queueFaults(bucket, [{ status: 503, headers: { 'Retry-After': '3600' } }]);
    const second = await openPage(bucketUrl(bucket));
    await fileReport(second);
    await waitFor(() => pageStatus(second).includes('Saved on this device'), 'the saved message');
    expect(await hasWaitingReports()).to.equal(true);
  });
});

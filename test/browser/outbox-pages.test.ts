/**
 * The outbox under the faults real browsers have (issue 19), driven through
 * real pages of the one-tag widget in iframes, against the real test
 * receiver: a page left mid-request, IndexedDB that never opens, a server's
 * Retry-After across page loads, two tabs, a page that patches prototypes.
 */
import { expect } from '@open-wc/testing';
import { bucketUrl, queueFaults, readLog, readStored, uniqueBucket } from '../support/endpoint.js';
import { resetPage, waitFor } from '../support/dom.js';
import {
  closeAllPages,
  closePage,
  fileReport,
  inPageDialog,
  openPage,
  openPageDialog,
  pageMark,
  pageOutbox,
  pageStatus,
  type PageWindow,
} from '../support/pages.js';

const draftKeys = (storage: Storage) => Object.keys(storage).filter((k) => k.startsWith('report-concern:draft'));
/** Waits until the receiver has seen `count` requests. */
async function arrived(bucket: string, count: number): Promise<void> {
  for (let i = 0; i < 250 && (await readLog(bucket)).length < count; i++) await new Promise((r) => setTimeout(r, 20));
  expect(await readLog(bucket)).to.have.length(count);
}
const saved = (win: PageWindow) => waitFor(() => pageStatus(win).includes('Saved on this device'), 'the saved message', 10_000);

describe('the outbox under real browser faults', function () {
  this.timeout(40_000);
  let bucket: string;
  beforeEach(() => {
    bucket = uniqueBucket();
  });
  afterEach(async () => {
    closeAllPages();
    await resetPage();
  });

  for (const persist of ['', 'drafts']) {
    const storage = persist ? 'localStorage' : 'sessionStorage';
    it(`a report delivered after its page was left mid-request leaves no draft behind (${storage})`, async () => {
      // The receiver holds the first request until the page is gone, then stores it.
      await queueFaults(bucket, [{ delayMs: 1500 }]);
      const extra = persist ? `&persist=${persist}` : '';
      const first = await openPage(bucketUrl(bucket), extra);
      await fileReport(first, 'Leaves the same link under every answer');
      await arrived(bucket, 1);
      expect(draftKeys(persist ? localStorage : sessionStorage), 'the draft while the request is in flight').to.not.be.empty;
      closePage(first);

      const again = await openPage(bucketUrl(bucket), extra);
      await waitFor(() => again.events.some((e) => e.type === 'report-success'), 'the delivery on the next page', 15_000);
      expect(draftKeys(sessionStorage)).to.deep.equal([]);
      expect(draftKeys(localStorage)).to.deep.equal([]);
      await openPageDialog(again);
      expect(inPageDialog<HTMLTextAreaElement>(again, '#details')!.value).to.equal('');
      expect(inPageDialog(again, 'button[part="discard-draft-button"]')).to.equal(null);
      expect(await readStored(bucket)).to.have.length(1);
    });
  }

  it('when opening IndexedDB never answers, Flag still opens, warns honestly, and delivers from memory', async () => {
    await queueFaults(bucket, [{ status: 503, headers: { 'Retry-After': '1' } }]);
    const page = await openPage(bucketUrl(bucket), '&hangidb');
    await fileReport(page);
    await waitFor(() => pageStatus(page).includes('Keep this page open'), 'the memory-only warning', 10_000);
    expect(pageStatus(page)).not.to.contain('Saved on this device');
    expect(page.events.find((e) => e.type === 'report-error')?.detail).to.include({ code: 'storage', queued: true });
    await waitFor(() => page.events.some((e) => e.type === 'report-success'), 'the delivery', 10_000);
    expect(await readStored(bucket)).to.have.length(1);
  });

  it('a report kept only in memory keeps its draft, so a reload does not lose the typed text', async () => {
    await queueFaults(bucket, [{ status: 503, headers: { 'Retry-After': '3600' } }]);
    const page = await openPage(bucketUrl(bucket), '&noidb');
    await fileReport(page, 'Keeps posting my address in comments');
    await waitFor(() => pageStatus(page).includes('Keep this page open'), 'the memory-only warning');
    const status = pageStatus(page);
    // Not "saved on this device … also if you close this page" beside "cannot keep it after this page closes".
    expect(status).not.to.contain('also if you close this page');
    expect(status).not.to.contain('Saved on this device');
    closePage(page);

    const again = await openPage(bucketUrl(bucket), '&noidb');
    await openPageDialog(again);
    expect(inPageDialog<HTMLTextAreaElement>(again, '#details')!.value).to.equal('Keeps posting my address in comments');
  });

  it("a server's Retry-After holds across page loads: loading the page again sends nothing early", async () => {
    await queueFaults(bucket, [{ status: 503, headers: { 'Retry-After': '600' } }]);
    const first = await openPage(bucketUrl(bucket));
    await fileReport(first);
    await saved(first);
    closePage(first);
    for (let load = 0; load < 4; load++) {
      const page = await openPage(bucketUrl(bucket));
      // What a page load does with waiting reports, run to its end.
      await (await pageOutbox(page)).resumeOutbox();
      closePage(page);
    }
    expect((await readLog(bucket)).map((l) => l.status)).to.deep.equal([503]);
  });

  it('a delivery in one tab turns the other tab\'s "saved" dialog and mark into delivered', async () => {
    await queueFaults(bucket, [{ status: 503, headers: { 'Retry-After': '3600' } }]);
    const a = await openPage(bucketUrl(bucket));
    await fileReport(a);
    await saved(a);
    await waitFor(() => pageMark(a) === 'Saved, will be sent', 'the queued mark in tab A');

    const b = await openPage(bucketUrl(bucket));
    await openPageDialog(b);
    await saved(b);
    inPageDialog<HTMLButtonElement>(b, 'button[part="retry-button"]')!.click();
    await waitFor(() => pageStatus(b).includes('Thank you'), 'the delivery in tab B', 10_000);

    await waitFor(() => pageStatus(a).includes('Thank you'), 'tab A to hear of it', 5000);
    await waitFor(() => pageMark(a) === 'Reported', "tab A's mark");
    // Tab A's host heard report-error (queued) from its own page; the success is tab B's to tell.
    expect(a.events.filter((e) => e.type === 'report-success')).to.have.length(0);
    expect(b.events.filter((e) => e.type === 'report-success')).to.have.length(1);
    expect(await readStored(bucket)).to.have.length(1);
  });

  it("a discard in one tab clears the other tab's saved dialog and mark", async () => {
    await queueFaults(bucket, [{ status: 503, headers: { 'Retry-After': '3600' } }]);
    const a = await openPage(bucketUrl(bucket));
    await fileReport(a);
    await saved(a);
    const b = await openPage(bucketUrl(bucket));
    await openPageDialog(b);
    await saved(b);
    inPageDialog<HTMLButtonElement>(b, 'button[part="discard-button"]')!.click();
    await waitFor(() => !inPageDialog(a, '.queued'), "tab A's saved view to go", 5000);
    expect(inPageDialog(a, 'form'), 'the form back in tab A').to.not.equal(null);
    await waitFor(() => pageMark(a) === '', "tab A's mark to go");
    expect((await readLog(bucket)).map((l) => l.status)).to.deep.equal([503]);
  });

  it('a Prototype.js-style Array.prototype.toJSON on the page does not change the report sent', async () => {
    const page = await openPage(bucketUrl(bucket), '&prototypejs');
    const patched = (page as unknown as { eval(code: string): string }).eval('JSON.stringify({ list: [] })');
    expect(patched, 'the page really is patched').to.equal('{"list":"[]"}');
    await fileReport(page);
    await waitFor(() => page.events.some((e) => e.type === 'report-success' || e.type === 'report-error'), 'an answer', 10_000);
    expect(page.events.find((e) => e.type === 'report-error')?.detail).to.equal(undefined);
    const [sent] = await readLog(bucket);
    expect(sent.status).to.equal(201);
    expect(sent.report.evidence).to.deep.equal({ links: [], screenshots: [] });
  });

  it('a mark shown while its placement code cannot load causes no unhandled rejection', async () => {
    const page = await openPage(bucketUrl(bucket));
    // The placement chunk is not loaded yet in this fresh page; make it fail as offline would.
    const { executeServerCommand } = await import('@web/test-runner-commands');
    const pattern = '**/src/internal/placement.ts*';
    await executeServerCommand('cut-network', { pattern, cut: true });
    try {
      const button = page.document.querySelector('flag-button') as HTMLElement & { showMark(kind: string, text: string): void };
      button.showMark('queued', 'Saved, will be sent');
      await waitFor(() => pageMark(page) === 'Saved, will be sent', 'the mark');
      // The same import from the page settles once the mark's has failed.
      const tried = await (page as unknown as { eval(code: string): Promise<string> }).eval(
        "import('/src/internal/placement.ts').then(() => 'loaded', () => 'failed')",
      );
      expect(tried).to.equal('failed');
      // An unhandled rejection is reported in a task of its own after that.
      await new Promise((r) => page.setTimeout(r, 0));
      await new Promise((r) => page.setTimeout(r, 0));
    } finally {
      await executeServerCommand('cut-network', { pattern, cut: false });
    }
    expect(page.rejections).to.deep.equal([]);
  });
});

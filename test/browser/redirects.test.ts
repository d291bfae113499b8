/**
 * No redirect is followed on purpose (issue 19, finding 5). fetch is told
 * not to (`redirect: 'manual'`); XMLHttpRequest, which gives the upload
 * progress bar, always follows, posting the body again to the `Location`
 * before the page hears of it. So before its first upload to an endpoint
 * the page asks it, by an OPTIONS request that stops at a redirect, and a
 * redirecting endpoint gets fetch only. An endpoint that redirects POST but
 * answers OPTIONS gets one body past that: the redirect XHR followed counts
 * as one (the report is kept and retried, docs/PROTOCOL.md §4), and every
 * later attempt from this page goes by fetch and stops at the redirect.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { chooseCategory, chooseFiles, makePng, openFrom, resetPage, submit, theDialog, typeInto, waitFor } from '../support/dom.js';
import { bucketUrl, queueFaults, readLog, uniqueBucket } from '../support/endpoint.js';
import { configure } from '../../src/config.js';
import { outbox } from '../../src/outbox/page.js';

/** How the page's requests to the endpoint went (not those to the test's own routes, such as its faults). */
const initiators = (bucket: string) =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((e) => e.name === new URL(bucketUrl(bucket), location.href).href)
    .map((e) => e.initiatorType);

/**
 * Not delivered and kept: `server` (the redirect), or `storage` where the
 * report could be kept only in memory (WebKit's private WebDriver session
 * refuses Blobs in IndexedDB), which the event names first.
 */
function expectQueued(event: CustomEvent): void {
  expect(event.detail.queued).to.equal(true);
  expect(['server', 'storage']).to.include(event.detail.code);
}

/** Files a report with one screenshot about content `id` through the real button and dialog. */
async function fileWithScreenshot(id: string): Promise<CustomEvent> {
  const wrap = await fixture(html`<div lang="en"><flag-button content-id=${id} content-type="answer"></flag-button></div>`);
  const el = wrap.querySelector('flag-button')!;
  await openFrom(el);
  await chooseCategory('spam');
  await typeInto('#details', 'Posts a link to a shop under every answer');
  await chooseFiles([await makePng(40, 30)]);
  await waitFor(() => theDialog().shadowRoot!.querySelectorAll('.files li').length === 1, 'the screenshot', 15_000);
  const failed = oneEvent(el, 'report-error');
  await submit();
  return failed;
}

describe('redirects are never followed', function () {
  this.timeout(30_000);
  afterEach(resetPage);

  for (const status of [307, 308] as const) {
    it(`an endpoint moved with a ${status} gets no body by XHR: the probe finds the redirect first`, async () => {
      const endpoint = uniqueBucket();
      const elsewhere = uniqueBucket();
      configure({ endpoint: bucketUrl(endpoint) });
      await queueFaults(endpoint, Array.from({ length: 20 }, () => ({ redirect: bucketUrl(elsewhere), status, options: true as const })));

      const failed = await fileWithScreenshot('m-1');
      expectQueued(await failed);
      const methods = (await readLog(endpoint, { withOptions: true })).map((l) => l.method);
      expect(methods.slice(0, 2)).to.deep.equal(['OPTIONS', 'POST']);
      expect(initiators(endpoint), 'no XMLHttpRequest at all').not.to.include('xmlhttprequest');
      expect(await readLog(elsewhere), 'nothing reached the Location').to.have.length(0);
      const [waiting] = await outbox().entries();
      expect(waiting, 'the report is kept').to.exist;
    });

    it(`a ${status} to POST alone is a redirect to retry, and after the one XHR could not help following, none is followed`, async () => {
      const endpoint = uniqueBucket();
      const elsewhere = uniqueBucket();
      configure({ endpoint: bucketUrl(endpoint) });
      // Every request to the endpoint is redirected, the outbox's own timed retries too.
      await queueFaults(endpoint, Array.from({ length: 20 }, () => ({ redirect: bucketUrl(elsewhere), status })));

      const first = await fileWithScreenshot('a-1');
      expectQueued(await first);
      // The probe (fetch, OPTIONS) found no redirect; the upload went by XHR.
      expect(initiators(endpoint)).to.deep.equal(['fetch', 'xmlhttprequest']);
      // XHR followed: the body reached the Location once, and that is not taken as a delivery.
      expect(await readLog(elsewhere)).to.have.length(1);
      await resetPageKeepingOutbox();

      const second = await fileWithScreenshot('a-2');
      expectQueued(await second);
      // The second report went by fetch, which stops at the redirect (as do the outbox's own retries).
      const [, firstWay, ...laterWays] = initiators(endpoint);
      expect(firstWay).to.equal('xmlhttprequest');
      // No XHR among them. (Not "all fetch": WebKit 2.50 often lists no
      // timing entry for a fetch answered by a redirect it did not follow.)
      expect(laterWays, `later requests: ${laterWays.join(', ')}`).not.to.include('xmlhttprequest');
      const [waiting] = await outbox().entries();
      await outbox().attempt(waiting.id);
      const statuses = (await readLog(endpoint)).map((l) => l.status);
      expect(statuses.length).to.be.at.least(3);
      expect([...new Set(statuses)], `statuses: ${statuses.join(', ')}`).to.deep.equal([status]);
      expect(await readLog(elsewhere), 'nothing more reached the Location').to.have.length(1);
    });
  }
});

/** Closes the dialog between two reports, leaving both in the outbox. */
async function resetPageKeepingOutbox(): Promise<void> {
  const dialog = theDialog().shadowRoot!.querySelector('dialog')!;
  const closed = new Promise((resolve) => dialog.addEventListener('close', resolve, { once: true }));
  dialog.close();
  await closed;
}

/**
 * The edges of the contract a first review found wanting: each test here
 * failed before its fix (a page without crypto.randomUUID, closing while a
 * host's waitUntil runs, the block request waiting on a slow first attempt,
 * "Try again now" while still signed out, late waitUntil, a page address
 * past the URL limit, a receiver's messages for fields the form lacks, a
 * place detail typed for another place).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  chooseCategory,
  chooseFiles,
  choosePlace,
  makePng,
  inDialog,
  maybeInDialog,
  openFrom,
  resetPage,
  settle,
  statusText,
  submit,
  typeInto,
  waitFor,
} from '../support/dom.js';
import { bucketUrl, queueFaults, readLog, readStored, uniqueBucket } from '../support/endpoint.js';
import { configure } from '../../src/config.js';
import type { FlagButton } from '../../src/elements/flag-button/flag-button.js';
import type { ReportUserButton } from '../../src/elements/report-user-button/report-user-button.js';
import { outbox } from '../../src/outbox/page.js';

async function flagButton(endpoint: string): Promise<FlagButton> {
  configure({ endpoint });
  const wrap = await fixture(html`<div lang="en">
    <flag-button content-id="e-1" content-type="answer" excerpt="Buy essays here"></flag-button>
  </div>`);
  return wrap.querySelector('flag-button')!;
}

async function userButton(endpoint: string): Promise<ReportUserButton> {
  configure({ endpoint });
  const wrap = await fixture(html`<div lang="en">
    <report-user-button user-id="u-9" user-name="Sam" profile-url="https://community.example/u/9"></report-user-button>
  </div>`);
  return wrap.querySelector('report-user-button')!;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('contract edges', () => {
  let bucket: string;
  beforeEach(() => {
    bucket = uniqueBucket();
  });
  afterEach(async () => {
    await resetPage();
  });

  it('sends a report on a page without crypto.randomUUID (plain http), with a valid v4 id', async () => {
    const original = Object.getOwnPropertyDescriptor(Crypto.prototype, 'randomUUID')!;
    Object.defineProperty(Crypto.prototype, 'randomUUID', { value: undefined, configurable: true, writable: true });
    try {
      const el = await flagButton(bucketUrl(bucket));
      await openFrom(el);
      await chooseCategory('spam');
      const success = oneEvent(el, 'report-success');
      await submit();
      const { detail } = await success;
      expect(detail.report.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(await readStored(bucket)).to.have.length(1);
    } finally {
      Object.defineProperty(Crypto.prototype, 'randomUUID', original);
    }
  });

  it('closing while a host waitUntil is pending is "cancelled": nothing is sent and the draft keeps everything', async () => {
    const el = await flagButton(bucketUrl(bucket));
    let release!: () => void;
    el.addEventListener('report-submit', (e) => e.detail.waitUntil(new Promise<void>((r) => (release = r))));
    await openFrom(el);
    await chooseCategory('spam');
    await typeInto('#details', 'An essay shop again');
    const closeEvent = oneEvent(el, 'report-close');
    void submit();
    await waitFor(() => release, 'report-submit');
    inDialog<HTMLButtonElement>('[part="close-button"]').click();
    expect((await closeEvent).detail.outcome).to.equal('cancelled');
    release();
    await sleep(300);
    expect(await readLog(bucket)).to.have.length(0);
    expect(await outbox().forSubject('content:answer:e-1')).to.have.length(0);
    await openFrom(el);
    expect(inDialog<HTMLTextAreaElement>('#details').value).to.equal('An essay shop again');
  });

  it('closing and opening again while a host waitUntil is pending: the old send never goes out, the new form is untouched', async () => {
    const el = await flagButton(bucketUrl(bucket));
    let release!: () => void;
    let submits = 0;
    el.addEventListener('report-submit', (e) => {
      submits++;
      e.detail.waitUntil(new Promise<void>((r) => (release = r)));
    });
    await openFrom(el);
    await chooseCategory('spam');
    await typeInto('#details', 'First words');
    void submit();
    await waitFor(() => release, 'report-submit');
    const closed = oneEvent(el, 'report-close');
    inDialog<HTMLButtonElement>('[part="close-button"]').click();
    expect((await closed).detail.outcome).to.equal('cancelled');
    await openFrom(el);
    await typeInto('#details', 'First words, and more');
    const errors: string[] = [];
    el.addEventListener('report-error', (e) => errors.push(e.detail.code));
    release();
    await sleep(400);
    expect(await readLog(bucket)).to.have.length(0);
    expect(await outbox().forSubject('content:answer:e-1')).to.have.length(0);
    expect(errors).to.deep.equal([]);
    expect(inDialog<HTMLTextAreaElement>('#details').value).to.equal('First words, and more');
    expect(inDialog<HTMLButtonElement>('button[type="submit"]').disabled).to.equal(false);
    expect(submits).to.equal(1);
  });

  it('a report with screenshots goes by fetch, without the XHR progress bar, when headers are configured or cookies are to be omitted', async () => {
    for (const extra of [{ headers: { 'X-Csrf': 't-1' } }, { credentials: 'omit' as const }]) {
      const b = uniqueBucket();
      configure({ endpoint: bucketUrl(b), ...extra });
      const wrap = await fixture(html`<div lang="en"><flag-button content-id="x-${b}" content-type="answer"></flag-button></div>`);
      const el = wrap.querySelector('flag-button')!;
      await openFrom(el);
      await chooseCategory('spam');
      await chooseFiles([await makePng(30, 20, 'a.png')]);
      await waitFor(() => maybeInDialog('.files li'), 'the screenshot');
      const success = oneEvent(el, 'report-success');
      await submit();
      expect(maybeInDialog('.upload'), JSON.stringify(extra)).to.equal(null);
      await success;
      const [sent] = await readLog(b);
      expect(sent.files).to.have.length(1);
      if ('headers' in extra) expect(sent.headers['x-csrf']).to.equal('t-1');
      await resetPage();
    }
  });

  it('report-block-request fires as soon as the report is stored, before a slow first attempt ends, and once', async () => {
    const el = await userButton(bucketUrl(bucket));
    await queueFaults(bucket, [{ status: 503, delayMs: 1500, headers: { 'Retry-After': '3600' } }]);
    const blocks: string[] = [];
    el.addEventListener('report-block-request', (e) => blocks.push(e.detail.userId));
    await openFrom(el);
    await chooseCategory('harassment');
    await choosePlace('messages');
    inDialog<HTMLInputElement>('#block').click();
    await settle();
    const started = performance.now();
    void submit();
    await waitFor(() => blocks.length === 1, 'the block request', 1200);
    expect(performance.now() - started).to.be.below(1400);
    await waitFor(() => statusText().includes('Saved on this device'), 'the saved message');
    // Trying again (now delivered) does not ask for the block a second time.
    const success = oneEvent(el, 'report-success');
    inDialog<HTMLButtonElement>('[part="retry-button"]').click();
    await success;
    expect(blocks).to.deep.equal(['u-9']);
  });

  it('"Try again now" while still signed out keeps the report queued and says so (auth, queued)', async () => {
    const el = await flagButton(bucketUrl(bucket));
    await queueFaults(bucket, [{ status: 503, headers: { 'Retry-After': '3600' } }, { status: 401 }]);
    await openFrom(el);
    await chooseCategory('spam');
    await submit();
    await waitFor(() => statusText().includes('Saved on this device'), 'the saved message');
    const error = oneEvent(el, 'report-error');
    inDialog<HTMLButtonElement>('[part="retry-button"]').click();
    const { detail } = await error;
    expect(detail).to.include({ code: 'auth', queued: true });
    await waitFor(() => statusText().includes('signed out'), 'the signed-out message');
    const [entry] = await outbox().forSubject('content:answer:e-1');
    expect(entry?.id).to.equal(detail.report.id);
    expect(entry.state).to.equal('attention');
    // Signed in again: the same report, same id, goes out once.
    const success = oneEvent(el, 'report-success');
    inDialog<HTMLButtonElement>('[part="retry-button"]').click();
    expect((await success).detail.report.id).to.equal(detail.report.id);
    const stored = await readStored(bucket);
    expect(stored.map((s) => s.id)).to.deep.equal([detail.report.id]);
  });

  it('waitUntil called after report-submit was dispatched throws InvalidStateError', async () => {
    const el = await flagButton(bucketUrl(bucket));
    let late: ((p: Promise<unknown>) => void) | undefined;
    el.addEventListener('report-submit', (e) => {
      late = e.detail.waitUntil;
    });
    await openFrom(el);
    await chooseCategory('spam');
    const success = oneEvent(el, 'report-success');
    await submit();
    await success;
    expect(() => late!(Promise.resolve())).to.throw(DOMException).with.property('name', 'InvalidStateError');
  });

  it('a page address past the URL limit loses its query instead of making the report invalid', async () => {
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?q=${'x'.repeat(3000)}#top`);
    try {
      const el = await flagButton(bucketUrl(bucket));
      await openFrom(el);
      await chooseCategory('spam');
      const success = oneEvent(el, 'report-success');
      await submit();
      await success;
      const [{ report }] = await readLog(bucket);
      expect(report.context.pageUrl).to.equal(new URL(location.pathname, location.href).href);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it("shows a receiver's messages for fields the form has no place for", async () => {
    const el = await flagButton(bucketUrl(bucket));
    await queueFaults(bucket, [
      {
        status: 422,
        headers: { 'Content-Type': 'application/json' },
        body: '{"message":"Not accepted.","errors":{"subject.contentId":"Unknown answer."}}',
      },
    ]);
    await openFrom(el);
    await chooseCategory('spam');
    const error = oneEvent(el, 'report-error');
    await submit();
    expect((await error).detail.code).to.equal('validation');
    expect(statusText()).to.contain('Not accepted.').and.to.contain('subject.contentId: Unknown answer.');
  });

  it('a place detail typed for another place is not sent', async () => {
    const el = await userButton(bucketUrl(bucket));
    await openFrom(el);
    await chooseCategory('scam');
    await choosePlace('video-call');
    await typeInto('#placeDetail', 'Skype');
    await choosePlace('messages');
    expect(maybeInDialog('#placeDetail')).to.equal(null);
    const success = oneEvent(el, 'report-success');
    await submit();
    await success;
    const [{ report }] = await readLog(bucket);
    expect(report.incident).to.deep.equal({ place: 'messages' });
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  chooseCategory,
  chooseFiles,
  choosePlace,
  inDialog,
  makePng,
  maybeInDialog,
  openFrom,
  resetPage,
  settle,
  statusText,
  submit,
  theDialog,
  typeInto,
  waitFor,
} from '../support/dom.js';
import { bucketUrl, queueFaults, readLog, readStored, uniqueBucket } from '../support/endpoint.js';
import { configure } from '../../src/config.js';
import type { FlagButton } from '../../src/elements/flag-button/flag-button.js';
import type { ReportUserButton } from '../../src/elements/report-user-button/report-user-button.js';

async function flagButton(endpoint: string): Promise<FlagButton> {
  configure({ endpoint });
  const wrap = await fixture(html`<div lang="en">
    <flag-button content-id="n-31" content-type="notebook" author-id="u-77" excerpt="Pay me via bank transfer"></flag-button>
  </div>`);
  return wrap.querySelector('flag-button')!;
}

async function fillSpam(details = 'Keeps posting links to an essay shop'): Promise<void> {
  await chooseCategory('spam');
  await typeInto('#details', details);
}

function innerMark(el: HTMLElement): string {
  return el.shadowRoot?.querySelector('.mark')?.textContent?.trim() ?? '';
}

describe('delivery to a real endpoint', () => {
  let bucket: string;
  beforeEach(() => {
    bucket = uniqueBucket();
  });
  afterEach(resetPage);

  it('posts the v1 report as multipart with the Idempotency-Key, and thanks with the reference', async () => {
    const el = await flagButton(bucketUrl(bucket));
    await openFrom(el);
    await fillSpam();
    const success = oneEvent(el, 'report-success');
    await submit();
    const { detail } = await success;
    const log = await readLog(bucket);
    expect(log).to.have.length(1);
    const request = log[0];
    expect(request.method).to.equal('POST');
    expect(request.headers['idempotency-key']).to.equal(detail.report.id);
    expect(request.headers.accept).to.equal('application/json');
    expect(request.headers['content-type']).to.match(/^multipart\/form-data; boundary=/);
    const report = request.report as Record<string, any>;
    expect(report).to.deep.equal(JSON.parse(JSON.stringify(detail.report)));
    expect(report.schema).to.equal('report-concern/v1');
    expect(report.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Date.parse(report.createdAt)).to.be.closeTo(Date.now(), 60_000);
    expect(report.category).to.equal('spam');
    expect(report.details).to.equal('Keeps posting links to an essay shop');
    expect(report.subject).to.deep.equal({
      kind: 'content',
      contentId: 'n-31',
      contentType: 'notebook',
      url: location.href,
      authorId: 'u-77',
      excerpt: 'Pay me via bank transfer',
    });
    expect(report).not.to.have.property('incident');
    expect(report.evidence).to.deep.equal({ links: [], screenshots: [] });
    expect(report.extensions).to.deep.equal({});
    expect(report.block).to.equal(false);
    expect(report.urgent).to.equal(false);
    expect(report.context).to.include({ pageUrl: location.href, locale: 'en', widgetVersion: '0.1.0' });
    expect(request.status).to.equal(201);

    const reference = detail.response.reference!;
    expect(reference).to.be.a('string').and.not.be.empty;
    await waitFor(() => maybeInDialog('.thanks'), 'the thank-you');
    const thanks = inDialog('.thanks');
    expect(thanks.textContent).to.contain('Thank you');
    expect(thanks.textContent).to.contain(reference);
    expect(theDialog().shadowRoot!.activeElement).to.equal(thanks);
    await expect(theDialog()).shadowDom.to.be.accessible();

    const mark = await waitFor(() => el.shadowRoot!.querySelector<HTMLElement>('[part="mark"]'), 'the mark');
    expect(mark.textContent).to.equal('Reported');
    expect(mark.getBoundingClientRect().left, 'the mark follows the button').to.be.at.least(
      el.shadowRoot!.querySelector('button')!.getBoundingClientRect().right,
    );

    const closed = oneEvent(el, 'report-close');
    inDialog<HTMLButtonElement>('footer .primary').click();
    expect((await closed).detail.outcome).to.equal('delivered');
  });

  it('leaves out optional fields rather than sending them empty', async () => {
    const wrap = await fixture(html`<div><flag-button content-id="bare"></flag-button></div>`);
    configure({ endpoint: bucketUrl(bucket) });
    await openFrom(wrap.firstElementChild!);
    await chooseCategory('hate');
    await typeInto('#details', '   ');
    const success = oneEvent(wrap.firstElementChild!, 'report-success');
    await submit();
    await success;
    const [{ report }] = await readLog(bucket);
    expect(report).not.to.have.property('details');
    expect(report.subject).to.deep.equal({ kind: 'content', contentId: 'bare', contentType: 'content', url: location.href });
    expect(JSON.stringify(report)).not.to.contain('null');
    expect(JSON.stringify(report)).not.to.contain('""');
  });

  it('sends screenshots re-encoded, in order, described in evidence', async () => {
    const el = await flagButton(bucketUrl(bucket));
    await openFrom(el);
    await fillSpam();
    await chooseFiles([await makePng(40, 30, 'first.png'), await makePng(20, 10, 'second.png')]);
    await waitFor(() => theDialog().shadowRoot!.querySelectorAll('.files li').length === 2, 'two previews');
    const success = oneEvent(el, 'report-success');
    await submit();
    await success;
    const [request] = await readLog(bucket);
    const shots = request.report.evidence.screenshots;
    expect(shots.map((s: any) => [s.name, s.type, s.width, s.height])).to.deep.equal([
      ['screenshot-1.webp', 'image/webp', 40, 30],
      ['screenshot-2.webp', 'image/webp', 20, 10],
    ]);
    expect(request.files.map((f: any) => [f.name, f.size])).to.deep.equal(shots.map((s: any) => [s.name, s.size]));
  });

  it('refuses files that are not PNG, JPEG or WebP by their bytes, and a sixth image', async () => {
    const el = await flagButton(bucketUrl(bucket));
    await openFrom(el);
    const fake = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0])], 'setup.png', { type: 'image/png' });
    await chooseFiles([fake]);
    await waitFor(() => inDialog('#files-error').textContent?.includes('setup.png'), 'the refusal');
    const pngs = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => makePng(8, 8, `s${i}.png`)));
    await chooseFiles(pngs);
    await waitFor(() => inDialog('#files-error').textContent?.includes('at most 5'), 'the limit message');
    const names = [...theDialog().shadowRoot!.querySelectorAll('.files .name')].map((n) => n.textContent);
    expect(names).to.deep.equal(['s1.png', 's2.png', 's3.png', 's4.png', 's5.png']);
    // Remove one with its button: the next remove button takes focus.
    inDialog<HTMLButtonElement>('button[aria-label="Remove s2.png"]').click();
    await settle();
    await waitFor(() => theDialog().shadowRoot!.querySelectorAll('.files li').length === 4, 'removal');
    expect(theDialog().shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Remove s3.png');
  });

  it('sends configured headers, computed afresh by a function for every attempt', async () => {
    let calls = 0;
    configure({ headers: async () => ({ 'X-CSRF-Token': `token-${++calls}` }) });
    const el = await flagButton(bucketUrl(bucket));
    await queueFaults(bucket, [{ status: 503, headers: { 'Retry-After': '0' } }]);
    await openFrom(el);
    await fillSpam();
    // The outbox retries on its own; the second attempt computes the headers again.
    const success = oneEvent(el, 'report-success');
    await submit();
    await success;
    const log = await readLog(bucket);
    expect(log.map((r) => r.headers['x-csrf-token'])).to.deep.equal(['token-1', 'token-2']);
  });

  it('after a 503 says the report is saved on this device, then delivers it on its own with the same id and bytes', async () => {
    const el = await flagButton(bucketUrl(bucket));
    await queueFaults(bucket, [{ status: 503, headers: { 'Retry-After': '1' } }]);
    await openFrom(el);
    await fillSpam();
    const failed = oneEvent(el, 'report-error');
    const success = oneEvent(el, 'report-success');
    await submit();
    const error = (await failed).detail;
    expect(error).to.include({ code: 'server', queued: true });
    expect(error.message).to.contain('Saved on this device');
    expect(statusText()).to.contain('Saved on this device');
    expect(innerMark(el)).to.contain('Saved, will be sent');
    await expect(theDialog()).shadowDom.to.be.accessible();
    const { detail } = await success;
    expect(detail.response.reference).to.match(/^RC-/);
    await waitFor(() => maybeInDialog('.thanks'), 'the thank-you after the background delivery');
    expect(innerMark(el)).to.equal('Reported');
    const log = await readLog(bucket);
    expect(log.map((r) => r.status)).to.deep.equal([503, 201]);
    expect(log[0].headers['idempotency-key']).to.equal(log[1].headers['idempotency-key']);
    expect(log[0].report).to.deep.equal(log[1].report);
  });

  it('closing while a report waits resolves open() with "queued", and it is still delivered', async () => {
    const el = await flagButton(bucketUrl(bucket));
    await queueFaults(bucket, [{ status: 500 }]);
    await openFrom(el);
    await fillSpam();
    const failed = oneEvent(el, 'report-error');
    await submit();
    await failed;
    const closed = oneEvent(el, 'report-close');
    const success = oneEvent(el, 'report-success');
    inDialog<HTMLButtonElement>('footer button.primary').click();
    expect((await closed).detail.outcome).to.equal('queued');
    await success;
    expect(await readStored(bucket)).to.have.length(1);
  });

  it('closing the dialog and removing the button mid-upload does not cancel the delivery', async () => {
    const el = await flagButton(bucketUrl(bucket));
    await queueFaults(bucket, [{ delayMs: 400 }]);
    await openFrom(el);
    await fillSpam();
    const closed = oneEvent(el, 'report-close');
    const success = oneEvent(document, 'report-success');
    await submit();
    inDialog<HTMLButtonElement>('[part="close-button"]').click();
    expect((await closed).detail.outcome).to.equal('queued');
    el.remove();
    const { detail } = await success;
    expect(detail.response.reference).to.match(/^RC-/);
    expect(await readStored(bucket)).to.have.length(1);
  });

  it('"Discard draft" empties the form and forgets what was typed', async () => {
    const el = await flagButton(bucketUrl(bucket));
    await openFrom(el);
    await fillSpam('Something I no longer want to send');
    const closed = oneEvent(el, 'report-close');
    inDialog<HTMLButtonElement>('[part="cancel-button"]').click();
    await closed;
    expect(JSON.stringify({ ...sessionStorage })).to.contain('no longer want');
    await openFrom(el);
    expect(inDialog<HTMLTextAreaElement>('#details').value).to.equal('Something I no longer want to send');
    inDialog<HTMLButtonElement>('[part="discard-draft-button"]').click();
    await waitFor(() => inDialog<HTMLTextAreaElement>('#details').value === '', 'an empty form');
    expect(maybeInDialog('input[name="category"]:checked')).to.equal(null);
    expect(maybeInDialog('[part="discard-draft-button"]')).to.equal(null);
    expect(JSON.stringify({ ...sessionStorage })).not.to.contain('no longer want');
  });

  it('a saved report later refused as signed out stays saved, and the dialog says so when opened again', async () => {
    const el = await flagButton(bucketUrl(bucket));
    await queueFaults(bucket, [{ status: 503, headers: { 'Retry-After': '1' } }, { status: 401 }]);
    await openFrom(el);
    await fillSpam();
    await submit();
    await waitFor(() => statusText().includes('Saved on this device'), 'the saved message');
    const closed = oneEvent(el, 'report-close');
    inDialog<HTMLButtonElement>('[part="close-button"]').click();
    await closed;
    let log: Awaited<ReturnType<typeof readLog>> = [];
    for (let i = 0; i < 50 && log.length < 2; i++) {
      await new Promise((r) => setTimeout(r, 100));
      log = await readLog(bucket);
    }
    expect(log.map((r) => r.status)).to.deep.equal([503, 401]);
    await openFrom(el);
    // The outbox answers once the dialog is open.
    await waitFor(() => statusText().includes('signed out'), 'the signed-out message');
    expect(maybeInDialog('[part="retry-button"]')).to.exist;
    const success = oneEvent(el, 'report-success');
    inDialog<HTMLButtonElement>('[part="retry-button"]').click();
    await success;
    expect(await readStored(bucket)).to.have.length(1);
  });

  it('a saved report refused (422) while the dialog was closed comes back into the form with the messages', async () => {
    const el = await flagButton(bucketUrl(bucket));
    await queueFaults(bucket, [
      { status: 503, headers: { 'Retry-After': '1' } },
      { status: 422, headers: { 'Content-Type': 'application/json' }, body: '{"errors":{"details":"Say which answer."}}' },
    ]);
    await openFrom(el);
    await fillSpam();
    await submit();
    await waitFor(() => statusText().includes('Saved on this device'), 'the saved message');
    const closed = oneEvent(el, 'report-close');
    inDialog<HTMLButtonElement>('[part="close-button"]').click();
    await closed;
    let log: Awaited<ReturnType<typeof readLog>> = [];
    for (let i = 0; i < 50 && log.length < 2; i++) {
      await new Promise((r) => setTimeout(r, 100));
      log = await readLog(bucket);
    }
    expect(log.map((r) => r.status)).to.deep.equal([503, 422]);
    await openFrom(el);
    await waitFor(() => maybeInDialog('#details-error')?.textContent, 'the refusal back in the form');
    expect(inDialog<HTMLTextAreaElement>('#details').value).to.equal('Keeps posting links to an essay shop');
    expect(inDialog('#details-error').textContent).to.contain('Say which answer.');
    expect(inDialog<HTMLInputElement>('input[value="spam"]').checked).to.equal(true);
  });

  it('a saved report refused while the dialog shows it goes straight back into the form', async () => {
    const el = await flagButton(bucketUrl(bucket));
    await queueFaults(bucket, [
      { status: 503, headers: { 'Retry-After': '1' } },
      { status: 422, headers: { 'Content-Type': 'application/json' }, body: '{"errors":{"details":"Say which answer."}}' },
    ]);
    await openFrom(el);
    await fillSpam();
    await submit();
    await waitFor(() => statusText().includes('Saved on this device'), 'the saved message');
    await waitFor(() => maybeInDialog('#details-error')?.textContent?.includes('Say which answer.'), 'the 422 in the form', 5000);
    expect(inDialog<HTMLTextAreaElement>('#details').value).to.equal('Keeps posting links to an essay shop');
  });

  it('a saved report can be discarded, and nothing more is sent', async () => {
    const el = await flagButton(bucketUrl(bucket));
    await queueFaults(bucket, [{ status: 503, headers: { 'Retry-After': '1' } }]);
    await openFrom(el);
    await fillSpam();
    await submit();
    await waitFor(() => statusText().includes('Saved on this device'), 'the saved message');
    inDialog<HTMLButtonElement>('[part="discard-button"]').click();
    await waitFor(() => maybeInDialog('input[name="category"]'), 'an empty form');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await readLog(bucket)).to.have.length(1);
    expect(await readStored(bucket)).to.have.length(0);
  });

  it('opening the dialog again shows the waiting report instead of a blank form', async () => {
    const el = await flagButton(bucketUrl(bucket));
    await queueFaults(bucket, [{ status: 503, headers: { 'Retry-After': '60' } }]);
    await openFrom(el);
    await fillSpam();
    await submit();
    await waitFor(() => statusText().includes('Saved on this device'), 'the saved message');
    const closed = oneEvent(el, 'report-close');
    inDialog<HTMLButtonElement>('footer button.primary').click();
    expect((await closed).detail.outcome).to.equal('queued');
    await openFrom(el);
    await waitFor(() => statusText().includes('Saved on this device'), 'the saved message');
    const success = oneEvent(el, 'report-success');
    inDialog<HTMLButtonElement>('[part="retry-button"]').click();
    await success;
    await waitFor(() => maybeInDialog('.thanks'), 'the thank-you');
    expect((await readLog(bucket)).map((r) => r.status)).to.deep.equal([503, 201]);
  });

  it('says the connection failed when the server never answers, within the timeout', async () => {
    configure({ timeout: 300 });
    const el = await flagButton(bucketUrl(bucket));
    await queueFaults(bucket, [{ hang: true }]);
    await openFrom(el);
    await fillSpam();
    const failed = oneEvent(el, 'report-error');
    await submit();
    expect((await failed).detail).to.include({ code: 'network', queued: true });
    expect(statusText()).to.contain('connection failed');
  });

  it('treats a 200 with an HTML page as not delivered', async () => {
    const el = await flagButton(bucketUrl(bucket));
    await queueFaults(bucket, [{ status: 200, headers: { 'Content-Type': 'text/html' }, body: '<h1>Sign in</h1>' }]);
    await openFrom(el);
    await fillSpam();
    const failed = oneEvent(el, 'report-error');
    await submit();
    expect((await failed).detail).to.include({ code: 'server', queued: true });
    expect(maybeInDialog('.thanks')).to.equal(null);
  });

  it('shows the server\'s 422 messages by their fields and keeps the input', async () => {
    const el = await flagButton(bucketUrl(bucket));
    await queueFaults(bucket, [
      {
        status: 422,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ message: 'Please check the report.', errors: { details: 'Details are not acceptable.' } }),
      },
    ]);
    await openFrom(el);
    await fillSpam();
    const failed = oneEvent(el, 'report-error');
    await submit();
    expect((await failed).detail).to.include({ code: 'validation', queued: false });
    await waitFor(() => inDialog('#details-error').textContent?.includes('not acceptable'), 'field error');
    expect(statusText()).to.equal('Please check the report.');
    expect(inDialog<HTMLTextAreaElement>('#details').value).to.equal('Keeps posting links to an essay shop');
    await expect(theDialog()).shadowDom.to.be.accessible();
  });

  for (const [status, code, words] of [
    [401, 'auth', 'signed out'],
    [403, 'auth', 'signed out'],
    [413, 'too-large', 'too large'],
  ] as const) {
    it(`says what a ${status} means and does not retry (${code})`, async () => {
      const el = await flagButton(bucketUrl(bucket));
      await queueFaults(bucket, [{ status }]);
      await openFrom(el);
      await fillSpam();
      const failed = oneEvent(el, 'report-error');
      await submit();
      expect((await failed).detail).to.include({ code, queued: false });
      expect(statusText()).to.contain(words);
      await new Promise((r) => setTimeout(r, 100));
      expect(await readLog(bucket)).to.have.length(1);
    });
  }

  it('sends once when Submit is clicked twice', async () => {
    const el = await flagButton(bucketUrl(bucket));
    await queueFaults(bucket, [{ delayMs: 300 }]);
    await openFrom(el);
    await fillSpam();
    const success = oneEvent(el, 'report-success');
    const button = inDialog<HTMLButtonElement>('button[type="submit"]');
    button.click();
    button.click();
    await settle();
    button.click();
    await success;
    expect(await readLog(bucket)).to.have.length(1);
  });

  it('sends nothing when a report-submit listener cancels, and stays open', async () => {
    const el = await flagButton(bucketUrl(bucket));
    el.addEventListener('report-submit', (e) => e.preventDefault(), { once: true });
    await openFrom(el);
    await fillSpam();
    await submit();
    await waitFor(() => statusText().includes('not sent'), 'the message');
    expect(await readLog(bucket)).to.have.length(0);
    expect(maybeInDialog('dialog[open]')).to.exist;
  });

  it('sends nothing when a waitUntil promise rejects', async () => {
    const el = await flagButton(bucketUrl(bucket));
    el.addEventListener('report-submit', (e) => e.detail.waitUntil(Promise.reject(new Error('captcha failed'))), {
      once: true,
    });
    await openFrom(el);
    await fillSpam();
    await submit();
    await waitFor(() => statusText().includes('not sent'), 'the message');
    expect(await readLog(bucket)).to.have.length(0);
  });

  it('lets a listener add extensions asynchronously through waitUntil', async () => {
    const el = await flagButton(bucketUrl(bucket));
    el.addEventListener('report-submit', (e) => {
      e.detail.waitUntil(
        new Promise((r) => setTimeout(r, 50)).then(() => {
          e.detail.report.extensions.captchaToken = 'tok-123';
        }),
      );
    });
    await openFrom(el);
    await fillSpam();
    const success = oneEvent(el, 'report-success');
    await submit();
    await success;
    const [request] = await readLog(bucket);
    expect(request.report.extensions).to.deep.equal({ captchaToken: 'tok-123' });
  });

  it('checks the report again after listeners: an invalid change is a validation error and nothing is sent', async () => {
    const el = await flagButton(bucketUrl(bucket));
    el.addEventListener('report-submit', (e) => {
      (e.detail.report as any).details = 'x'.repeat(2001);
    });
    await openFrom(el);
    await fillSpam();
    const failed = oneEvent(el, 'report-error');
    await submit();
    expect((await failed).detail.code).to.equal('validation');
    expect(await readLog(bucket)).to.have.length(0);
  });

  it('delivers a user report with the incident, evidence links and the block request', async () => {
    configure({ endpoint: bucketUrl(bucket) });
    const wrap = await fixture(html`<div>
      <report-user-button user-id="u-5" user-name="Lee" profile-url="https://community.example/u/5"></report-user-button>
    </div>`);
    const el = wrap.firstElementChild as ReportUserButton;
    await openFrom(el);
    await chooseCategory('scam');
    await choosePlace('video-call');
    await typeInto('#placeDetail', 'Skype');
    await typeInto('#links', 'https://community.example/m/1\nhttps://community.example/m/1\n https://community.example/m/2 ');
    await typeInto('#messageText', 'Send 200 USD by Western Union\nbefore the lesson');
    inDialog<HTMLInputElement>('#block').click();
    await settle();
    const block = oneEvent(el, 'report-block-request');
    const success = oneEvent(el, 'report-success');
    await submit();
    await success;
    expect((await block).detail).to.deep.equal({ userId: 'u-5' });
    const [{ report }] = await readLog(bucket);
    expect(report.subject).to.deep.equal({
      kind: 'user',
      userId: 'u-5',
      userName: 'Lee',
      profileUrl: 'https://community.example/u/5',
    });
    expect(report.incident).to.deep.equal({
      place: 'video-call',
      placeDetail: 'Skype',
      messageText: 'Send 200 USD by Western Union\nbefore the lesson',
    });
    expect(report.evidence.links).to.deep.equal(['https://community.example/m/1', 'https://community.example/m/2']);
    expect(report.block).to.equal(true);
    await waitFor(() => maybeInDialog('.thanks')?.textContent?.includes('block Lee'), 'block confirmation');
  });
});

// Delivery to a real endpoint: what is posted, how, and what the page may
// change before it goes. What the form does with each of the receiver's
// answers is in delivery-answers.test.ts.
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
import { bucketUrl, queueFaults, readLog, uniqueBucket } from '../support/endpoint.js';
import { flagButton, fillSpam } from '../support/delivery.js';
import { configure } from '../../src/config.js';
import type { ReportUserButton } from '../../src/elements/report-user-button/report-user-button.js';

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

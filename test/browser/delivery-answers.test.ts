// Delivery to a real endpoint, continued (delivery.test.ts): what the form
// does with each of the receiver's answers, a report kept on the device
// and sent again, refused or discarded, and a receiver that never answers.
import { expect, oneEvent } from '@open-wc/testing';
import {
  inDialog,
  maybeInDialog,
  openFrom,
  resetPage,
  statusText,
  submit,
  theDialog,
  waitFor,
} from '../support/dom.js';
import { bucketUrl, queueFaults, readLog, readStored, uniqueBucket } from '../support/endpoint.js';
import { closeOnceSaved, flagButton, fillSpam, innerMark, logOnceItHolds } from '../support/delivery.js';
import { configure } from '../../src/config.js';

describe('delivery: what the receiver answers', () => {
  let bucket: string;
  beforeEach(() => {
    bucket = uniqueBucket();
  });
  afterEach(resetPage);

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
    await closeOnceSaved(el);
    const log = await logOnceItHolds(bucket, 2);
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
    await closeOnceSaved(el);
    const log = await logOnceItHolds(bucket, 2);
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
});

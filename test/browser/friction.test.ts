/**
 * Bot friction a site can turn on: the honeypot field, a minimum time before
 * a report is sent (both reported in `context`), and a captcha token added
 * to `extensions` by a `report-submit` listener through `waitUntil`. Every
 * report goes to the real test endpoint.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { chooseCategory, maybeInDialog, openFrom, resetPage, statusText, submit, typeInto, waitFor } from '../support/dom.js';
import { bucketUrl, readLog, uniqueBucket } from '../support/endpoint.js';
import { configure } from '../../src/config.js';
import type { FlagButton } from '../../src/elements/flag-button/flag-button.js';

async function flagButton(): Promise<FlagButton> {
  const wrap = await fixture(html`<div lang="en"><flag-button content-id="f-1" content-type="answer"></flag-button></div>`);
  return wrap.querySelector('flag-button')!;
}

async function fill(): Promise<void> {
  await chooseCategory('spam');
  await typeInto('#details', 'Links to an essay shop');
}

describe('bot friction', () => {
  let bucket: string;
  beforeEach(() => {
    bucket = uniqueBucket();
    configure({ endpoint: bucketUrl(bucket) });
  });
  afterEach(resetPage);

  it('adds nothing to the form or the report unless the site turns it on', async () => {
    const el = await flagButton();
    await openFrom(el);
    expect(maybeInDialog('#website')).to.equal(null);
    await fill();
    const success = oneEvent(el, 'report-success');
    await submit();
    await success;
    const [request] = await readLog(bucket);
    expect(request.report.context).to.not.have.any.keys('honeypotFilled', 'fillMs');
  });

  it('honeypot: a field no person sees or reaches; a person leaves it empty', async () => {
    configure({ honeypot: true });
    const el = await flagButton();
    await openFrom(el);
    const field = maybeInDialog<HTMLInputElement>('#website')!;
    expect(field).to.not.equal(null);
    expect(field.tabIndex).to.equal(-1);
    expect(field.autocomplete).to.equal('off');
    expect(field.closest('[aria-hidden="true"]')).to.not.equal(null);
    // Clipped to nothing: a few pixels of box at most, and no point of the screen hits it.
    const rect = field.getBoundingClientRect();
    expect(rect.width * rect.height).to.be.at.most(64);
    const root = field.getRootNode() as ShadowRoot;
    expect(root.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)).to.not.equal(field);
    expect(getComputedStyle(field).clipPath).to.equal('inset(50%)');
    await fill();
    const success = oneEvent(el, 'report-success');
    await submit();
    await success;
    const [request] = await readLog(bucket);
    expect(request.report.context.honeypotFilled).to.equal(false);
    expect(request.report.context.fillMs).to.be.a('number').and.at.least(0);
  });

  it('honeypot: a script that fills every field is reported as such, and the report still arrives', async () => {
    configure({ honeypot: true });
    const el = await flagButton();
    await openFrom(el);
    await fill();
    await typeInto('#website', 'https://cheap-essays.example');
    const success = oneEvent(el, 'report-success');
    await submit();
    await success;
    const [request] = await readLog(bucket);
    expect(request.report.context.honeypotFilled).to.equal(true);
  });

  it('minSubmitMs: a form sent at once waits out the minimum, and fillMs says how fast it was', async () => {
    configure({ minSubmitMs: 900 });
    const el = await flagButton();
    const opened = performance.now();
    await openFrom(el);
    await fill();
    let submitted = 0;
    el.addEventListener('report-submit', () => (submitted = performance.now()));
    const success = oneEvent(el, 'report-success');
    await submit();
    await waitFor(() => statusText() === '' && maybeInDialog('[aria-busy="true"]'), 'sending');
    expect(await readLog(bucket)).to.have.length(0);
    await success;
    expect(performance.now() - opened).to.be.at.least(880);
    const [request] = await readLog(bucket);
    expect(request.report.context.fillMs).to.be.at.most(Math.ceil(submitted - opened) + 50);
    expect(request.report.context.fillMs).to.be.below(900);
  });

  it('a report-submit listener adds a captcha token to extensions through waitUntil', async () => {
    const el = await flagButton();
    el.addEventListener('report-submit', (event) => {
      event.detail.waitUntil(
        new Promise<void>((resolve) =>
          setTimeout(() => {
            event.detail.report.extensions.captcha = { provider: 'test', token: 'tok-7f3a' };
            resolve();
          }, 100),
        ),
      );
    });
    await openFrom(el);
    await fill();
    const success = oneEvent(el, 'report-success');
    await submit();
    const { detail } = await success;
    const [request] = await readLog(bucket);
    expect(request.report.extensions).to.deep.equal({ captcha: { provider: 'test', token: 'tok-7f3a' } });
    expect(detail.report.extensions.captcha).to.deep.equal({ provider: 'test', token: 'tok-7f3a' });
  });

  it('a captcha that fails (the waitUntil promise rejects) sends nothing and keeps the form', async () => {
    const el = await flagButton();
    el.addEventListener('report-submit', (event) => event.detail.waitUntil(Promise.reject(new Error('captcha failed'))));
    await openFrom(el);
    await fill();
    await submit();
    await waitFor(() => statusText().length > 0, 'the message');
    expect(maybeInDialog<HTMLTextAreaElement>('#details')!.value).to.equal('Links to an essay shop');
    expect(await readLog(bucket)).to.have.length(0);
  });
});

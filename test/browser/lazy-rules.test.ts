/**
 * The full v1 rules (zod) are not part of an ordinary report: the form
 * checks its fields itself and loads the rules only when a report-submit
 * listener changed the report it built. This file imports nothing that
 * reaches src/report/schema.ts, so the resource timings show when the
 * dialog itself fetched it.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { chooseCategory, fetchedPaths, inDialog, openFrom, resetPage, submit } from '../support/dom.js';
import { bucketUrl, readLog, uniqueBucket } from '../support/endpoint.js';
import { configure } from '../../src/config.js';
import type { FlagButton } from '../../src/elements/flag-button/flag-button.js';

const rulesFetched = () => fetchedPaths().some((path) => path.endsWith('/src/report/schema.ts'));

describe('the full rules load only when host code changed the report', () => {
  afterEach(resetPage);

  it('an ordinary report is sent without them; a listener that changes the report brings them in, and they still refuse a bad change', async () => {
    const bucket = uniqueBucket();
    configure({ endpoint: bucketUrl(bucket) });
    const wrap = await fixture(html`<div lang="en"><flag-button content-id="l-1" content-type="answer"></flag-button></div>`);
    const el = wrap.querySelector<FlagButton>('flag-button')!;

    await openFrom(el);
    await chooseCategory('spam');
    let success = oneEvent(el, 'report-success');
    await submit();
    await success;
    expect(rulesFetched(), 'schema.ts fetched for an ordinary report').to.equal(false);

    // A listener breaks the report: the rules load, refuse it, nothing is sent.
    const breakIt = (e: HTMLElementEventMap['report-submit']) => {
      (e.detail.report as unknown as Record<string, unknown>).category = 'not-a-category';
    };
    el.addEventListener('report-submit', breakIt);
    const closed = oneEvent(el, 'report-close');
    inDialog<HTMLButtonElement>('[part="close-button"]').click();
    await closed;
    await openFrom(el);
    await chooseCategory('hate');
    const error = oneEvent(el, 'report-error');
    await submit();
    expect((await error).detail.code).to.equal('validation');
    expect(rulesFetched()).to.equal(true);
    expect(await readLog(bucket)).to.have.length(1);

    // A listener that adds a token: checked, and sent.
    el.removeEventListener('report-submit', breakIt);
    el.addEventListener('report-submit', (e) => {
      e.detail.report.extensions.captcha = 'token-1';
    });
    success = oneEvent(el, 'report-success');
    await submit();
    await success;
    const log = await readLog(bucket);
    expect(log).to.have.length(2);
    expect(log[1].report.extensions).to.deep.equal({ captcha: 'token-1' });
  });
});

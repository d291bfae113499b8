/**
 * The submit path against hosts that misbehave (issue 19, item 7): a
 * `waitUntil` promise that never settles, and prototypes patched so that
 * `JSON.stringify` writes something else.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { chooseCategory, inDialog, openFrom, resetPage, statusText, submit, typeInto, waitFor } from '../support/dom.js';
import { bucketUrl, readLog, readStored, uniqueBucket } from '../support/endpoint.js';
import { configure } from '../../src/config.js';
import { HOST_WAIT_LIMIT_MS } from '../../src/internal/time-limit.js';
import { serialise } from '../../src/report/serialise.js';

describe('submit limits', function () {
  this.timeout(20_000);
  afterEach(resetPage);

  it('a waitUntil promise that never settles ends in a message after its time limit, and nothing is sent', async () => {
    const bucket = uniqueBucket();
    configure({ endpoint: bucketUrl(bucket) });
    const wrap = await fixture(html`<div lang="en"><flag-button content-id="a-3" content-type="answer"></flag-button></div>`);
    const el = wrap.querySelector('flag-button')!;
    el.addEventListener('report-submit', (e) => e.detail.waitUntil(new Promise(() => undefined)), { once: true });
    await openFrom(el);
    await chooseCategory('spam');
    await typeInto('#details', 'Sells followers in every comment');
    // The limit is a minute; this test cannot wait that long, so the one timer of that length runs at once.
    const realSetTimeout = window.setTimeout;
    window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) =>
      realSetTimeout(fn, ms === HOST_WAIT_LIMIT_MS ? 50 : ms, ...rest)) as typeof window.setTimeout;
    try {
      await submit();
      await waitFor(() => statusText().includes('not sent'), 'the message');
    } finally {
      window.setTimeout = realSetTimeout;
    }
    expect(inDialog<HTMLButtonElement>('button[type="submit"]').disabled).to.equal(false);
    expect(await readLog(bucket)).to.have.length(0);
    // The form is usable again: without the listener, Submit sends.
    const success = oneEvent(el, 'report-success');
    await submit();
    await success;
    expect(await readStored(bucket)).to.have.length(1);
  });

  describe('serialising a report on a page that patched prototypes', () => {
    const patched: [object, PropertyDescriptor | undefined][] = [];
    const patch = (proto: object, toJSON: () => unknown) => {
      patched.push([proto, Object.getOwnPropertyDescriptor(proto, 'toJSON')]);
      Object.defineProperty(proto, 'toJSON', { value: toJSON, configurable: true, writable: true });
    };
    afterEach(() => {
      for (const [proto, descriptor] of patched.splice(0)) {
        if (descriptor) Object.defineProperty(proto, 'toJSON', descriptor);
        else delete (proto as { toJSON?: unknown }).toJSON;
      }
    });

    const report = () => ({
      id: 'r-1',
      details: 'Text with "quotes", \\ and\nlines',
      evidence: { links: ['https://example.test/a'], screenshots: [{ name: 's.png', width: 3 }] },
      extensions: { at: new Date(Date.UTC(2026, 0, 2)), where: new URL('https://example.test/p'), gone: undefined, n: NaN },
    });

    it('writes what JSON.stringify writes on an untouched page', () => {
      expect(serialise(report())).to.equal(JSON.stringify(report()));
    });

    it('ignores Array.prototype.toJSON and Object.prototype.toJSON', () => {
      const expected = JSON.stringify(report());
      patch(Array.prototype, function (this: unknown[]) {
        return `[${this.length} items]`;
      });
      patch(Object.prototype, () => 'an object');
      expect(JSON.stringify(report()), 'the page really is patched').to.not.equal(expected);
      expect(serialise(report())).to.equal(expected);
    });
  });
});

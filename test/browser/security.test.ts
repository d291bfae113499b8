/**
 * The security review of docs/SECURITY.md, checked where a test can check
 * it: the endpoint rules also for attributes changed while the dialog is
 * open, config that pasted markup cannot clobber, headers and cookies only
 * where the config says, nothing personal in the console, and no stored copy
 * left once a report is delivered.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { chooseCategory, chooseFiles, makePng, openFrom, resetPage, statusText, submit, typeInto, waitFor } from '../support/dom.js';
import { bucketUrl, queueFaults, readLog, uniqueBucket } from '../support/endpoint.js';
import { configure, pageConfig } from '../../src/config.js';
import type { FlagButton } from '../../src/elements/flag-button/flag-button.js';
import type { ReportUserButton } from '../../src/elements/report-user-button/report-user-button.js';

const SECRET_DETAILS = 'my phone is 0176-5550199 and he knows where I live';

/** Every fetch the page makes, with what it was asked to send; calls through to the network. */
function spyOnFetch(answer?: (url: string) => Response | undefined) {
  const calls: { url: string; init: RequestInit }[] = [];
  const real = window.fetch;
  window.fetch = (input, init = {}) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.includes('/__test/log/') && !url.includes('/__test/faults/')) calls.push({ url, init });
    const fake = answer?.(url);
    return fake ? Promise.resolve(fake) : real(input, init);
  };
  return { calls, restore: () => (window.fetch = real) };
}

function headersOf(init: RequestInit): Record<string, string> {
  return Object.fromEntries(new Headers(init.headers).entries());
}

/** The outbox's raw IndexedDB records, as anything else on the page could read them. */
function rawOutbox(): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('report-concern');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('outbox')) {
        db.close();
        resolve([]);
        return;
      }
      const all = db.transaction('outbox').objectStore('outbox').getAll();
      all.onsuccess = () => {
        db.close();
        resolve(all.result as Record<string, unknown>[]);
      };
      all.onerror = () => reject(all.error);
    };
  });
}

async function flag(endpointAttr?: string): Promise<FlagButton> {
  const wrap = await fixture(
    html`<div lang="en"><flag-button content-id="s-1" content-type="comment" excerpt="call me on 0176-5550199" endpoint=${endpointAttr ?? ''}></flag-button></div>`,
  );
  const el = wrap.querySelector('flag-button')!;
  if (!endpointAttr) el.removeAttribute('endpoint');
  return el;
}

describe('security review', () => {
  let bucket: string;
  beforeEach(() => {
    bucket = uniqueBucket();
  });
  afterEach(resetPage);

  describe('endpoint rules at the moment of sending', () => {
    it('an endpoint attribute changed to another origin while the dialog is open is refused; nothing is posted', async () => {
      configure({ endpoint: bucketUrl(bucket) });
      const el = await flag(bucketUrl(bucket));
      const spy = spyOnFetch();
      try {
        await openFrom(el);
        await chooseCategory('spam');
        // Pasted content's script, or a later attribute change, after the form opened.
        el.setAttribute('endpoint', 'https://evil.example/collect');
        const failed = oneEvent(el, 'report-error');
        await submit();
        expect((await failed).detail).to.include({ code: 'config', queued: false });
        await waitFor(() => statusText().includes('cannot send reports'), 'the message');
        expect(spy.calls).to.deep.equal([]);
        expect(await readLog(bucket)).to.have.length(0);
      } finally {
        spy.restore();
      }
    });

    it('a pasted endpoint set back to an allowed one before sending is honoured: the rule is checked when sending', async () => {
      configure({ endpoint: '/never-used', allowedEndpoints: [new URL(bucketUrl(bucket)).origin] });
      const el = await flag('https://evil.example/collect');
      await openFrom(el);
      await chooseCategory('spam');
      el.endpoint = bucketUrl(bucket);
      const success = oneEvent(el, 'report-success');
      await submit();
      await success;
      expect(await readLog(bucket)).to.have.length(1);
    });

    it('markup that clobbers window.reportConcernConfig cannot set the endpoint or the allowed list', async () => {
      // <form id="reportConcernConfig"><input name="endpoint" value="…"> in user content, alone and with a twin.
      const wrap = await fixture(
        html`<div>
          <form id="reportConcernConfig">
            <input name="endpoint" value="https://evil.example/collect" />
            <input name="allowedEndpoints" value="https://evil.example" />
          </form>
        </div>`,
      );
      // Booleans, not the elements, go to expect: a failing assertion about a
      // DOM node made web-test-runner's Firefox runner hang serialising it.
      const clobbered = (window as unknown as Record<string, unknown>).reportConcernConfig;
      expect(clobbered instanceof HTMLFormElement, 'the form clobbers the name').to.equal(true);
      expect(pageConfig().endpoint).to.equal(undefined);
      expect(pageConfig().allowedEndpoints).to.equal(undefined);
      wrap.insertAdjacentHTML('beforeend', '<a id="reportConcernConfig" name="endpoint" href="https://evil.example/a"></a>');
      // Chromium and WebKit now give an HTMLCollection of both; Firefox 153 keeps the form.
      const twice = (window as unknown as Record<string, unknown>).reportConcernConfig;
      expect(twice instanceof HTMLCollection || twice instanceof HTMLFormElement, 'still clobbered').to.equal(true);
      expect(pageConfig().endpoint).to.equal(undefined);
      expect(pageConfig().allowedEndpoints).to.equal(undefined);
      wrap.remove();
    });
  });

  describe('headers and cookies', () => {
    it('headers go, computed for each attempt, to the page config endpoint; never to an allowed third origin; never stored', async () => {
      let calls = 0;
      const thirdOrigin = `http://127.0.0.1:${location.port}`;
      configure({
        endpoint: bucketUrl(bucket),
        allowedEndpoints: [thirdOrigin],
        headers: () => ({ 'X-CSRF-Token': `token-${++calls}` }),
      });
      await queueFaults(bucket, [{ status: 503, headers: { 'Retry-After': '1' } }]);
      const spy = spyOnFetch((url) =>
        url.startsWith(thirdOrigin)
          ? new Response('{"reference":"RC-00000001"}', { status: 201, headers: { 'Content-Type': 'application/json' } })
          : undefined,
      );
      try {
        const own = await flag();
        await openFrom(own);
        await chooseCategory('spam');
        const queued = oneEvent(own, 'report-error');
        await submit();
        await queued;
        // Kept for a retry: the stored copy holds no header value.
        const stored = await rawOutbox();
        const mine = stored.filter((e) => JSON.stringify(e).includes(bucket));
        expect(mine).to.have.length(1);
        expect(JSON.stringify(mine)).to.not.include('token-');
        const delivered = oneEvent(own, 'report-success');
        await waitFor(async () => (await readLog(bucket)).length === 2, 'the retry', 8000);
        await delivered;
        const log = await readLog(bucket);
        expect(log.map((r) => r.headers['x-csrf-token'])).to.deep.equal(['token-1', 'token-2']);

        document.querySelector('report-concern-dialog')!.close();
        await waitFor(() => !document.querySelector('report-concern-dialog')!.isOpen, 'the dialog to close');
        const third = await flag(`${thirdOrigin}/__test/reports/${bucket}`);
        await openFrom(third);
        await chooseCategory('spam');
        const ok = oneEvent(third, 'report-success');
        await submit();
        await ok;
        const toThird = spy.calls.filter((c) => c.url.startsWith(thirdOrigin));
        expect(toThird).to.have.length(1);
        expect(headersOf(toThird[0].init)).to.not.have.property('x-csrf-token');
        expect(toThird[0].init.credentials).to.equal('same-origin');
      } finally {
        spy.restore();
      }
    });

    it('cookies only as `credentials` says: same-origin by default, include or omit when set', async () => {
      const spy = spyOnFetch();
      try {
        for (const credentials of [undefined, 'include', 'omit'] as const) {
          const b = uniqueBucket();
          configure(credentials ? { endpoint: bucketUrl(b), credentials } : { endpoint: bucketUrl(b) });
          const el = await flag();
          await openFrom(el);
          await chooseCategory('spam');
          const ok = oneEvent(el, 'report-success');
          await submit();
          await ok;
          const call = spy.calls.find((c) => c.url === bucketUrl(b))!;
          expect(call.init.credentials, String(credentials)).to.equal(credentials ?? 'same-origin');
          await resetPage();
        }
      } finally {
        spy.restore();
      }
    });
  });

  it('markup in attributes and in what the reporter typed stays text: no element, no handler, no link', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><a href="javascript:window.__pwned=2">x</a>';
    configure({ endpoint: bucketUrl(bucket), helpUrl: 'javascript:window.__pwned=3' });
    const wrap = await fixture(html`<div lang="en">
      <report-user-button user-id="u-1" user-name=${evil} profile-url="javascript:window.__pwned=4"></report-user-button>
      <flag-button content-id="x-1" excerpt=${evil} content-url="javascript:window.__pwned=5"></flag-button>
    </div>`);
    const root = () => document.querySelector('report-concern-dialog')!.shadowRoot!;
    const user = wrap.querySelector('report-user-button')!;
    await openFrom(user);
    expect(root().querySelector('#intro')!.textContent).to.include('<img src=x');
    await chooseCategory('spam');
    root().querySelector<HTMLInputElement>('#urgent')!.click();
    await typeInto('#details', evil);
    await waitFor(() => root().querySelector('.urgent-help'), 'the urgent help');
    expect(root().querySelector('.urgent-help a'), 'no link from a javascript: helpUrl').to.equal(null);
    expect(root().querySelectorAll('img, a[href^="javascript"]')).to.have.length(0);
    expect(user.subject?.kind === 'user' && user.subject.profileUrl).to.equal(location.href);
    document.querySelector('report-concern-dialog')!.close();
    await waitFor(() => !document.querySelector('report-concern-dialog')!.isOpen, 'the dialog to close');
    const flagEl = wrap.querySelector('flag-button')!;
    await openFrom(flagEl);
    expect(root().querySelector('blockquote')!.textContent).to.equal(evil);
    expect(root().querySelectorAll('img, a[href^="javascript"]')).to.have.length(0);
    expect(flagEl.subject?.kind === 'content' && flagEl.subject.url).to.equal(location.href);
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('nothing personal reaches the console during a whole report, a retry and a refusal', async () => {
    const logged: unknown[][] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'] as const;
    const real = methods.map((m) => console[m]);
    methods.forEach((m) => {
      console[m] = (...args: unknown[]) => void logged.push(args);
    });
    try {
      configure({ endpoint: bucketUrl(bucket), headers: { Authorization: 'Bearer secret-token-42' } });
      await queueFaults(bucket, [{ status: 503, headers: { 'Retry-After': '1' } }]);
      const wrap = await fixture(html`<div lang="en">
        <report-user-button user-id="u-secret-77" user-name="Ada Secretname"></report-user-button>
      </div>`);
      const el = wrap.querySelector<ReportUserButton>('report-user-button')!;
      await openFrom(el);
      await chooseCategory('harassment');
      const place = document.querySelector('report-concern-dialog')!.shadowRoot!.querySelector<HTMLInputElement>('input[value="messages"]')!;
      place.click();
      await typeInto('#details', SECRET_DETAILS);
      await typeInto('#messageText', 'Ada: I know your address');
      await chooseFiles([await makePng(30, 20, 'ada-private-chat.png')]);
      await waitFor(() => document.querySelector('report-concern-dialog')!.shadowRoot!.querySelector('ul.files li'), 'the thumbnail');
      const success = oneEvent(el, 'report-success');
      await submit();
      await success;

      // A refusal by the receiver (422) for a second report.
      await resetPage();
      const b2 = uniqueBucket();
      configure({ endpoint: bucketUrl(b2) });
      await queueFaults(b2, [{ status: 422, body: '{"message":"nope","errors":{"details":"bad"}}', headers: { 'Content-Type': 'application/json' } }]);
      const again = await fixture(html`<div lang="en"><flag-button content-id="s-2"></flag-button></div>`);
      await openFrom(again.firstElementChild!);
      await chooseCategory('other');
      await typeInto('#details', SECRET_DETAILS);
      const refused = oneEvent(again.firstElementChild!, 'report-error');
      await submit();
      await refused;
    } finally {
      methods.forEach((m, i) => (console[m] = real[i]));
    }
    const text = logged.map((args) => args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : String(a))).join(' ')).join('\n');
    for (const personal of ['0176-5550199', 'u-secret-77', 'Ada', 'secret-token-42', 'ada-private-chat', 'I know your address']) {
      expect(text, personal).to.not.include(personal);
    }
  });

  it('a delivered report leaves no copy behind: no outbox record, no draft, no saved screenshot', async () => {
    configure({ endpoint: bucketUrl(bucket) });
    const el = await flag();
    await openFrom(el);
    await chooseCategory('spam');
    await typeInto('#details', SECRET_DETAILS);
    await chooseFiles([await makePng()]);
    await waitFor(() => Object.keys(sessionStorage).some((k) => k.startsWith('report-concern:draft-shots:')), 'the saved screenshot');
    expect(Object.keys(sessionStorage).some((k) => k.startsWith('report-concern:draft:'))).to.equal(true);
    const success = oneEvent(el, 'report-success');
    await submit();
    const { detail } = await success;
    await waitFor(async () => !(await rawOutbox()).some((e) => e.id === detail.report.id), 'the outbox record to go');
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('report-concern:'))).to.deep.equal([]);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('report-concern:'))).to.deep.equal([]);
    expect(JSON.stringify(await rawOutbox())).to.not.include('0176-5550199');
  });
});

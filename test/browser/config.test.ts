import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { chooseCategory, openFrom, resetPage, statusText, submit, typeInto, waitFor } from '../support/dom.js';
import { bucketUrl, readLog, uniqueBucket } from '../support/endpoint.js';
import { configure, pageConfig, readScriptConfig } from '../../src/config.js';
import { checkEndpoint, headersAllowed } from '../../src/delivery/endpoint.js';
import { registry } from '../../src/internal/registry.js';
import { resolveStrings } from '../../src/i18n/resolve.js';
import type { FlagButton } from '../../src/elements/flag-button/flag-button.js';

describe('page config', () => {
  afterEach(async () => {
    await resetPage();
    registry().scriptConfig = undefined;
  });

  it('merges window.reportConcernConfig, then the script tag, then configure(), later winning', () => {
    window.reportConcernConfig = { endpoint: '/from-window', locale: 'fr', helpUrl: '/help' };
    const script = document.createElement('script');
    script.type = 'module';
    script.dataset.endpoint = '/from-script';
    script.dataset.categories = 'spam,scam';
    registry().scriptConfig = readScriptConfig(script);
    expect(pageConfig()).to.deep.include({
      endpoint: '/from-script',
      locale: 'fr',
      helpUrl: '/help',
      categories: 'spam,scam',
    });
    configure({ endpoint: '/from-call-1', locale: 'de' });
    configure({ endpoint: '/from-call-2' });
    expect(pageConfig()).to.deep.include({ endpoint: '/from-call-2', locale: 'de', helpUrl: '/help' });
  });

  it('merges strings key by key across layers', () => {
    window.reportConcernConfig = { strings: { submit: 'Send' } };
    configure({ strings: { cancel: 'Never mind' } });
    expect(pageConfig().strings).to.deep.equal({ submit: 'Send', cancel: 'Never mind' });
  });

  it('merges nested groups of strings key by key across window config and configure() calls', () => {
    window.reportConcernConfig = { strings: { categories: { other: 'Anything else' }, errors: { categoryRequired: 'Pick one' } } };
    configure({ strings: { categories: { spam: 'Adverts' } } });
    configure({ strings: { errors: { detailsTooShort: (min) => `At least ${min}` } } });
    const strings = pageConfig().strings!;
    expect(strings.categories).to.deep.equal({ other: 'Anything else', spam: 'Adverts' });
    expect(strings.errors?.categoryRequired).to.equal('Pick one');
    expect(strings.errors?.detailsTooShort?.(10)).to.equal('At least 10');
  });

  it('lays nested overrides over a locale without losing its other texts in the group', async () => {
    configure({ strings: { categories: { other: 'Anything else' }, queued: { title: 'Kept here' } } });
    const { strings } = await resolveStrings('en', [pageConfig().strings, { categories: { spam: 'Adverts' } }]);
    expect(strings.categories.other).to.equal('Anything else');
    expect(strings.categories.spam).to.equal('Adverts');
    expect(strings.categories.scam).to.equal('Scams, phishing or fraud');
    expect(strings.queued.title).to.equal('Kept here');
    expect(strings.queued.tryNow).to.be.a('string').and.not.equal('');
  });
});

describe('endpoint rules', () => {
  const base = 'https://community.example/page';
  const origin = 'https://community.example';

  it('accepts relative, https and http-to-localhost endpoints', () => {
    for (const url of ['/api/reports', 'https://reports.example.com/in', 'http://localhost:8080/r', 'http://127.0.0.1/r']) {
      expect(checkEndpoint(url, 'page', {}, base, origin).ok, url).to.equal(true);
    }
  });

  it('refuses javascript:, data:, plain http elsewhere and credentials in the URL', () => {
    for (const url of ['javascript:alert(1)', 'data:text/plain,x', 'http://reports.example.com/in', 'https://u:p@x.example/']) {
      expect(checkEndpoint(url, 'page', {}, base, origin), url).to.deep.equal({ ok: false, reason: 'scheme' });
    }
    expect(checkEndpoint(undefined, 'page', {}, base, origin)).to.deep.equal({ ok: false, reason: 'missing' });
  });

  it('refuses blob: and javascript: even on a page whose origin is "null" (sandboxed iframe, file:)', () => {
    for (const url of ['javascript:alert(1)', 'blob:null/0f7e', 'data:text/plain,x', 'about:blank']) {
      expect(checkEndpoint(url, 'page', {}, 'about:srcdoc', 'null'), url).to.deep.equal({ ok: false, reason: 'scheme' });
      expect(checkEndpoint(url, 'element', {}, 'about:srcdoc', 'null'), url).to.deep.equal({ ok: false, reason: 'scheme' });
    }
    const blob = URL.createObjectURL(new Blob(['x']));
    try {
      // A blob: URL has the page's own origin, yet is not a place to post reports to.
      expect(checkEndpoint(blob, 'element', {}, location.href, location.origin)).to.deep.equal({ ok: false, reason: 'scheme' });
    } finally {
      URL.revokeObjectURL(blob);
    }
  });

  it('compares allowed origins by origin: any case, with or without the default port and the last slash', () => {
    for (const entry of ['https://Reports.Example.com', 'https://reports.example.com:443/', 'HTTPS://reports.example.com/']) {
      const config = { allowedEndpoints: [entry] };
      expect(checkEndpoint('https://reports.example.com/in', 'element', config, base, origin).ok, entry).to.equal(true);
    }
    const otherPort = { allowedEndpoints: ['https://reports.example.com:8443'] };
    expect(checkEndpoint('https://reports.example.com/in', 'element', otherPort, base, origin).ok).to.equal(false);
  });

  it('honours an element endpoint only when same origin or allowed', () => {
    expect(checkEndpoint('/other', 'element', {}, base, origin).ok).to.equal(true);
    expect(checkEndpoint('https://evil.example/c', 'element', {}, base, origin)).to.deep.equal({
      ok: false,
      reason: 'not-allowed',
    });
    const byOrigin = { allowedEndpoints: ['https://reports.example.com'] };
    expect(checkEndpoint('https://reports.example.com/any/path', 'element', byOrigin, base, origin).ok).to.equal(true);
    const byUrl = { allowedEndpoints: ['https://reports.example.com/in'] };
    expect(checkEndpoint('https://reports.example.com/in', 'element', byUrl, base, origin).ok).to.equal(true);
    expect(checkEndpoint('https://reports.example.com/other', 'element', byUrl, base, origin).ok).to.equal(false);
    // The page config's own endpoint is the site's choice, not pasted content.
    expect(checkEndpoint('https://reports.example.com/in', 'page', {}, base, origin).ok).to.equal(true);
  });

  it('sends headers only to the page origin or the page config endpoint origin', () => {
    const config = { endpoint: 'https://reports.example.com/in', allowedEndpoints: ['https://third.example'] };
    const urls = ['/api', 'https://reports.example.com/other', 'https://third.example/x', 'blob:null/1'];
    expect(urls.map((u) => headersAllowed(u, config, base, origin))).to.deep.equal([true, true, false, false]);
    // Decided with the config of the moment: a reload whose config names another endpoint withholds them.
    expect(headersAllowed('https://reports.example.com/in', { endpoint: '/api' }, base, origin)).to.equal(false);
  });
});

describe('which endpoint a report goes to', () => {
  afterEach(resetPage);

  async function fileReport(el: Element): Promise<void> {
    await openFrom(el);
    await chooseCategory('spam');
    await typeInto('#details', 'advertising again and again');
    await submit();
  }

  it('uses the button first, then the dialog, then the page config', async () => {
    const [b1, b2, b3] = [uniqueBucket(), uniqueBucket(), uniqueBucket()];
    configure({ endpoint: bucketUrl(b3) });
    const wrap = await fixture(html`<div>
      <report-concern-dialog endpoint=${bucketUrl(b2)}></report-concern-dialog>
      <flag-button id="own" content-id="1" endpoint=${bucketUrl(b1)}></flag-button>
      <flag-button id="none" content-id="2"></flag-button>
    </div>`);
    const own = wrap.querySelector('#own')!;
    let done = oneEvent(own, 'report-success');
    await fileReport(own);
    await done;
    expect(await readLog(b1)).to.have.length(1);
    const none = wrap.querySelector('#none')!;
    // The thank-you is still open (a modal: no other button can be clicked); close it first.
    done = oneEvent(own, 'report-close');
    (wrap.querySelector('report-concern-dialog') as HTMLElement & { close(): void }).close();
    await done;
    done = oneEvent(none, 'report-success');
    await fileReport(none);
    await done;
    expect(await readLog(b2)).to.have.length(1);
    wrap.querySelector('report-concern-dialog')!.removeAttribute('endpoint');
    await (wrap.querySelector('report-concern-dialog') as HTMLElement & { updateComplete: Promise<unknown> })
      .updateComplete;
    done = oneEvent(none, 'report-close');
    // The thank-you is still open from the last report; close it first.
    (wrap.querySelector('report-concern-dialog') as HTMLElement & { close(): void }).close();
    await done;
    done = oneEvent(none, 'report-success');
    await fileReport(none);
    await done;
    expect(await readLog(b3)).to.have.length(1);
  });

  it('refuses a pasted cross-origin endpoint: report-error "config", a message, nothing posted', async () => {
    const bucket = uniqueBucket();
    configure({ endpoint: bucketUrl(bucket) });
    const posted: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      posted.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    };
    try {
      const wrap = await fixture(html`<div><flag-button content-id="1"></flag-button></div>`);
      const el = wrap.firstElementChild as FlagButton;
      // Set after load, as a script in user content might: checked when the report is sent.
      el.setAttribute('endpoint', 'https://evil.example/collect');
      const failed = oneEvent(el, 'report-error');
      await fileReport(el);
      const { detail } = await failed;
      expect(detail).to.include({ code: 'config', queued: false });
      await waitFor(() => statusText().includes('cannot send reports'), 'the message');
      expect(posted.filter((u) => !u.includes('/__test/log/'))).to.deep.equal([]);
      expect(await readLog(bucket)).to.have.length(0);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('refuses a javascript: endpoint in the page config', async () => {
    configure({ endpoint: 'javascript:alert(1)' });
    const wrap = await fixture(html`<div><flag-button content-id="1"></flag-button></div>`);
    const failed = oneEvent(wrap.firstElementChild!, 'report-error');
    await fileReport(wrap.firstElementChild!);
    expect((await failed).detail.code).to.equal('config');
  });

  it('fires report-error "config" when no endpoint is configured at all', async () => {
    const wrap = await fixture(html`<div><flag-button content-id="1"></flag-button></div>`);
    const failed = oneEvent(wrap.firstElementChild!, 'report-error');
    await fileReport(wrap.firstElementChild!);
    expect((await failed).detail.code).to.equal('config');
  });
});

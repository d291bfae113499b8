// The published file, not the demo build: dist/report-concern.js from a
// "CDN" origin on a page of another origin, its lazy chunks fetched from
// beside it. Both origins are served by Playwright's routing from dist/.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, delivered, dialogOf, makePng } from './e2e-fixtures.mjs';

/** Runs the journey, or records it as skipped in `results` when dist/ is not built. */
export async function publishedFromCdn(run, results) {
  const LIB = 'dist/report-concern.js';
  const name = 'the published dist/report-concern.js works from a CDN origin, pasted twice';
  if (!existsSync(LIB)) {
    results.push({ name, ok: true, skipped: true });
    console.log(`  - ${name} (skipped: run npm run build first)`);
  } else {
    await run(name, async (page) => {
      const cdn = 'https://cdn.example/report-concern/';
      const site = 'https://community.example/';
      const posts = [];
      const fetched = [];
      const fromCdn = [];
      await page.context().route('https://cdn.example/**', (route) => {
        fetched.push(route.request().url());
        const path = new URL(route.request().url()).pathname.replace('/report-concern/', '');
        fromCdn.push(path);
        if (!/^[\w-]+(\/[\w-]+)*\.js$/.test(path) || !existsSync(join('dist', path))) return route.fulfill({ status: 404 });
        return route.fulfill({
          status: 200,
          headers: { 'Content-Type': 'text/javascript', 'Access-Control-Allow-Origin': '*' },
          body: readFileSync(join('dist', path)),
        });
      });
      await page.context().route('https://community.example/**', (route) => {
        const url = new URL(route.request().url());
        if (url.pathname === '/api/reports' && route.request().method() === 'POST') {
          posts.push(route.request());
          return route.fulfill({ status: 201, contentType: 'application/json', body: JSON.stringify({ reference: 'RC-C0FF-EE01-2345' }) });
        }
        // As the shipped handler does: the upload asks once whether the endpoint redirects.
        if (url.pathname === '/api/reports' && route.request().method() === 'OPTIONS') {
          return route.fulfill({ status: 204, headers: { Allow: 'POST, OPTIONS' } });
        }
        if (url.pathname !== '/guidelines.html') return route.fulfill({ status: 404 });
        return route.fulfill({
          status: 200,
          contentType: 'text/html',
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Guidelines</title><link rel="icon" href="data:,"></head>
<body><p>A comment</p><flag-button content-id="c-1" content-type="comment"></flag-button>
<script type="module" src="${cdn}report-concern.js" data-endpoint="/api/reports"></script>
<!-- Pasted a second time by another plugin, with a cache-busting query: a second copy of the module. -->
<script type="module" src="${cdn}report-concern.js?v=2" data-endpoint="/api/reports"></script></body></html>`,
        });
      });
      await page.goto(`${site}guidelines.html`);
      await page.getByRole('button', { name: 'Flag', exact: true }).click();
      const d = dialogOf(page);
      await d.waitFor();
      await d.getByRole('radio', { name: 'Commercial spam' }).check();
      // A worker script must be same-origin: the image worker starts from a blob: module importing the CDN's.
      await d.locator('input[type="file"]').setInputFiles({ name: 'chat.png', mimeType: 'image/png', buffer: makePng() });
      await d.getByRole('button', { name: 'Remove chat.png' }).waitFor();
      assert(fromCdn.some((p) => /^chunks\/image-worker-[\w-]+\.js$/.test(p)), `the worker came from the CDN (${fromCdn.join(', ')})`);
      await d.getByRole('button', { name: 'Submit', exact: true }).click();
      const reference = await delivered(d);
      assert(reference === 'RC-C0FF-EE01-2345', `the receiver's reference is shown, got ${reference}`);
      assert((posts[0].postDataBuffer() ?? Buffer.alloc(0)).includes(Buffer.from('WEBP')), 'the screenshot was sent, re-encoded');
      assert(posts.length === 1, `one POST to the page's endpoint, got ${posts.length}`);
      assert((await page.locator('report-concern-dialog').count()) === 1, 'one dialog for both copies');
      assert(fetched.some((u) => u.endsWith('report-concern.js?v=2')), `both copies were loaded: ${fetched.join(', ')}`);
      const headers = await posts[0].allHeaders();
      assert(/^multipart\/form-data;/.test(headers['content-type'] ?? ''), `multipart, got ${headers['content-type']}`);
      assert(/^[0-9a-f-]{36}$/.test(headers['idempotency-key'] ?? ''), 'an Idempotency-Key');
      assert((posts[0].postData() ?? '').includes('"category":"spam"'), 'the report field is sent');
    });
  }
}

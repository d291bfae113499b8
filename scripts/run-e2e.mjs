// End to end: the built demo, served by `vite preview` with the real receiver
// writing to a temporary folder, driven in Chromium by playwright-core the way
// a member uses it (accessible names, clicks on real buttons), checking what
// lands on disk and what the moderator page shows. Then three of the journeys
// again in Firefox and WebKit (scripts/e2e-engines.mjs).
//
//   node scripts/run-e2e.mjs            build dist-demo/, then run
//   E2E_SKIP_BUILD=1 node scripts/…     reuse an existing dist-demo/
//   E2E_SCREENSHOTS=dir                 where page screenshots go (default .cache/e2e)
//   E2E_DOCS=dir                        where the demo's dialog pictures go (default .cache/e2e/demo)
//   E2E_CHROMIUM_ONLY=1                 skip the Firefox and WebKit journeys
//
// The last line is always `e2e: N passed, N failed, N skipped`; the exit code
// is non-zero on any failure. The preview server is killed on every way out.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { chromium, request as playwrightRequest } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from './find-browser.mjs';
import { runOtherEngines } from './e2e-engines.mjs';
import { DOCS, dialogScreenshots } from './screenshots.mjs';
import { outcomeStory } from './e2e-outcomes.mjs';
import { pngChunk } from './png-chunk.mjs';

const VITE = 'node_modules/vite/bin/vite.js';
const SHOTS = process.env.E2E_SCREENSHOTS ?? '.cache/e2e';
const REFERENCE = /RC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/;

const results = [];
function summary() {
  const skipped = results.filter((r) => r.skipped).length;
  const passed = results.filter((r) => r.ok && !r.skipped).length;
  return { passed, failed: results.length - passed - skipped, skipped };
}
/** The engine a journey ran in: the other engines' names start with theirs (scripts/e2e-engines.mjs). */
function engineOf(result) {
  return result.engine ?? /^(firefox|webkit): /.exec(result.name)?.[1] ?? 'chromium';
}
function finish(code) {
  // Each engine's share first, then the total, the line CI counts.
  for (const engine of ['chromium', 'firefox', 'webkit']) {
    const mine = results.filter((r) => engineOf(r) === engine);
    if (mine.length === 0) continue;
    const ok = mine.filter((r) => r.ok && !r.skipped).length;
    const skip = mine.filter((r) => r.skipped).length;
    console.log(`e2e-${engine}: ${ok} passed, ${mine.length - ok - skip} failed, ${skip} skipped`);
  }
  const { passed, failed, skipped } = summary();
  console.log(`e2e: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  process.exit(code ?? (failed === 0 && passed > 0 ? 0 : 1));
}

// ---------------------------------------------------------------- helpers

/** A port nobody listens on right now (vite may still move on if it is taken meanwhile; the URL it prints wins). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * A real RGB PNG made in Node: a chat-like picture (grey page, two message
 * bubbles), with a tEXt chunk standing in for the metadata the browser must
 * strip before anything is sent.
 */
function makePng(width = 360, height = 240) {
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3); // filter byte 0, then RGB
    for (let x = 0; x < width; x++) {
      let rgb = [244, 246, 249];
      if (y > 30 && y < 90 && x > 20 && x < 250) rgb = [238, 241, 246];
      if (y > 120 && y < 180 && x > 110 && x < 340) rgb = [223, 241, 232];
      if ((y === 60 || y === 150) && x % 7 < 5 && x > 40 && x < 320) rgb = [29, 35, 48];
      row.set(rgb, 1 + x * 3);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('tEXt', Buffer.from('Comment\0secret home address, Calle Falsa 123', 'latin1')),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The reports on disk, in the fs store's layout (reports/<aa>/<id>/): a folder is there whole or not at all. */
function storedReports(dir) {
  const root = join(dir, 'reports');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .flatMap((shard) => readdirSync(join(root, shard)).map((id) => join(root, shard, id)))
    .map((folder) => ({
      folder,
      files: readdirSync(folder).sort(),
      report: JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')),
      meta: JSON.parse(readFileSync(join(folder, 'meta.json'), 'utf8')),
    }));
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

// ---------------------------------------------------------------- build and serve

if (!process.env.E2E_SKIP_BUILD) {
  console.log('e2e: building the demo (vite build --mode demo)');
  const build = spawnSync(process.execPath, [VITE, 'build', '--mode', 'demo', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) {
    results.push({ name: 'build', ok: false });
    finish(1);
  }
}

const reportsDir = mkdtempSync(join(tmpdir(), 'report-concern-e2e-'));
let serverLog = '';
const preview = spawn(
  process.execPath,
  [VITE, 'preview', '--mode', 'demo', '--host', '127.0.0.1', '--port', String(await freePort())],
  { env: { ...process.env, REPORT_CONCERN_REPORTS_DIR: reportsDir, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
);
// Always read the server's output (a full pipe would stall it); shown when something fails.
const origin = new Promise((resolve, reject) => {
  const onData = (chunk) => {
    serverLog += chunk;
    // eslint-disable-next-line no-control-regex
    const match = serverLog.replace(/\u001b\[[0-9;]*m/g, '').match(/Local:\s+(http:\/\/[^\s/]+)/);
    if (match) resolve(match[1]);
  };
  preview.stdout.setEncoding('utf8').on('data', onData);
  preview.stderr.setEncoding('utf8').on('data', onData);
  preview.once('exit', (code, signal) => reject(new Error(`vite preview exited (${code ?? signal}) before it listened:\n${serverLog}`)));
  setTimeout(() => reject(new Error(`vite preview printed no address within 20 s:\n${serverLog}`)), 20_000).unref();
});

let cleaned = false;
function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  if (preview.exitCode === null && preview.signalCode === null) preview.kill();
  rmSync(reportsDir, { recursive: true, force: true });
}
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    console.log(`e2e: stopped by ${signal}`);
    cleanUp();
    finish(130);
  });
}

// ---------------------------------------------------------------- the flows

let browser;
try {
  const base = await origin;
  browser = await chromium.launch({ executablePath: await findBrowser(), args: BROWSER_ARGS });
  mkdirSync(SHOTS, { recursive: true });

  async function run(name, body) {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const problems = [];
    /** Answers a flow provokes on purpose ("422 /api/…"), not counted as problems. */
    const expected = new Set();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (msg) => {
      // Failed requests are reported below with their URL.
      if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) problems.push(`console error: ${msg.text()}`);
    });
    page.on('response', (response) => {
      const url = new URL(response.url());
      const answer = `${response.status()} ${url.pathname}`;
      if (response.status() >= 400 && url.pathname !== '/favicon.ico' && !expected.has(answer)) problems.push(`${answer}`);
    });
    const started = Date.now();
    try {
      await body(page, expected);
      assert(problems.length === 0, problems.join('\n'));
      results.push({ name, ok: true });
      console.log(`  ✔ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      results.push({ name, ok: false });
      const stack = String(error?.stack ?? error).split('\n').slice(0, 8);
      console.log(`  ✖ ${name}\n    ${[...stack, ...problems.filter((p) => !stack.join('\n').includes(p))].join('\n    ')}`);
      await page.screenshot({ path: join(SHOTS, `${name.replace(/\W+/g, '-')}.png`), fullPage: true }).catch(() => undefined);
    } finally {
      await context.close();
    }
  }

  const dialog = (page) => page.getByRole('dialog', { name: 'Report Concern' });
  /** Waits for the thank-you and returns the reference it shows. */
  async function delivered(d) {
    await d.getByText('Thank you', { exact: false }).first().waitFor();
    const text = await d.getByText(/Your reference: RC-/).textContent();
    const reference = text?.match(REFERENCE)?.[0];
    assert(reference, `a reference is shown, got ${JSON.stringify(text)}`);
    return reference;
  }
  const references = {};

  console.log(`e2e (built demo at ${base}, vite preview, real receiver, Chromium)`);

  await run('a learner flags a scam answer and the report lands on disk', async (page) => {
    await page.goto(`${base}/index.html`);
    await page.locator('#a-8820').getByRole('button', { name: 'Flag', exact: true }).click();
    const d = dialog(page);
    await d.waitFor();
    await d.getByRole('group', { name: "What's the problem?" }).waitFor();
    await d.getByRole('radio', { name: 'Scams, phishing or fraud' }).check();
    assert(await d.getByText('Never send money').isVisible(), 'the scam advice is shown');
    await d.getByLabel('Details', { exact: true }).fill('Asks learners to pay 150 € by Western Union outside the site.');
    await page.screenshot({ path: join(SHOTS, 'dialog-en.png') });
    await d.getByRole('button', { name: 'Submit', exact: true }).click();
    const reference = await delivered(d);
    references.answer = reference;

    const stored = storedReports(reportsDir).filter((r) => r.report.subject.contentId === 'a-8820');
    assert(stored.length === 1, `one report for a-8820 on disk, found ${stored.length}`);
    const { report, meta, files } = stored[0];
    assert(files.includes('report.json') && files.includes('meta.json'), `report.json and meta.json, got ${files.join(', ')}`);
    assert(meta.reference === reference, `the reference on disk (${meta.reference}) is the one shown (${reference})`);
    assert(report.schema === 'report-concern/v1', 'a v1 report');
    assert(report.category === 'scam', `category scam, got ${report.category}`);
    assert(report.subject.kind === 'content' && report.subject.contentType === 'answer', 'an answer is the subject');
    assert(report.subject.authorId === 'u-marco', 'the author is recorded');
    assert(report.subject.excerpt?.includes('Western Union'), 'the excerpt is pinned');
    assert(report.details === 'Asks learners to pay 150 € by Western Union outside the site.', 'the details verbatim');
    assert(report.context.pageUrl.endsWith('/index.html'), 'the page is recorded');

    await page.locator('#event-log').getByText(`delivered, reference ${reference}`).waitFor();
    await d.getByRole('button', { name: 'Close', exact: true }).first().click();
    await d.waitFor({ state: 'hidden' });
    await page.locator('#a-8820 flag-button').getByText('Reported').waitFor();
  });

  await run('a member reports a tutor with message text, a link, a screenshot and a block', async (page) => {
    const png = makePng();
    await page.goto(`${base}/profile.html`);
    assert(await page.locator('#block-state').isHidden(), 'not blocked before the report');
    await page.getByRole('button', { name: 'Report Concern', exact: true }).click();
    const d = dialog(page);
    await d.waitFor();
    await d.getByRole('radio', { name: 'Scams, phishing or fraud' }).check();
    await d.getByRole('radio', { name: 'In messages' }).check();
    await d.getByLabel('Details', { exact: true }).fill('Wants payment outside the site and my home address.');
    const messageText = 'Marco: Send 150 € by Western Union first\n  and tell me your home address.';
    await d.getByLabel('Message text', { exact: true }).fill(messageText);
    await d.getByLabel('Links', { exact: true }).fill('https://lingualoop.example/messages/t-5521');
    await d.locator('input[type="file"]').setInputFiles({ name: 'chat.png', mimeType: 'image/png', buffer: png });
    await d.getByRole('button', { name: 'Remove chat.png' }).waitFor();
    await d.getByRole('checkbox', { name: 'Also block this user' }).check();
    await d.getByRole('button', { name: 'Submit', exact: true }).click();
    references.user = await delivered(d);
    await page.locator('#block-state').waitFor({ state: 'visible' });

    const stored = storedReports(reportsDir).filter((r) => r.report.subject.kind === 'user');
    assert(stored.length === 1, `one user report on disk, found ${stored.length}`);
    const { report, meta: onDisk, files, folder } = stored[0];
    assert(onDisk.reference === references.user, 'the reference on disk is the one shown');
    assert(report.subject.userId === 'u-marco' && report.subject.userName === 'Marco T.', 'the member is the subject');
    assert(report.subject.profileUrl === 'https://lingualoop.example/tutors/u-marco', 'the profile link is recorded');
    assert(report.incident?.place === 'messages', `the place is messages, got ${report.incident?.place}`);
    assert(report.incident.messageText === messageText, `the message text verbatim, got ${JSON.stringify(report.incident.messageText)}`);
    assert(report.block === true, 'the block wish is recorded');
    assert(JSON.stringify(report.evidence.links) === '["https://lingualoop.example/messages/t-5521"]', 'the link is recorded');
    assert(report.evidence.screenshots.length === 1, 'one screenshot is described');
    const meta = report.evidence.screenshots[0];
    assert(meta.width === 360 && meta.height === 240, `the screenshot keeps its size, got ${meta.width}×${meta.height}`);
    const image = files.find((f) => /^screenshot-1\.(png|jpe?g|webp)$/.test(f));
    assert(image, `the screenshot is on disk (files: ${files.join(', ')})`);
    assert(!files.includes('chat.png'), 'the stored name never comes from the reporter');
    const bytes = readFileSync(join(folder, image));
    assert(bytes.length === meta.size, `size on disk ${bytes.length} matches the report's ${meta.size}`);
    assert(!bytes.equals(png), 'the image was re-encoded in the browser, not sent as picked');
    assert(!bytes.includes(Buffer.from('Calle Falsa')), 'the metadata of the picked file is gone');
    if (meta.type === 'image/webp') {
      assert(bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP', 'WebP bytes');
    }
    await page.locator('#event-log').getByText('block member u-marco').waitFor();
  });

  await run('a CMS page with only the pasted snippet sends reports', async (page) => {
    await page.goto(`${base}/plain.html`);
    const scripts = await page.locator('script').evaluateAll((list) => list.map((s) => s.outerHTML));
    assert(scripts.length === 1, `the page has only the snippet, found ${scripts.join(' ')}`);
    assert(/src="\/report-concern\.js"/.test(scripts[0]) && /data-endpoint="\/api\/reports"/.test(scripts[0]), `the snippet as pasted: ${scripts[0]}`);
    await page.locator('flag-button[content-id="c-9001"]').getByRole('button', { name: 'Flag', exact: true }).click();
    const d = dialog(page);
    await d.waitFor();
    await d.getByRole('radio', { name: 'Scams, phishing or fraud' }).check();
    await d.getByRole('button', { name: 'Submit', exact: true }).click();
    references.plain = await delivered(d);
    const stored = storedReports(reportsDir).filter((r) => r.report.subject.contentId === 'c-9001');
    assert(stored.length === 1, 'the report from the snippet page is on disk');
    assert(stored[0].report.subject.contentType === 'comment', 'the content type from the attribute');
    assert(stored[0].report.details === undefined, 'empty details are left out, not sent as ""');
  });

  await run('the moderator page lists the reports from the moderation API, newest first, as text', async (page) => {
    await page.goto(`${base}/moderator.html`);
    const expected = [references.plain, references.user, references.answer];
    assert(expected.every(Boolean), `the three earlier reports exist (${expected.join(', ')})`);
    await page.getByText('3 reports', { exact: true }).waitFor();
    const refs = await page.locator('#rows tr td:first-child button').allTextContents();
    assert(JSON.stringify(refs) === JSON.stringify(expected), `newest first: expected ${expected.join(', ')}, got ${refs.join(', ')}`);
    assert((await page.locator('#rows a').count()) === 0, 'no links are made from report content');
    await page.getByText('Demo moderator.', { exact: false }).waitFor();

    // Without the demo moderator's cookie the API answers 401; paths never reach the disk.
    const anonymous = await playwrightRequest.newContext();
    try {
      const status = (await anonymous.get(`${base}/api/moderation/reports`)).status();
      assert(status === 401, `the API without a moderator is a 401, got ${status}`);
    } finally {
      await anonymous.dispose();
    }
    for (const path of ['/api/moderation/reports/..%2F..%2Fpackage.json', '/api/moderation/reports/not-an-id/screenshots/0', '/api/reports/x/y']) {
      const status = (await page.request.get(new URL(path, base).href)).status();
      assert(status === 404, `${path} is a 404, got ${status}`);
    }
  });

  await run('a moderator opens a report, sees its screenshot, marks it in review and records a decision', async (page, expected) => {
    await page.goto(`${base}/moderator.html`);
    await page.getByRole('button', { name: `Open report ${references.user}` }).click();
    const detail = page.locator('#detail');
    await detail.getByRole('heading', { name: `Report ${references.user}` }).waitFor();
    await detail.getByText('Western Union first', { exact: false }).waitFor();
    await detail.getByText('https://lingualoop.example/messages/t-5521', { exact: true }).waitFor();
    assert((await detail.locator('a').count()) === 0, 'no links are made from report content');

    const img = detail.locator('img');
    const width = await img.evaluate(async (el) => {
      await el.decode();
      return el.naturalWidth;
    });
    assert(width === 360, `the screenshot loads from the API (naturalWidth ${width})`);
    const src = await img.getAttribute('src');
    assert(/^\/api\/moderation\/reports\/[0-9a-f-]{36}\/screenshots\/0$/.test(src), `the image comes from the API: ${src}`);
    const response = await page.request.get(new URL(src, base).href);
    const headers = response.headers();
    assert(response.status() === 200 && /^image\/(png|jpeg|webp)$/.test(headers['content-type']), `image answer ${response.status()} ${headers['content-type']}`);
    assert(headers['x-content-type-options'] === 'nosniff', 'nosniff on images');
    assert(headers['content-security-policy'] === "default-src 'none'", 'a CSP on images');
    assert(headers['cache-control'] === 'private, no-store', 'images are not cached');

    await detail.getByRole('button', { name: 'Mark in review' }).click();
    await detail.getByText('Marked in review.', { exact: true }).waitFor();
    await detail.getByText('In review by demo-moderator', { exact: false }).waitFor();
    await page.locator('#rows tr', { hasText: references.user }).getByText('In review', { exact: true }).waitFor();

    // An empty decision is refused by field, and the page says which.
    const id = src.split('/')[4];
    expected.add(`422 /api/moderation/reports/${id}/decision`);
    await detail.getByRole('button', { name: 'Record decision' }).click();
    await detail.getByText('Name the law or the rule applied', { exact: false }).waitFor();

    await detail.getByLabel('Action').selectOption('account-suspended');
    await detail.getByLabel('Rule or law applied').fill('Rule 7: no payments outside the site');
    await detail.getByLabel('Explanation to the people concerned').fill('The tutor asked a learner to pay outside the site.');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: join(SHOTS, 'moderator-1280.png'), fullPage: true });
    await detail.getByRole('button', { name: 'Record decision' }).click();
    await detail.getByText('Decision recorded.', { exact: true }).waitFor();
    await detail.getByRole('heading', { name: 'Decision', exact: true }).waitFor();
    assert(await detail.locator('#decision-form').isHidden(), 'a decided report offers no second decision');

    await page.locator('#filters').getByLabel('Status').selectOption('decided');
    await page.locator('#filters').getByRole('button', { name: 'Show' }).click();
    await page.getByText('1 report', { exact: true }).waitFor();
    const decided = await page.locator('#rows tr td:first-child button').allTextContents();
    assert(JSON.stringify(decided) === JSON.stringify([references.user]), `only the decided report is listed, got ${decided.join(', ')}`);

    const [onDisk] = storedReports(reportsDir).filter((r) => r.meta.reference === references.user);
    const stateFile = onDisk.files.find((f) => /^state-\d+\.json$/.test(f));
    const state = JSON.parse(readFileSync(join(onDisk.folder, stateFile), 'utf8'));
    assert(state.status === 'decided' && state.decision.action === 'account-suspended', `the decision is on disk: ${JSON.stringify(state.decision)}`);
    assert(state.decision.decidedBy === 'demo-moderator', 'recorded as the demo moderator');

    await page.setViewportSize({ width: 360, height: 800 });
    await page.locator('#filters').getByLabel('Status').selectOption('');
    await page.locator('#filters').getByRole('button', { name: 'Show' }).click();
    await page.getByText('3 reports', { exact: true }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'moderator-360.png'), fullPage: true });
  });

  await run('the strict-CSP demo page sends a report with no policy violation', async (page) => {
    const violations = [];
    await page.exposeFunction('recordViolation', (v) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        window.recordViolation(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`),
      );
    });
    const response = await page.goto(`${base}/csp.html`);
    const csp = response?.headers()['content-security-policy'] ?? '';
    assert(csp.includes("require-trusted-types-for 'script'") && csp.includes("script-src 'self'"), `the strict policy is served, got ${csp}`);
    await page.getByRole('button', { name: 'Flag', exact: true }).click();
    const d = dialog(page);
    await d.waitFor();
    await d.getByRole('radio', { name: 'Commercial spam' }).check();
    await d.getByRole('button', { name: 'About “Commercial spam”' }).click();
    await d.locator('#help-spam').waitFor();
    await page.keyboard.press('Escape');
    await d.locator('input[type="file"]').setInputFiles({ name: 'chat.png', mimeType: 'image/png', buffer: makePng(80, 60) });
    await d.getByRole('button', { name: 'Remove chat.png' }).waitFor();
    await d.getByRole('button', { name: 'Submit', exact: true }).click();
    await delivered(d);
    await page.getByText('0 violations', { exact: true }).waitFor();
    assert(violations.length === 0, `no violations, got ${violations.join('; ')}`);
  });

  await run(`the demo's dialog: English, Arabic with the switcher, dark (${DOCS}/dialog-*.png)`, async (page) => {
    let first = true;
    // The first picture uses the checked page; the others fresh tabs beside it.
    await dialogScreenshots(async () => (first ? ((first = false), page) : page.context().newPage()), base);
  });

  await outcomeStory(run, base, SHOTS);

  // The published file, not the demo build: dist/report-concern.js from a
  // "CDN" origin on a page of another origin, its lazy chunks fetched from
  // beside it. Both origins are served by Playwright's routing from dist/.
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
      const d = dialog(page);
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
  // Chromium is done with: the other engines get the machine to themselves.
  await browser.close();
  browser = undefined;
  if (process.env.E2E_CHROMIUM_ONLY) {
    results.push({ name: 'the Firefox and WebKit journeys', ok: true, skipped: true, engine: 'firefox and webkit' });
    console.log('  - the Firefox and WebKit journeys (skipped: E2E_CHROMIUM_ONLY is set)');
  } else {
    await runOtherEngines({ base, reportsDir, storedReports, makePng, results });
  }
} catch (error) {
  console.error(error);
  results.push({ name: 'setup', ok: false });
} finally {
  await browser?.close().catch(() => undefined);
  if (summary().failed > 0 && serverLog.trim()) console.log(`--- vite preview output ---\n${serverLog.trim()}\n---`);
  cleanUp();
}

finish();

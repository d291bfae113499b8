// End to end: the built demo, served by `vite preview` with the real receiver
// writing to a temporary folder, driven in Chromium by playwright-core the way
// a member uses it (accessible names, keyboard-free clicks on real buttons).
// Checks what lands on disk. Last line: `e2e: N passed, N failed, N skipped`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from './find-browser.mjs';

const VITE = 'node_modules/vite/bin/vite.js';
const SHOTS = process.env.E2E_SCREENSHOTS ?? '.cache/e2e';

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

async function waitForHttp(url, ms = 20_000) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The reports on disk: one folder per report with report.json last. */
function storedReports(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'report.json')))
    .map((name) => ({
      folder: join(dir, name),
      files: readdirSync(join(dir, name)).sort(),
      report: JSON.parse(readFileSync(join(dir, name, 'report.json'), 'utf8')),
    }));
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const build = spawnSync(process.execPath, [VITE, 'build', '--mode', 'demo', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.log('e2e: 0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

const reportsDir = mkdtempSync(join(tmpdir(), 'report-concern-e2e-'));
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const preview = spawn(
  process.execPath,
  [VITE, 'preview', '--mode', 'demo', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { env: { ...process.env, REPORT_CONCERN_REPORTS_DIR: reportsDir }, stdio: ['ignore', 'pipe', 'inherit'] },
);
const stop = () => {
  if (preview.exitCode === null) preview.kill();
};
process.on('exit', stop);

let browser;
const results = [];
try {
  await waitForHttp(`${origin}/index.html`);
  browser = await chromium.launch({ executablePath: await findBrowser(), args: BROWSER_ARGS });
  mkdirSync(SHOTS, { recursive: true });

  async function run(name, body) {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (msg) => {
      // Failed requests are reported below with their URL.
      if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) problems.push(`console error: ${msg.text()}`);
    });
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (response.status() >= 400 && url.pathname !== '/favicon.ico') problems.push(`${response.status()} for ${url.pathname}`);
    });
    const started = Date.now();
    try {
      await body(page);
      assert(problems.length === 0, problems.join('\n'));
      results.push({ name, ok: true });
      console.log(`  ✔ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      results.push({ name, ok: false });
      console.log(`  ✖ ${name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`);
      await page.screenshot({ path: join(SHOTS, `${name.replace(/\W+/g, '-')}.png`) }).catch(() => undefined);
    } finally {
      await context.close();
    }
  }

  const dialog = (page) => page.getByRole('dialog', { name: 'Report Concern' });

  console.log('e2e (built demo, vite preview, real receiver, Chromium)');

  await run('a learner flags a scam answer and the report lands on disk', async (page) => {
    await page.goto(`${origin}/index.html`);
    await page.locator('#a-8820').getByRole('button', { name: 'Flag' }).click();
    const d = dialog(page);
    await d.waitFor();
    await d.getByRole('radio', { name: 'Scams, phishing or fraud' }).check();
    await assert(await d.getByText('Never send money').isVisible(), 'the scam advice is shown');
    await d.getByLabel('Details', { exact: true }).fill('Asks learners to pay 150 € by Western Union outside the site.');
    await page.screenshot({ path: join(SHOTS, 'dialog-en.png') });
    await d.getByRole('button', { name: 'Submit' }).click();
    await d.getByText(/Your reference: RC-[0-9A-F]{8}/).waitFor();
    const stored = storedReports(reportsDir).filter((r) => r.report.subject.contentId === 'a-8820');
    assert(stored.length === 1, `one report for a-8820 on disk, found ${stored.length}`);
    const { report } = stored[0];
    assert(report.category === 'scam', `category scam, got ${report.category}`);
    assert(report.subject.authorId === 'u-marco', 'the author is recorded');
    assert(report.context.pageUrl.endsWith('/index.html'), 'the page is recorded');
    await page.getByRole('button', { name: 'Close' }).last().click();
    await page.locator('#a-8820 flag-button').getByText('Reported').waitFor();
  });

  await run('a member reports a tutor with message text, a link, a screenshot and a block', async (page) => {
    await page.goto(`${origin}/profile.html`);
    const png = Buffer.from(
      await page.evaluate(async () => {
        const canvas = new OffscreenCanvas(320, 200);
        const ctx = canvas.getContext('2d');
        ctx.fillStyle = '#eef';
        ctx.fillRect(0, 0, 320, 200);
        ctx.fillStyle = '#000';
        ctx.fillText('Send 150 € by Western Union first', 10, 100);
        const blob = await canvas.convertToBlob({ type: 'image/png' });
        return [...new Uint8Array(await blob.arrayBuffer())];
      }),
    );
    await page.getByRole('button', { name: 'Report Concern' }).click();
    const d = dialog(page);
    await d.waitFor();
    await d.getByRole('radio', { name: 'Scams, phishing or fraud' }).check();
    await d.getByRole('radio', { name: 'In messages' }).check();
    await d.getByLabel('Details', { exact: true }).fill('Wants payment outside the site and my home address.');
    await d.getByLabel('Message text', { exact: true }).fill('Send 150 € by Western Union first and tell me your home address');
    await d.getByLabel('Links', { exact: true }).fill('https://lingualoop.example/messages/t-5521');
    await d.locator('input[type="file"]').setInputFiles({ name: 'chat.png', mimeType: 'image/png', buffer: png });
    await d.locator('ul.files li').first().waitFor();
    await d.getByRole('checkbox', { name: 'Also block this user' }).check();
    await d.getByRole('button', { name: 'Submit' }).click();
    await d.getByText(/Your reference: RC-/).waitFor();
    await page.locator('#block-state').waitFor({ state: 'visible' });
    const stored = storedReports(reportsDir).filter((r) => r.report.subject.kind === 'user');
    assert(stored.length === 1, `one user report on disk, found ${stored.length}`);
    const { report, files } = stored[0];
    assert(report.incident.place === 'messages', 'the place is recorded');
    assert(report.incident.messageText.includes('Western Union'), 'the message text is recorded verbatim');
    assert(report.block === true, 'the block wish is recorded');
    assert(report.evidence.links[0] === 'https://lingualoop.example/messages/t-5521', 'the link is recorded');
    assert(report.evidence.screenshots.length === 1, 'one screenshot is described');
    const image = files.find((f) => f.startsWith('screenshot-1.'));
    assert(image, `the screenshot is on disk (files: ${files.join(', ')})`);
    assert(!files.includes('chat.png'), 'the stored name never comes from the reporter');
  });

  await run('a CMS page with only the pasted snippet sends reports', async (page) => {
    await page.goto(`${origin}/plain.html`);
    const scripts = await page.locator('script').count();
    assert(scripts === 1, `the page has only the snippet, found ${scripts} scripts`);
    await page.locator('flag-button[content-id="c-9001"]').getByRole('button', { name: 'Flag' }).click();
    const d = dialog(page);
    await d.waitFor();
    await d.getByRole('radio', { name: 'Scams, phishing or fraud' }).check();
    await d.getByRole('button', { name: 'Submit' }).click();
    await d.getByText(/Your reference: RC-/).waitFor();
    const stored = storedReports(reportsDir).filter((r) => r.report.subject.contentId === 'c-9001');
    assert(stored.length === 1, 'the report from the snippet page is on disk');
    assert(stored[0].report.details === undefined, 'empty details are left out, not sent as ""');
  });

  await run('the moderator page lists the reports with their screenshot', async (page) => {
    await page.goto(`${origin}/moderator.html`);
    await page.getByText('3 reports').waitFor();
    const refs = await page.locator('#rows tr td:first-child strong').allTextContents();
    assert(refs.length === 3 && refs.every((r) => /^RC-[0-9A-F]{8}$/.test(r)), `references: ${refs.join(', ')}`);
    const img = page.locator('#rows img').first();
    await img.waitFor();
    const width = await img.evaluate(async (el) => {
      await el.decode();
      return el.naturalWidth;
    });
    assert(width > 0, 'the screenshot loads from the receiver');
    assert((await page.locator('#rows a').count()) === 0, 'no links are made from report content');
    await page.screenshot({ path: join(SHOTS, 'moderator.png'), fullPage: true });
  });
} catch (error) {
  console.error(error);
  results.push({ name: 'setup', ok: false });
} finally {
  await browser?.close();
  stop();
  rmSync(reportsDir, { recursive: true, force: true });
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`e2e: ${passed} passed, ${failed} failed, 0 skipped`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);

// Pictures of the mark beside a Flag button, from the built demo (vite
// preview, real receiver), to look at: each mark ("Reported" after a
// delivered report, "Saved, will be sent" when the receiver cannot be
// reached), in English and Arabic (right to left), 1280 and 360 px wide,
// light and dark. Each picture is the card around the button. Every shot
// also checks that the mark covers none of the card's text and stays inside
// the card; a mark that does is listed and the exit code is 1.
//
//   node scripts/mark-screenshots.mjs [outDir]   (default .cache/marks; builds dist-demo/ first)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from './find-browser.mjs';
import { startPreview } from './e2e-preview.mjs';

const OUT = process.argv[2] ?? '.cache/marks';
mkdirSync(OUT, { recursive: true });

if (spawnSync('npm', ['run', 'build:demo'], { stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) throw new Error('npm run build:demo failed');
const reportsDir = mkdtempSync(join(tmpdir(), 'report-concern-marks-'));
const preview = await startPreview(reportsDir);
const origin = await preview.origin;

/** In the page: text rects of the card that the mark covers, and whether it leaves the card. */
function overlaps(host) {
  const mark = host.shadowRoot.querySelector('[part="mark"]').getBoundingClientRect();
  const card = host.closest('article, li, section, .card') ?? host.parentElement;
  const box = card.getBoundingClientRect();
  const hits = [];
  const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim() || host.contains(node)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      if (r.left < mark.right && mark.left < r.right && r.top < mark.bottom && mark.top < r.bottom) hits.push(node.textContent.trim().slice(0, 30));
    }
  }
  if (mark.left < box.left - 1 || mark.right > box.right + 1) hits.push('outside its card');
  return hits;
}

const problems = [];
const browser = await chromium.launch({ executablePath: await findBrowser(), args: BROWSER_ARGS });
try {
  for (const lang of ['en', 'ar']) {
    for (const width of [1280, 360]) {
      for (const theme of ['light', 'dark']) {
        for (const kind of ['delivered', 'queued']) {
          const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: theme });
          const page = await context.newPage();
          // The receiver unreachable: the report is kept and the mark says it will be sent.
          if (kind === 'queued') await page.route('**/api/reports**', (route) => (route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue()));
          await page.goto(`${origin}/index.html?lang=${lang}&theme=${theme}`);
          const host = page.locator('flag-button').nth(1);
          await host.locator('button').click();
          const dialog = page.locator('report-concern-dialog dialog[open]');
          await dialog.waitFor();
          await dialog.locator('input[name="category"]').first().check();
          await dialog.locator('textarea').first().fill('Links to an essay shop in every answer');
          await dialog.locator('button[type="submit"]').click();
          await dialog.locator('[part="status"]').first().waitFor({ timeout: 20000 });
          await page.evaluate(() => document.querySelector('report-concern-dialog').close());
          await host.locator('[part="mark"]').waitFor();
          const card = host.locator('xpath=ancestor::*[self::article or self::li or self::section][1]');
          const name = `mark-${kind}-${lang}-${width}-${theme}.png`;
          await (await card.count() ? card : host).screenshot({ path: join(OUT, name), animations: 'disabled' });
          const hits = await host.evaluate(overlaps);
          if (hits.length) problems.push(`${name}: the mark covers ${hits.join(', ')}`);
          console.log(`${name}${hits.length ? `  COVERS ${hits.join(', ')}` : ''}`);
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  preview.stop();
  rmSync(reportsDir, { recursive: true, force: true });
}
if (problems.length) {
  console.log(problems.join('\n'));
  process.exit(1);
}
console.log(`no mark covers its card's text (${OUT})`);

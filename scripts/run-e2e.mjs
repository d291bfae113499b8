// End to end: the built demo, served by `vite preview` with the real receiver
// writing to a temporary folder, driven in Chromium by playwright-core the way
// a member uses it (accessible names, clicks on real buttons), checking what
// lands on disk and what the moderator page shows. Then three of the journeys
// again in Firefox and WebKit (scripts/e2e-engines.mjs). This file runs them
// in order; the journeys live in scripts/e2e-member.mjs, e2e-moderator.mjs,
// e2e-outcomes.mjs and e2e-cdn.mjs.
//
//   node scripts/run-e2e.mjs            build dist-demo/, then run
//   E2E_SKIP_BUILD=1 node scripts/…     reuse an existing dist-demo/
//   E2E_SCREENSHOTS=dir                 where page screenshots go (default .cache/e2e)
//   E2E_DOCS=dir                        where the demo's dialog pictures go (default .cache/e2e/demo)
//   E2E_CHROMIUM_ONLY=1                 skip the Firefox and WebKit journeys
//   E2E_ENGINES=webkit (or firefox)     run the other engines' journeys in that one only
//
// The last line is always `e2e: N passed, N failed, N skipped`; the exit code
// is non-zero on any failure. The preview server is killed on every way out.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from './find-browser.mjs';
import { runOtherEngines } from './e2e-engines.mjs';
import { DOCS, dialogScreenshots } from './screenshots.mjs';
import { outcomeStory } from './e2e-outcomes.mjs';
import { makePng, storedReports } from './e2e-fixtures.mjs';
import { finish, journeyRunner, results, summary } from './e2e-harness.mjs';
import { buildDemo, startPreview } from './e2e-preview.mjs';
import { memberReports, strictCspReport } from './e2e-member.mjs';
import { moderatorJourneys } from './e2e-moderator.mjs';
import { publishedFromCdn } from './e2e-cdn.mjs';

const SHOTS = process.env.E2E_SCREENSHOTS ?? '.cache/e2e';

// ---------------------------------------------------------------- build and serve

if (!process.env.E2E_SKIP_BUILD && !buildDemo()) {
  results.push({ name: 'build', ok: false });
  finish(1);
}

const reportsDir = mkdtempSync(join(tmpdir(), 'report-concern-e2e-'));
const preview = await startPreview(reportsDir);

let cleaned = false;
function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  preview.stop();
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
  const base = await preview.origin;
  browser = await chromium.launch({ executablePath: await findBrowser(), args: BROWSER_ARGS });
  mkdirSync(SHOTS, { recursive: true });
  const run = journeyRunner(browser, SHOTS);
  const site = { base, reportsDir, shots: SHOTS };

  console.log(`e2e (built demo at ${base}, vite preview, real receiver, Chromium)`);

  const references = await memberReports(run, site);
  await moderatorJourneys(run, site, references);
  await strictCspReport(run, site);

  await run(`the demo's dialog: English, Arabic with the switcher, dark (${DOCS}/dialog-*.png)`, async (page) => {
    let first = true;
    // The first picture uses the checked page; the others fresh tabs beside it.
    await dialogScreenshots(async () => (first ? ((first = false), page) : page.context().newPage()), base);
  });

  await outcomeStory(run, base, SHOTS);
  await publishedFromCdn(run, results);

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
  if (summary().failed > 0 && preview.log().trim()) console.log(`--- vite preview output ---\n${preview.log().trim()}\n---`);
  cleanUp();
}

finish();

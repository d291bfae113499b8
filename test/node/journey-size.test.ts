// What a reporter's browser really fetches, journey by journey, from the
// built widget (dist/), in Chromium: the page alone, a text report through
// the thank-you and the "Reported" mark, a report with one screenshot. The
// budgets and the goals they come from are in scripts/bench/journeys.mjs;
// `npm run bench` prints the same journeys beside Sentry's.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';
// @ts-expect-error -- plain .mjs scripts without types
import { startServer } from '../../scripts/bench/server.mjs';
// @ts-expect-error -- plain .mjs scripts without types
import { JOURNEY_BUDGETS, runJourney } from '../../scripts/bench/journeys.mjs';

interface Fetched {
  path: string;
  gzip: number;
  contains: string[];
}
interface Journey {
  files: Fetched[];
  gzip: number;
}

const fmt = (n: number) => n.toLocaleString('en-US');
const list = (j: Journey) => j.files.map((f) => `${f.path} ${fmt(f.gzip)}`).join(', ');

describe('bytes fetched per journey from the built widget', { timeout: 180_000 }, () => {
  let browser: Browser;
  let stop: () => void;
  let origin: string;
  const runs = new Map<string, Promise<Journey>>();
  const journey = (name: string) => {
    if (!runs.has(name)) runs.set(name, runJourney(browser, origin, 'rc', name));
    return runs.get(name)!;
  };

  before(async () => {
    assert.ok(existsSync('dist/report-concern.js'), 'dist/ is missing: run `npm run build` first (npm test builds before the node tests).');
    const root = process.cwd();
    const started = await startServer({ root, dist: resolve('dist'), sentryDir: resolve('.cache/bench-sentry'), sentryVersion: 'none' });
    origin = started.origin;
    stop = () => started.server.close();
    browser = await chromium.launch({ executablePath: await findBrowser(), args: BROWSER_ARGS });
  });
  after(async () => {
    await browser?.close();
    stop?.();
  });

  test(`a page with a Flag button fetches at most ${fmt(JOURNEY_BUDGETS.page)} bytes gzip`, async () => {
    const page = await journey('page');
    assert.ok(page.gzip <= JOURNEY_BUDGETS.page, `the page fetched ${fmt(page.gzip)} bytes gzip: ${list(page)}`);
  });

  test(`a text report through the thank-you and the mark fetches at most ${fmt(JOURNEY_BUDGETS.text)} bytes gzip`, async () => {
    const text = await journey('text');
    assert.ok(text.gzip <= JOURNEY_BUDGETS.text, `a text report fetched ${fmt(text.gzip)} bytes gzip: ${list(text)}`);
  });

  test('a text report fetches no floating-ui, no zod and no image code', async () => {
    const text = await journey('text');
    const found = text.files.flatMap((f) => f.contains.filter((c) => /floating-ui|zod|image/.test(c)).map((c) => `${c} in ${f.path}`));
    assert.deepEqual(found, []);
  });

  test(`a report with one screenshot fetches at most ${fmt(JOURNEY_BUDGETS.screenshot)} bytes gzip, the image worker included`, async () => {
    const shot = await journey('screenshot');
    assert.ok(shot.files.some((f) => /image-worker/.test(f.path)), `the worker was fetched: ${list(shot)}`);
    assert.ok(shot.gzip <= JOURNEY_BUDGETS.screenshot, `a report with a screenshot fetched ${fmt(shot.gzip)} bytes gzip: ${list(shot)}`);
  });
});

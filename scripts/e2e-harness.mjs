// How a Chromium journey runs and counts: each in a fresh browser context,
// failing on any page error, console error or unexpected 4xx/5xx answer, with
// a screenshot of the page when it fails. The results feed the last line,
// `e2e: N passed, N failed, N skipped`, that scripts/test.mjs reads.
import { join } from 'node:path';
import { assert } from './e2e-fixtures.mjs';

/** Every journey's `{ name, ok, skipped? }`, in the order they ran. */
export const results = [];

export function summary() {
  const skipped = results.filter((r) => r.skipped).length;
  const passed = results.filter((r) => r.ok && !r.skipped).length;
  return { passed, failed: results.length - passed - skipped, skipped };
}

/** The engine a journey ran in: the other engines' names start with theirs (scripts/e2e-engines.mjs). */
function engineOf(result) {
  return result.engine ?? /^(firefox|webkit): /.exec(result.name)?.[1] ?? 'chromium';
}

/**
 * Prints each engine's counts, then the last line, and exits: with `code`,
 * or 0 when something passed and nothing failed.
 */
export function finish(code) {
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

/**
 * `run(name, body)` for `browser`: calls `body(page, expected)` in a new
 * context; `expected` takes answers a journey provokes on purpose
 * ("422 /api/…"). Failure screenshots go to `shots`.
 */
export function journeyRunner(browser, shots) {
  return async function run(name, body) {
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
      await page.screenshot({ path: join(shots, `${name.replace(/\W+/g, '-')}.png`), fullPage: true }).catch(() => undefined);
    } finally {
      await context.close();
    }
  };
}

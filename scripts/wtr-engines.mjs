// The browser engines the browser suite runs in, one per web-test-runner run:
// `RC_ENGINE=chromium|firefox|webkit` (Chromium when unset). Each engine has
// its launcher, its count label (`browser-firefox: N passed, …`) and the
// tests it cannot run, listed in test/browser/engine-skips.mjs. Those are
// skipped by a root mocha hook added to each test file as it is served, and
// the count reporter prints each one with its reason: nothing is skipped
// silently, and the test files stay as they are.
import { playwrightLauncher } from '@web/test-runner-playwright';
import { ENGINE_SKIPS } from '../test/browser/engine-skips.mjs';
import { BROWSER_ARGS, findBrowser, findEngine } from './find-browser.mjs';
import { firefoxLauncher } from './wtr-firefox-launcher.mjs';
import { webkitLauncher } from './wtr-webkit-launcher.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/**
 * "Capture this page" (test/browser/capture.test.ts) asks for this tab with
 * getDisplayMedia({ preferCurrentTab: true }). Headless Chromium has no
 * picker to show, so without this switch the promise never settles; with it
 * the request for this tab is accepted at once. It changes nothing else: only
 * a getDisplayMedia call that prefers the current tab sees it, and no other
 * test makes one. Only the browser tests get it (not the e2e run or the
 * benches, which launch with BROWSER_ARGS alone).
 */
const TAB_CAPTURE_ARGS = ['--auto-accept-this-tab-capture'];

export function selectedEngine() {
  const engine = process.env.RC_ENGINE || 'chromium';
  if (!ENGINES.includes(engine)) throw new Error(`RC_ENGINE=${engine}: expected one of ${ENGINES.join(', ')}`);
  return engine;
}

export async function engineLauncher(engine) {
  if (engine === 'firefox') return firefoxLauncher({ executablePath: await findEngine('firefox') });
  if (engine === 'webkit') {
    await findEngine('webkit');
    return webkitLauncher();
  }
  return playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath: await findBrowser(), args: [...BROWSER_ARGS, ...TAB_CAPTURE_ARGS] },
  });
}

/** The skips of `engine` for one test file (path from the project root), as { title: reason }. */
export function skipsFor(engine, file) {
  const entries = (ENGINE_SKIPS[engine] ?? []).filter((s) => file.endsWith(s.file));
  return Object.fromEntries(entries.map((s) => [s.test ?? '', s.reason]));
}

/** The reason `engine` skips a test, or undefined when it does not. */
export function skipReason(engine, file, fullTitle) {
  for (const [title, reason] of Object.entries(skipsFor(engine, file ?? ''))) {
    if (matches(fullTitle, title)) return reason;
  }
  return undefined;
}

/** An empty title is the whole file; otherwise a full title, or the name of a describe block in it. */
function matches(fullTitle, title) {
  return title === '' || fullTitle === title || fullTitle.startsWith(`${title} `);
}

/**
 * A dev server plugin that puts, at the top of each served test file, a root
 * `beforeEach` skipping the tests this engine cannot run (mocha's `this.skip()`
 * counts them as skipped).
 */
export function engineSkipPlugin(engine) {
  return {
    name: 'report-concern-engine-skips',
    transform(context) {
      if (!/^\/test\/browser\/.+\.test\.ts$/.test(context.path)) return undefined;
      const skips = skipsFor(engine, context.path);
      if (Object.keys(skips).length === 0) return undefined;
      const hook = `beforeEach(function () {
  const full = this.currentTest.fullTitle();
  const skips = ${JSON.stringify(skips)};
  const matches = ${matches.toString()};
  if (Object.keys(skips).some((title) => matches(full, title))) this.skip();
});`;
      // On the first line, so line numbers in stack traces stay those of the file.
      return { body: hook.replace(/\n\s*/g, ' ') + context.body };
    },
  };
}

// The browser tests: test/browser/**/*.test.ts in one engine per run
// (`RC_ENGINE=chromium|firefox|webkit`, Chromium when unset; see
// scripts/wtr-engines.mjs), posting to a real HTTP receiver
// (test/support/test-endpoint.mjs) that runs the package's own server
// handler and can be told to fail.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { engineLauncher, engineSkipPlugin, selectedEngine, skipReason } from './scripts/wtr-engines.mjs';
import { createTestEndpoint } from './test/support/test-endpoint.mjs';
import { widgetBuilds } from './test/support/widget-builds.mjs';

/**
 * `cut-network`: every request from the test page to URLs matching
 * `payload.pattern` fails as Chromium fails it without a connection
 * (`internetdisconnected`), until `payload.cut` is false. Playwright's
 * setOffline would also cut the test runner's own connection to the page.
 */
function networkPlugin() {
  return {
    name: 'report-concern-network',
    async executeCommand({ command, payload, session }) {
      if (command !== 'cut-network') return undefined;
      const page = session.browser.getPage(session.id);
      if (payload?.cut) await page.route(payload.pattern, (route) => route.abort('internetdisconnected'));
      else await page.unroute(payload.pattern);
      return true;
    },
  };
}

/**
 * `grant-clipboard`: lets the test page write to the clipboard, so a test can
 * put an image there and paste it with a real Ctrl+V (the keyboard's way of
 * adding a screenshot).
 */
function clipboardPlugin() {
  return {
    name: 'report-concern-clipboard',
    async executeCommand({ command, session }) {
      if (command !== 'grant-clipboard') return undefined;
      const page = session.browser.getPage(session.id);
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
      return true;
    },
  };
}

/**
 * `throttle-upload`: limits what the test page can upload to
 * `payload.bytesPerSecond` (Chromium's network emulation through the
 * DevTools protocol), or lifts the limit when it is absent. Lets a test
 * stop an upload while its body is still going out, which on localhost
 * otherwise leaves in an instant.
 */
function throttlePlugin() {
  const sessions = new Map();
  return {
    name: 'report-concern-throttle',
    async executeCommand({ command, payload, session }) {
      if (command !== 'throttle-upload') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await page.context().newCDPSession(page);
        await cdp.send('Network.enable');
        sessions.set(session.id, cdp);
      }
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: payload?.bytesPerSecond ?? -1,
      });
      return true;
    },
  };
}

/**
 * `emulate-touch`: makes the test page a touch device whose primary pointer
 * is coarse, as a phone's is (`(pointer: coarse)` matches, `(pointer: fine)`
 * does not), through Chromium's own touch emulation, or back to the mouse
 * when `payload.touch` is false.
 */
function touchPlugin() {
  const sessions = new Map();
  return {
    name: 'report-concern-touch',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-touch') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await page.context().newCDPSession(page);
        sessions.set(session.id, cdp);
      }
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: Boolean(payload?.touch), maxTouchPoints: 5 });
      return true;
    },
  };
}

const engine = selectedEngine();

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // The tsconfig is required: without it esbuild leaves the decorators as
  // they are, and Chromium cannot parse them.
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), networkPlugin(), clipboardPlugin(), throttlePlugin(), touchPlugin(), engineSkipPlugin(engine)],
  browsers: [await engineLauncher(engine)],
  // Two cores on CI: two pages at once is plenty. Firefox runs one: its
  // second page would be a hidden tab (throttled timers, no animation
  // frames: tests timed out at random), and a window of its own is not the
  // focused one (keys and focus rings go astray). WebKit runs one too: its
  // launcher drives one MiniBrowser window, and says so (its concurrency
  // overrides this one).
  concurrency: engine === 'firefox' ? 1 : 2,
  concurrentBrowsers: 1,
  // Firefox and WebKit start far slower than Chromium on a loaded machine
  // (Firefox took 50 s at a load of 50 on two cores).
  browserStartTimeout: engine === 'chromium' ? 60_000 : 180_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [await createTestEndpoint(), widgetBuilds()],
  reporters: [
    defaultReporter(),
    countReporter({
      label: `browser-${engine}`,
      summaryFile: `.cache/wtr-summary-${engine}.json`,
      skipReason: (file, title) => skipReason(engine, file, title),
    }),
  ],
};

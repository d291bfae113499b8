// The browser tests: test/browser/**/*.test.ts in headless Chromium, posting
// to a real HTTP receiver (test/support/test-endpoint.mjs) that runs the
// package's own server handler and can be told to fail.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { BROWSER_ARGS, findBrowser } from './scripts/find-browser.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
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

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // The tsconfig is required: without it esbuild leaves the decorators as
  // they are, and Chromium cannot parse them.
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), networkPlugin(), clipboardPlugin(), throttlePlugin()],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: await findBrowser(), args: BROWSER_ARGS },
    }),
  ],
  // Two cores on CI: two pages at once is plenty.
  concurrency: 2,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [await createTestEndpoint(), widgetBuilds()],
  reporters: [defaultReporter(), countReporter({ label: 'browser' })],
};

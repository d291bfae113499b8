// Sentry's feedback widget built from npm (@sentry/browser as installed, a
// devDependency) with esbuild, minified, es2022, production conditions, the
// way a page ships it:
//
// - sentry/page.js, the page load: `init({ dsn, integrations:
//   [feedbackAsyncIntegration()] })` and everything it needs bundled (the
//   SDK a page loads before the feedback button exists, error monitoring and
//   default integrations included: the widget cannot be had without them).
//   `cdnBaseUrl` points its lazy loading at the bench server; the DSN at the
//   bench server's envelope receiver. `?screenshot` in the page's URL turns
//   Sentry's screenshot add-on on (`enableScreenshot`); without it the form
//   loads no screenshot code (its lightest text report). `window.__preloadForm`
//   is Sentry's own `lazyLoadIntegration('feedbackModalIntegration')`, for
//   the "preloaded" timings.
// - cdn/feedback-modal.min.js and cdn/feedback-screenshot.min.js, the
//   add-ons that lazyLoadIntegration fetches as classic scripts when the
//   button is clicked: each a self-contained IIFE that puts its integration
//   on `window.Sentry`, as Sentry's CDN bundles do (their @sentry/core code
//   is bundled in, tree-shaken to what they use; the client is found through
//   Sentry's global carrier).
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGE = `
import { init, feedbackAsyncIntegration, lazyLoadIntegration } from '@sentry/browser';
init({
  dsn: 'http://public@' + location.host + '/1',
  cdnBaseUrl: location.origin,
  integrations: [feedbackAsyncIntegration({ enableScreenshot: new URLSearchParams(location.search).has('screenshot') })],
});
window.__preloadForm = () => lazyLoadIntegration('feedbackModalIntegration');
`;

const addOn = (name) => `
import { ${name} } from '@sentry/feedback';
(window.Sentry = window.Sentry || {}).${name} = ${name};
`;

async function bundle(contents, root, format) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js', sourcefile: 'sentry-bench-entry.js' },
    bundle: true,
    write: false,
    minify: true,
    format,
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'error',
  });
  return result.outputFiles[0].contents;
}

/** Builds Sentry's files into `dir`; resolves to `{ version, sdkVersion }`. */
export async function buildSentry(root, dir) {
  mkdirSync(join(dir, 'cdn'), { recursive: true });
  writeFileSync(join(dir, 'page.js'), await bundle(PAGE, root, 'esm'));
  writeFileSync(join(dir, 'cdn', 'feedback-modal.min.js'), await bundle(addOn('feedbackModalIntegration'), root, 'iife'));
  writeFileSync(join(dir, 'cdn', 'feedback-screenshot.min.js'), await bundle(addOn('feedbackScreenshotIntegration'), root, 'iife'));
  const version = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  // lazyLoadIntegration asks for /<SDK_VERSION>/<bundle>.min.js: @sentry/core's version.
  return { version: version('@sentry/browser'), sdkVersion: version('@sentry/core') };
}

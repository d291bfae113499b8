// `npm run bench`: what report-concern costs a page, next to Lit alone and
// Sentry's feedback widget, in one table. Results also go to
// .cache/bench-results.json (not committed) for the README to quote.
//
//   node scripts/bench.mjs [--build | --no-build] [--dist DIR] [--runs N]
//
// Build: `npm run build` runs first when dist/report-concern.js is missing or
// older than anything in src/, vite.config.ts, package.json or
// package-lock.json; `--build` always builds, `--no-build` never does,
// `--dist DIR` measures another build and never builds.
//
// How each figure is made
// -----------------------
// Bytes. Every file is compressed on its own (gzip level 9; brotli quality 11,
// text mode) and the files of a group are summed, as a browser downloads them.
// - report-concern: scripts/size.mjs `measure()` over the built dist/ (see its
//   header): page load = report-concern.js + static imports; "+ form" =
//   content report − page load (the chunks the first English content report
//   without screenshots loads); "+ the rest" = the English total − content
//   report (placement, the full rules, the screenshot parts). The other
//   languages' chunks are summed apart: Sentry's widget has none, and a
//   page loads at most one of them.
// - Lit alone, the floor for any Lit widget: esbuild bundles the installed
//   lit (production build, the default export conditions) with a one-element
//   LitElement (static styles, a property, a render with one binding) defined
//   with customElements.define; minified, ESM, browser, es2022.
// - Sentry's feedback widget, built from npm (@sentry/browser and
//   @sentry/feedback as installed) with esbuild, minified, ESM, browser,
//   es2022, production export conditions:
//   (a) page load: `import { init, feedbackAsyncIntegration } from
//       '@sentry/browser'; init({ dsn, integrations: [feedbackAsyncIntegration()] })`,
//       everything bundled. This is the SDK a page needs before the feedback
//       button exists (it includes Sentry's error monitoring and default
//       integrations, which the feedback widget cannot be had without).
//   (b) form: `export { feedbackModalIntegration } from '@sentry/feedback'`
//   (c) screenshots: `export { feedbackScreenshotIntegration } from '@sentry/feedback'`
//       (b) and (c) are each their own entry with @sentry/core external: they
//       are add-ons to the SDK already loaded by (a), as Sentry's CDN serves
//       feedback-modal.min.js and feedback-screenshot.min.js after
//       feedbackAsyncIntegration asks for them. @sentry/feedback is one
//       module file, so no finer part of what (a) holds can be made
//       external; tree shaking keeps only what (b) or (c) use.
//   Sentry total = a + b + c. (b) and (c) each carry their own copy of
//   preact and shared feedback helpers; "shared code once" also prints
//   a + (b and c bundled together), the smaller figure, so a ratio under
//   the goal holds against both.
//   Ratio = report-concern English total / Sentry total (goal ≤ 0.5); the
//   ratio of all files, languages included, is printed beside it.
//
// Time, in headless Chromium through playwright-core, the page and dist/
// served by a small node:http server in this file (no-store caching; POST
// /bench-receiver answers 201 {"reference":"B-1"}). Each run is a fresh
// browser context (empty HTTP cache) and a fresh page, bench/page.html: one
// <flag-button> and the one-tag script. After `load` and the button's first
// render, a script in the page takes performance.now(), calls click() on the
// button inside <flag-button>'s shadow root, and stops the clock at the
// `report-open` event, which the dialog fires right after showModal() and
// focusing the first category; it checks there that the <dialog> is open and
// a category radio has focus (a run where not is reported). "next frame"
// also waits for the following animation frame and one task after it, when
// the open dialog has been painted. Median [min–max] of --runs runs (15):
// - cold: no preload, unthrottled;
// - cold, CPU 4×: CDP Emulation.setCPUThrottlingRate 4, set after the page
//   has loaded (the load itself is not timed here) and before the click;
// - hover-preloaded: the mouse moves onto the button first (pointerenter
//   starts loading the form), then the click waits until every chunk of the
//   content report has been fetched (Resource Timing) and two frames passed;
//   unthrottled and 4× (this last row with half the runs, to keep the
//   bench under two minutes).
// Long tasks: bench/fifty.html (50 buttons) loaded 5 times unthrottled and 5
// times at 4×; a PerformanceObserver('longtask', buffered) registered in the
// page's <head> before the widget's script collects them until all fifty
// buttons have rendered, a frame and 100 ms more. Reported: long tasks per
// load (median and max) and the longest one seen; also when the fiftieth
// button had rendered (ms after navigation start, median).
// Heap: bench/page.html, one open–close cycle to load everything, then
// HeapProfiler.collectGarbage (twice) and Runtime.getHeapUsage; 100 cycles of
// click → report-open → a frame → dialog.close() → report-close; collect
// garbage again and read the heap. Growth = used JS heap after − before;
// Memory.getDOMCounters gives the DOM node and listener growth. A second
// batch of 100 shows whether the growth repeats (a leak) or was warm-up.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { BROWSER_ARGS, findBrowser } from './find-browser.mjs';
import { compressedSizes, formatSizes, measure, BUDGETS } from './size.mjs';

const ROOT = resolve(import.meta.dirname, '..');
process.chdir(ROOT);

// ---- Options -------------------------------------------------------------------

const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const DIST = resolve(option('--dist') ?? 'dist');
const RUNS = Number(option('--runs') ?? 15);
const LONGTASK_RUNS = 5;
const CYCLES = 100;
const SENTRY_DSN = 'https://public@example.invalid/1';

// ---- Build ---------------------------------------------------------------------

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

function ensureBuild() {
  if (option('--dist')) return `measured ${relative(ROOT, DIST)} as given (not built)`;
  const entry = join(DIST, 'report-concern.js');
  const built = existsSync(entry) ? statSync(entry).mtimeMs : 0;
  const sources = Math.max(...['src', 'vite.config.ts', 'package.json', 'package-lock.json'].map(newestMtime));
  const stale = !built || built < sources;
  if (argv.includes('--no-build') || (!argv.includes('--build') && !stale)) {
    if (!built) throw new Error('dist/report-concern.js is missing: run `npm run build` first (or drop --no-build).');
    return stale ? 'dist/ reused as asked (older than src/)' : 'dist/ reused (newer than src/)';
  }
  console.error(`[bench] ${built ? 'dist/ is older than src/' : 'no dist/report-concern.js'}: npm run build`);
  const run = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error(`npm run build failed (exit ${run.status ?? run.signal}); fix the build, then run the bench again.`);
  if (!existsSync(entry)) throw new Error('npm run build succeeded but wrote no dist/report-concern.js.');
  return 'dist/ built now by npm run build';
}

// ---- Bytes of the peers -----------------------------------------------------------

async function bundleSize(contents, { external = [] } = {}) {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'js', sourcefile: 'bench-entry.js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external,
    legalComments: 'none',
    logLevel: 'error',
    metafile: true,
  });
  const bytes = result.outputFiles[0].contents;
  return { ...compressedSizes(Buffer.from(bytes)), modules: Object.keys(result.metafile.inputs).length };
}

const LIT_FLOOR = `
import { LitElement, css, html } from 'lit';
class LitFloor extends LitElement {
  static properties = { label: {} };
  static styles = css\`:host { display: inline-block; }\`;
  constructor() { super(); this.label = 'Flag'; }
  render() { return html\`<button type="button">\${this.label}</button>\`; }
}
customElements.define('lit-floor', LitFloor);
`;

async function peerSizes() {
  const lit = await bundleSize(LIT_FLOOR);
  const external = ['@sentry/core'];
  const a = await bundleSize(
    `import { init, feedbackAsyncIntegration } from '@sentry/browser';\n` +
      `init({ dsn: ${JSON.stringify(SENTRY_DSN)}, integrations: [feedbackAsyncIntegration()] });\n`,
  );
  const b = await bundleSize(`export { feedbackModalIntegration } from '@sentry/feedback';`, { external });
  const c = await bundleSize(`export { feedbackScreenshotIntegration } from '@sentry/feedback';`, { external });
  const bc = await bundleSize(
    `export { feedbackModalIntegration, feedbackScreenshotIntegration } from '@sentry/feedback';`,
    { external },
  );
  const add = (...xs) => ({ gzip: xs.reduce((n, x) => n + x.gzip, 0), brotli: xs.reduce((n, x) => n + x.brotli, 0), raw: xs.reduce((n, x) => n + x.raw, 0) });
  const version = JSON.parse(readFileSync('node_modules/@sentry/browser/package.json', 'utf8')).version;
  const litVersion = JSON.parse(readFileSync('node_modules/lit/package.json', 'utf8')).version;
  return {
    lit: { version: litVersion, ...lit },
    sentry: { version, pageLoad: a, form: b, screenshot: c, total: add(a, b, c), sharedOnce: add(a, bc) },
  };
}

// ---- Server ------------------------------------------------------------------------

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.css': 'text/css', '.map': 'application/json' };

function fileFor(pathname) {
  const [base, rest] = pathname.startsWith('/dist/')
    ? [DIST, pathname.slice('/dist/'.length)]
    : pathname.startsWith('/bench/')
      ? [join(ROOT, 'bench'), pathname.slice('/bench/'.length)]
      : pathname === '/'
        ? [join(ROOT, 'bench'), 'page.html']
        : [];
  if (!base) return undefined;
  const file = resolve(base, decodeURIComponent(rest));
  if (file !== base && !file.startsWith(base + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Paths the server could not find, to explain a failed run (a chunk gone in a rebuild). */
const notFound = [];

function startServer() {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname === '/bench-receiver') {
      req.resume();
      req.on('end', () => {
        if (req.method !== 'POST') {
          res.writeHead(405, { allow: 'POST' }).end();
          return;
        }
        res.writeHead(201, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(JSON.stringify({ reference: 'B-1' }));
      });
      return;
    }
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = req.method === 'GET' || req.method === 'HEAD' ? fileFor(pathname) : undefined;
    if (!file) {
      notFound.push(pathname);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

// ---- Browser measurements ------------------------------------------------------------

/** In the page: click the Flag button and time it to `report-open` and to the next frame. */
function clickAndTime() {
  return new Promise((resolve, reject) => {
    const button = document.querySelector('flag-button')?.shadowRoot?.querySelector('button');
    if (!button) return reject(new Error('no button inside <flag-button>'));
    const timer = setTimeout(() => {
      const mark = document.querySelector('flag-button')?.shadowRoot?.querySelector('.mark')?.textContent;
      reject(new Error(`report-open did not fire within 20 s${mark ? `; the button says "${mark}"` : ''}`));
    }, 20000);
    let t0 = 0;
    document.addEventListener(
      'report-open',
      () => {
        const open = performance.now() - t0;
        const host = document.querySelector('report-concern-dialog');
        const dialog = host?.shadowRoot?.querySelector('dialog');
        const active = host?.shadowRoot?.activeElement;
        const ready = Boolean(dialog?.open) && Boolean(active?.matches('input[type="radio"][name="category"]'));
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            clearTimeout(timer);
            resolve({ open, frame: performance.now() - t0, ready, focused: active ? `${active.localName}#${active.id}` : null });
          };
          channel.port2.postMessage(0);
        });
      },
      { once: true, capture: true },
    );
    t0 = performance.now();
    button.click();
  });
}

/** A fresh context (empty cache, storage and IndexedDB) and page; `rate` throttles the CPU from the start. */
async function newPage(browser, rate = 1) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const throttle = (r) => cdp.send('Emulation.setCPUThrottlingRate', { rate: r });
  if (rate !== 1) await throttle(rate);
  return { context, page, cdp, throttle };
}

const buttonRendered = () =>
  customElements.whenDefined('flag-button').then(() => document.querySelector('flag-button')?.updateComplete);

async function timeClick(browser, origin, { rate, preload, formFiles, runs }) {
  const samples = [];
  const problems = [];
  for (let i = 0; i < runs; i++) {
    // The page loads unthrottled (only the click is timed); throttling starts before hover and click.
    const { context, page, throttle } = await newPage(browser);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    notFound.length = 0;
    try {
      await page.goto(`${origin}/bench/page.html`, { waitUntil: 'load' });
      await page.evaluate(buttonRendered);
      if (rate !== 1) await throttle(rate);
      if (preload) {
        await page.hover('flag-button button');
        await page.waitForFunction(
          (files) => {
            const names = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
            return files.every((f) => names.includes(`/dist/${f}`));
          },
          formFiles,
          { polling: 'raf', timeout: 20000 },
        );
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      }
      const result = await page.evaluate(clickAndTime);
      samples.push(result);
      if (!result.ready) problems.push(`run ${i + 1}: the dialog was not open with a category focused (focus on ${result.focused})`);
    } catch (error) {
      // One failed run is reported and the others still count (a busy machine, a rebuild of dist/ under us).
      const why = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      const extra = [...(notFound.length ? [`404: ${notFound.join(', ')}`] : []), ...errors.slice(0, 3)];
      problems.push(`run ${i + 1} failed: ${why}${extra.length ? ` (${extra.join('; ')})` : ''}`);
    } finally {
      await context.close();
    }
  }
  if (!samples.length) throw new Error(`every run failed (${rate}×${preload ? ', preloaded' : ''}): ${problems[0]}`);
  return { rate, preload, open: stats(samples.map((s) => s.open)), frame: stats(samples.map((s) => s.frame)), problems };
}

async function longTasks(browser, origin, rate) {
  const loads = [];
  for (let i = 0; i < LONGTASK_RUNS; i++) {
    const { context, page } = await newPage(browser, rate);
    try {
      await page.goto(`${origin}/bench/fifty.html`, { waitUntil: 'load' });
      const rendered = await page.waitForFunction(
        () => {
          const buttons = document.querySelectorAll('flag-button');
          const done = buttons.length === 50 && [...buttons].every((b) => b.shadowRoot?.querySelector('button'));
          return done && performance.now();
        },
        undefined,
        { polling: 'raf', timeout: 30000 },
      );
      const allRendered = await rendered.jsonValue();
      const tasks = await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(window.__longTasks), 100))),
      );
      if (tasks === null) throw new Error('this Chromium has no longtask PerformanceObserver');
      loads.push({ count: tasks.length, longest: Math.max(0, ...tasks.map((t) => t.duration)), total: tasks.reduce((n, t) => n + t.duration, 0), allRendered });
    } finally {
      await context.close();
    }
  }
  return {
    rate,
    loads: loads.length,
    count: stats(loads.map((l) => l.count)),
    longest: Math.max(...loads.map((l) => l.longest)),
    allRendered: stats(loads.map((l) => l.allRendered)),
  };
}

async function heapGrowth(browser, origin) {
  const { context, page, cdp } = await newPage(browser, 1);
  try {
    await page.goto(`${origin}/bench/page.html`, { waitUntil: 'load' });
    await page.evaluate(buttonRendered);
    const cycles = (n) =>
      page.evaluate(async (count) => {
        const button = document.querySelector('flag-button').shadowRoot.querySelector('button');
        const once = (type) => new Promise((r) => document.addEventListener(type, r, { once: true }));
        for (let i = 0; i < count; i++) {
          const opened = once('report-open');
          button.click();
          await opened;
          await new Promise((r) => requestAnimationFrame(r));
          const closed = once('report-close');
          document.querySelector('report-concern-dialog').close();
          await closed;
        }
      }, n);
    const snapshot = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters');
      return { used: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
    };
    await cycles(1);
    const before = await snapshot();
    const t0 = Date.now();
    await cycles(CYCLES);
    const ms = Date.now() - t0;
    const after = await snapshot();
    // A second batch tells a leak (grows again) from one-time warm-up (JIT, caches).
    await cycles(CYCLES);
    const again = await snapshot();
    return {
      cycles: CYCLES,
      before,
      after,
      again,
      growthKB: (after.used - before.used) / 1024,
      secondGrowthKB: (again.used - after.used) / 1024,
      nodes: after.nodes - before.nodes,
      listeners: after.listeners - before.listeners,
      msPerCycle: ms / CYCLES,
    };
  } finally {
    await context.close();
  }
}

function stats(values) {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}

// ---- The table --------------------------------------------------------------------------

const n0 = (x) => Math.round(x).toLocaleString('en-US');
const ms = (s) => `${s.median.toFixed(1)} [${s.min.toFixed(1)}–${s.max.toFixed(1)}]`;
const bytes = (x) => (x ? `${n0(x.gzip)} / ${n0(x.brotli)}` : '');

function table(rows) {
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.filter(Array.isArray).map((r) => String(r[i] ?? '').length)));
  const line = (r) =>
    r.map((cell, i) => (i === 0 ? String(cell ?? '').padEnd(widths[i]) : String(cell ?? '').padStart(widths[i]))).join('   ').trimEnd();
  const total = widths.reduce((a, b) => a + b, 0) + 9;
  return rows.map((r) => (Array.isArray(r) ? line(r) : r === '-' ? '-'.repeat(total) : r)).join('\n');
}

// ---- Main ---------------------------------------------------------------------------------

const started = Date.now();
let lapStart = started;
/** Progress on stderr, so stdout is the table alone. */
const lap = (what) => {
  const now = Date.now();
  console.error(`[bench] ${what}: ${((now - lapStart) / 1000).toFixed(1)} s`);
  lapStart = now;
};
const buildNote = ensureBuild();
lap('build');
const sizes = await measure(DIST);
const peers = await peerSizes();
lap('bytes');

const browser = await chromium.launch({ executablePath: await findBrowser(), args: BROWSER_ARGS, headless: true });
const chromiumVersion = browser.version();
const server = await startServer();
const origin = `http://127.0.0.1:${server.address().port}`;
let timing;
let tasks;
let heap;
try {
  const formFiles = sizes.files.filter((f) => f.contentReport).map((f) => f.file);
  timing = [];
  // The fourth row (preloaded at 4×) is the slowest to run and the least asked for: half the runs.
  for (const [rate, preload, runs] of [
    [1, false, RUNS],
    [4, false, RUNS],
    [1, true, RUNS],
    [4, true, Math.ceil(RUNS / 2)],
  ]) {
    timing.push(await timeClick(browser, origin, { rate, preload, formFiles, runs }));
    lap(`click ${rate}x${preload ? ' preloaded' : ''}`);
  }
  tasks = [await longTasks(browser, origin, 1), await longTasks(browser, origin, 4)];
  lap('long tasks');
  heap = await heapGrowth(browser, origin);
  lap('heap');
} finally {
  await browser.close();
  server.close();
}

// The other languages: Sentry's widget ships none, so they are shown apart
// and the comparison is on the English whole (page load, form, placement,
// the full rules, every screenshot part), with the all-files ratio beside it.
const foreign = sizes.files.filter((f) => f.note === 'non-English locale');
const foreignSum = {
  files: foreign.length,
  gzip: foreign.reduce((n, f) => n + f.gzip, 0),
  brotli: foreign.reduce((n, f) => n + f.brotli, 0),
};
const english = { gzip: sizes.total.gzip - foreignSum.gzip, brotli: sizes.total.brotli - foreignSum.brotli };
const rc = {
  pageLoad: sizes.pageLoad,
  form: { gzip: sizes.contentReport.gzip - sizes.pageLoad.gzip, brotli: sizes.contentReport.brotli - sizes.pageLoad.brotli },
  rest: { gzip: english.gzip - sizes.contentReport.gzip, brotli: english.brotli - sizes.contentReport.brotli },
  english,
  locales: foreignSum,
  total: sizes.total,
};
const S = peers.sentry;
const ratio = english.gzip / S.total.gzip;
const ratioShared = english.gzip / S.sharedOnce.gzip;
const ratioBr = english.brotli / S.total.brotli;
const ratioAll = sizes.total.gzip / S.total.gzip;
const budget = (name) => (sizes[name].gzip <= BUDGETS[name] ? `≤ ${n0(BUDGETS[name])} ok` : `OVER ${n0(BUDGETS[name])}`);
const cpu = cpus();
const load = loadavg().map((x) => x.toFixed(1)).join(' ');
const when = new Date();

const signed = (x, digits = 0) => `${x >= 0 ? '+' : ''}${x.toFixed(digits)}`;
const rows = [
  `report-concern bench, ${when.toISOString().replace(/\.\d+Z$/, 'Z')}`,
  `Node ${process.version} · Chromium ${chromiumVersion} · ${cpu[0]?.model ?? 'unknown CPU'} · ${cpu.length} cores · load average ${load} (at the end)`,
  `${buildNote}; lit ${peers.lit.version}, @sentry/browser ${S.version}`,
  '',
  ['BYTES gzip / brotli', 'report-concern', 'Sentry feedback', 'Lit alone'],
  '-',
  ['page load', bytes(rc.pageLoad), `(a) ${bytes(S.pageLoad)}`, bytes(peers.lit)],
  ['+ form (rc: English content report)', bytes(rc.form), `(b) ${bytes(S.form)}`, ''],
  ['+ rest (rc: placement, full rules, screenshots)', bytes(rc.rest), `(c) ${bytes(S.screenshot)}`, ''],
  ['total (rc: English, every part)', bytes(rc.english), bytes(S.total), ''],
  [`rc: + other languages (${rc.locales.files} files), loaded when needed`, bytes(rc.locales), '(none)', ''],
  ['rc: all files', bytes(rc.total), '', ''],
  ['Sentry, shared code once: a + (b+c)', '', bytes(S.sharedOnce), ''],
  ['budget, page load gzip', budget('pageLoad'), '', ''],
  [`budget, content report gzip (${n0(sizes.contentReport.gzip)})`, budget('contentReport'), '', ''],
  ['rc English total / Sentry total (goal ≤ 0.50)', `gzip ${ratio.toFixed(2)}`, `brotli ${ratioBr.toFixed(2)}`, ''],
  ['rc English total / Sentry shared code once', `gzip ${ratioShared.toFixed(2)}`, '', ''],
  ['rc all files / Sentry total', `gzip ${ratioAll.toFixed(2)}`, '', ''],
  '',
  [`TIME click → dialog open, focused (ms)`, 'to report-open', 'to next frame', 'median [min–max]'],
  '-',
  ...timing.map((t) => [
    `${t.preload ? 'hover-preloaded' : 'cold cache'}, ${t.rate === 1 ? 'CPU 1×' : `CPU ${t.rate}× slower`} (${t.open.n} runs)`,
    ms(t.open),
    ms(t.frame),
    t.problems.length ? `${t.problems.length} runs failed` : '',
  ]),
  '',
  [`LONG TASKS, page with 50 buttons`, 'count med / max', 'longest ms', '50 rendered at ms'],
  '-',
  ...tasks.map((t) => [
    `${t.rate === 1 ? 'CPU 1×' : `CPU ${t.rate}× slower`} (${t.loads} loads)`,
    `${t.count.median} / ${t.count.max}`,
    t.longest.toFixed(0),
    t.allRendered.median.toFixed(0),
  ]),
  '',
  [`HEAP, ${heap.cycles} open–close cycles, after GC`, 'JS heap growth', 'next 100 cycles', 'DOM nodes / listeners'],
  '-',
  [
    `one page (${heap.msPerCycle.toFixed(1)} ms per cycle)`,
    `${signed(heap.growthKB, 1)} KB`,
    `${signed(heap.secondGrowthKB, 1)} KB`,
    `${signed(heap.nodes)} / ${signed(heap.listeners)}`,
  ],
];

console.log(table(rows));
for (const t of timing) for (const p of t.problems) console.log(`warning (${t.preload ? 'preloaded' : 'cold'}, ${t.rate}×): ${p}`);
for (const w of sizes.warnings) console.log(`warning: ${w}`);
console.log(`\nreport-concern files (node scripts/size.mjs):\n${formatSizes(sizes)}`);

const results = {
  date: when.toISOString(),
  node: process.version,
  chromium: chromiumVersion,
  cpu: { model: cpu[0]?.model, cores: cpu.length, loadavg: loadavg() },
  build: buildNote,
  runs: RUNS,
  bytes: { reportConcern: sizes, english, locales: foreignSum, lit: peers.lit, sentry: S, ratio, ratioBrotli: ratioBr, ratioSharedOnce: ratioShared, ratioAllFiles: ratioAll },
  timing,
  longTasks: tasks,
  heap,
  seconds: (Date.now() - started) / 1000,
};
mkdirSync('.cache', { recursive: true });
writeFileSync('.cache/bench-results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote .cache/bench-results.json (${results.seconds.toFixed(0)} s)`);

// `npm run bench`: what report-concern costs a reporter, journey by journey,
// side by side with Sentry's feedback widget built from npm in the same run,
// so the noise of a shared machine falls on both. Results also go to
// .cache/bench-results.json (not committed) for the README to quote.
//
//   node scripts/bench.mjs [--build | --no-build] [--dist DIR] [--runs N] [--no-load]
//
// Build: `npm run build` runs first when dist/report-concern.js is missing or
// older than anything in src/, vite.config.ts, package.json or
// package-lock.json; `--build` always builds, `--no-build` never does,
// `--dist DIR` measures another build and never builds.
//
// 1. BYTES per journey: what Chromium fetched (its network log) while a
//    person goes through each journey, each file compressed on its own
//    (gzip 9, brotli 11) and summed. scripts/bench/journeys.mjs says what
//    each journey does; scripts/bench/sentry.mjs how Sentry is built.
// 2. TIME from click to an open, focused, interactive form, both widgets,
//    cold and preloaded, CPU 1× and 4× (scripts/bench/timing.mjs): median
//    [min–max] of --runs runs (11), report-concern's and Sentry's runs
//    taking turns.
// 3. Long tasks on a page of 50 buttons, and heap growth over 100 open–close
//    cycles (scripts/bench/load.mjs); `--no-load` skips them.
// 4. What the text journey's files and what a screenshot adds are made of,
//    module by module (scripts/bench/modules.mjs).
// 5. The per-file table of scripts/size.mjs (what each chunk is for).
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { BROWSER_ARGS, findBrowser } from './find-browser.mjs';
import { formatSizes, measure } from './size.mjs';
import { startServer } from './bench/server.mjs';
import { buildSentry } from './bench/sentry.mjs';
import { runJourney } from './bench/journeys.mjs';
import { summarize, timeClick } from './bench/timing.mjs';
import { heapGrowth, longTasks } from './bench/load.mjs';
import { moduleCosts } from './bench/modules.mjs';

const ROOT = resolve(import.meta.dirname, '..');
process.chdir(ROOT);

const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const DIST = resolve(option('--dist') ?? 'dist');
const RUNS = Number(option('--runs') ?? 11);
const SENTRY_DIR = join(ROOT, '.cache/bench-sentry');

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
  return 'dist/ built now by npm run build';
}

// ---- The runs ------------------------------------------------------------------

/** report-concern's journeys and the Sentry journey each is compared with. */
const JOURNEYS = [
  ['page only', 'page', 'page', 'page load', 0.15],
  ['text report → thank-you, mark', 'text', 'text', 'page + form', 0.5],
  ['report with one screenshot', 'screenshot', 'screenshot', 'page + form + screenshot', 0.5],
  ['… the screenshot redacted', 'redacted', 'screenshot', 'page + form + screenshot', undefined],
  ['text report, a help popover opened', 'help', 'text', 'page + form', undefined],
];

const CLICKS = [
  [1, false],
  [4, false],
  [1, true],
  [4, true],
];

async function journeys(browser, origin) {
  const sentry = {};
  for (const name of ['page', 'text', 'screenshot']) sentry[name] = await runJourney(browser, origin, 'sentry', name);
  const rows = [];
  for (const [label, rcName, sentryName, sentryLabel, goal] of JOURNEYS) {
    rows.push({ label, rcName, sentryName, sentryLabel, goal, rc: await runJourney(browser, origin, 'rc', rcName), sentry: sentry[sentryName] });
  }
  return rows;
}

async function clicks(browser, origin) {
  const out = [];
  for (const [rate, preload] of CLICKS) {
    const samples = { rc: [], sentry: [] };
    const problems = [];
    for (let i = 0; i < RUNS; i++) {
      for (const widget of ['rc', 'sentry']) {
        try {
          samples[widget].push(await timeClick(browser, origin, { widget, rate, preload }));
        } catch (error) {
          problems.push(`${widget} run ${i + 1}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
        }
      }
    }
    if (!samples.rc.length || !samples.sentry.length) throw new Error(`every run failed at ${rate}×: ${problems[0]}`);
    out.push({ rate, preload, rc: summarize(samples.rc), sentry: summarize(samples.sentry), problems });
    lap(`click ${rate}x${preload ? ' preloaded' : ''}`);
  }
  return out;
}

// ---- Tables ----------------------------------------------------------------------

const n0 = (x) => Math.round(x).toLocaleString('en-US');
const bytes = (x) => `${n0(x.gzip)} / ${n0(x.brotli)}`;
const ms = (s) => `${s.median.toFixed(0)} [${s.min.toFixed(0)}–${s.max.toFixed(0)}]`;

function table(rows) {
  const cols = Math.max(...rows.filter(Array.isArray).map((r) => r.length));
  const widths = Array.from({ length: cols }, (_, i) => Math.max(...rows.filter(Array.isArray).map((r) => String(r[i] ?? '').length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c ?? '').padEnd(widths[i]) : String(c ?? '').padStart(widths[i]))).join('   ').trimEnd();
  const total = widths.reduce((a, b) => a + b, 0) + 3 * (cols - 1);
  return rows.map((r) => (Array.isArray(r) ? line(r) : r === '-' ? '-'.repeat(total) : r)).join('\n');
}

function bytesTable(rows) {
  return [
    ['BYTES FETCHED gzip / brotli', 'report-concern', 'Sentry', '(Sentry journey)', 'ratio gzip / brotli', 'goal'],
    '-',
    ...rows.map((r) => {
      const g = r.rc.gzip / r.sentry.gzip;
      return [
        r.label,
        bytes(r.rc),
        bytes(r.sentry),
        r.sentryLabel,
        `${g.toFixed(2)} / ${(r.rc.brotli / r.sentry.brotli).toFixed(2)}`,
        r.goal ? `≤ ${r.goal.toFixed(2)} ${g <= r.goal ? 'ok' : 'NOT MET'}` : '',
      ];
    }),
  ];
}

function timeTable(rows) {
  return [
    ['CLICK → OPEN, FOCUSED FORM ms, median [min–max]', 'report-concern ready', 'painted', 'Sentry ready', 'painted', 'ratio', 'goal'],
    '-',
    ...rows.map((t) => {
      const ratio = t.rc.ready.median / t.sentry.ready.median;
      // Issue 14's goals for a preloaded form: ≤ 0.5 of Sentry's time and ≤ 50 ms at 1×; ≤ 150 ms at 4×.
      const met = t.rate === 1 ? ratio <= 0.5 && t.rc.ready.median <= 50 : t.rc.ready.median <= 150;
      const goal = t.preload ? `${t.rate === 1 ? '≤ 0.50, ≤ 50 ms' : '≤ 150 ms'} ${met ? 'ok' : 'NOT MET'}` : '';
      return [
        `${t.preload ? 'preloaded' : 'cold cache'}, CPU ${t.rate}× (${t.rc.ready.n} + ${t.sentry.ready.n} runs)`,
        ms(t.rc.ready),
        ms(t.rc.painted),
        ms(t.sentry.ready),
        ms(t.sentry.painted),
        ratio.toFixed(2),
        goal,
      ];
    }),
  ];
}

/**
 * Each file of the text journey (its 12 costliest modules) and each file the
 * screenshot journey fetches beyond it (all of them): what leaving a module
 * out of its file would save, gzip. The remainder is what modules share.
 */
function modulesTable(rows) {
  const fetched = (name) => rows.find((r) => r.rcName === name)?.rc.files.map((f) => f.path) ?? [];
  const text = fetched('text');
  const extra = fetched('screenshot').filter((p) => !text.includes(p));
  const out = [['MODULE COSTS gzip, each left out of its file', 'gzip', 'minified'], '-'];
  for (const [path, top] of [...text.map((p) => [p, 12]), ...extra.map((p) => [p, Infinity])]) {
    const { rows: modules, gzip, shared } = moduleCosts(join(DIST, path.replace(/^\/dist\//, '')));
    out.push([`${path.replace('/dist/', '')}${extra.includes(path) ? ' (screenshot only)' : ''}`, n0(gzip), '']);
    for (const m of modules.slice(0, top)) out.push([`  ${m.module}`, n0(m.gzip), n0(m.raw)]);
    if (modules.length > top) out.push([`  ${modules.length - top} more modules`, n0(modules.slice(top).reduce((n, m) => n + m.gzip, 0)), '']);
    out.push(['  shared (in no single module)', n0(shared), '']);
  }
  return out;
}

// ---- Main -------------------------------------------------------------------------

const started = Date.now();
let lapStart = started;
/** Progress on stderr, so stdout is the tables alone. */
function lap(what) {
  const now = Date.now();
  console.error(`[bench] ${what}: ${((now - lapStart) / 1000).toFixed(1)} s`);
  lapStart = now;
}

const buildNote = ensureBuild();
const sizes = await measure(DIST);
const sentryBuild = await buildSentry(ROOT, SENTRY_DIR);
lap('build');
const { server, origin, notFound } = await startServer({ root: ROOT, dist: DIST, sentryDir: SENTRY_DIR, sentryVersion: sentryBuild.sdkVersion });
// Tab capture is granted without a prompt, for Sentry's "Add a screenshot".
const browser = await chromium.launch({ executablePath: await findBrowser(), args: [...BROWSER_ARGS, '--auto-accept-this-tab-capture'], headless: true });
const chromiumVersion = browser.version();
let bytesRows;
let timing;
let load;
try {
  bytesRows = await journeys(browser, origin);
  lap('journeys');
  timing = await clicks(browser, origin);
  if (!argv.includes('--no-load')) {
    load = { tasks: [await longTasks(browser, origin, 1), await longTasks(browser, origin, 4)], heap: await heapGrowth(browser, origin) };
    lap('long tasks and heap');
  }
} finally {
  await browser.close();
  server.close();
}

const when = new Date();
const cpu = cpus();
const machine = `Node ${process.version} · Chromium ${chromiumVersion} · ${cpu[0]?.model ?? 'unknown CPU'} · ${cpu.length} cores · load average ${loadavg()
  .map((x) => x.toFixed(1))
  .join(' ')} (at the end)`;
const out = [
  `report-concern bench, ${when.toISOString().replace(/\.\d+Z$/, 'Z')}`,
  machine,
  `${buildNote}; @sentry/browser ${sentryBuild.version}`,
  '',
  table(bytesTable(bytesRows)),
  '',
  table(timeTable(timing)),
];
if (load) {
  const { tasks, heap } = load;
  out.push(
    '',
    table([
      ['LONG TASKS, page with 50 buttons', 'count med / max', 'longest ms', '50 rendered at ms'],
      '-',
      ...tasks.map((t) => [`CPU ${t.rate}× (${t.loads} loads)`, `${t.count.median} / ${t.count.max}`, t.longest.toFixed(0), t.allRendered.median.toFixed(0)]),
      '',
      [`HEAP, ${heap.cycles} open–close cycles, after GC`, 'JS heap growth', 'next 100 cycles', 'DOM nodes / listeners'],
      '-',
      [`one page (${heap.msPerCycle.toFixed(1)} ms per cycle)`, `${heap.growthKB.toFixed(1)} KB`, `${heap.secondGrowthKB.toFixed(1)} KB`, `${heap.nodes} / ${heap.listeners}`],
    ]),
  );
}
console.log(out.join('\n'));
for (const r of bytesRows) {
  console.log(`\n${r.label}: report-concern fetched ${r.rc.files.map((f) => `${f.path.replace('/dist/', '')} ${n0(f.gzip)}`).join(', ')}`);
  if (r.sentryName === r.rcName) console.log(`  Sentry fetched ${r.sentry.files.map((f) => `${f.path} ${n0(f.gzip)}`).join(', ')}${r.sentry.note ? ` (${r.sentry.note})` : ''}`);
}
for (const t of timing) for (const p of t.problems) console.log(`warning (${t.preload ? 'preloaded' : 'cold'}, ${t.rate}×): ${p}`);
for (const t of timing) for (const w of ['rc', 'sentry']) if (t[w].unfocused) console.log(`note: ${w} ${t.rate}×${t.preload ? ' preloaded' : ''}: focus not in the form in ${t[w].unfocused} runs`);
if (notFound.length) console.log(`warning: 404 for ${[...new Set(notFound)].join(', ')}`);
console.log(`\n${table(modulesTable(bytesRows))}`);
console.log(`\nreport-concern files (node scripts/size.mjs):\n${formatSizes(sizes)}`);

mkdirSync('.cache', { recursive: true });
const results = { date: when.toISOString(), machine, build: buildNote, sentry: sentryBuild, runs: RUNS, bytes: bytesRows, timing, load, seconds: (Date.now() - started) / 1000 };
writeFileSync('.cache/bench-results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote .cache/bench-results.json (${results.seconds.toFixed(0)} s)`);

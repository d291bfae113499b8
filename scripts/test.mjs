// `npm test`: every check and test, in order, as CI runs them.
//
//   1. find Chromium, Firefox ESR and WebKitGTK (or install Debian's
//      packages when root on Debian: scripts/find-browser.mjs)
//   2. npm run typecheck
//   3. npm run build
//   4. custom-elements.json is what `npm run analyze` would write now
//   5. npm run test:node      (prints `node: N passed, N failed, N skipped`)
//   6. npm run test:browser (`browser-chromium: N passed, …`), then
//      test:browser:firefox and test:browser:webkit, and the e2e journeys
//      in both (RC_ENGINES=chromium leaves the other two engines out)
//   7. npm run test:visual    (prints `visual: N passed, …`; the form in every
//                             state against its reference pictures)
//   8. npm run test:e2e       (prints `e2e: N passed, …`)
//   9. npm run test:stacks    (prints `stacks: N passed, …`): the packed package
//      installed into fresh React and Vue projects (npm registry on first run)
//
// Each step runs as a child process whose output is shown as it comes. A
// failing step does not stop the others. Suites count their tests; a step
// without counts is one check. A summary table follows, and the very last
// line is the total: `N passed, N failed, N skipped`. Each step's time is in
// the table, so what an engine costs can be read off it. The exit code is 0
// only when nothing failed. A step whose script does not exist yet is
// counted as failed, loudly, so that nobody mistakes it for green.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

const SUMMARY = /^([A-Za-z][\w-]*): (\d+) passed, (\d+) failed, (\d+) skipped\b/;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

if (process.argv[2] === 'check-manifest') {
  process.exit(await checkManifest());
}

function readPackage() {
  return JSON.parse(readFileSync('package.json', 'utf8'));
}

/** Splits a package.json script into words, honouring double quotes. */
function words(command) {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

function banner(text) {
  const line = '═'.repeat(Math.max(8, 72 - text.length - 4));
  console.log(`\n══ ${text} ${line}`);
}

/**
 * Runs a command with its output passed through as it comes, and remembers
 * the last summary line it printed for `suite`.
 */
function run(command, args, { suite, env } = {}) {
  return new Promise((done) => {
    let counts;
    let tail = '';
    const scan = (chunk) => {
      tail += chunk.toString('utf8');
      const lines = tail.split(/\r?\n/);
      tail = lines.pop() ?? '';
      for (const raw of lines) {
        // Strip colours and cursor movement before matching.
        const line = raw.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').trim();
        const m = SUMMARY.exec(line);
        if (m && (!suite || m[1] === suite)) counts = { passed: +m[2], failed: +m[3], skipped: +m[4] };
      }
    };
    const child = spawn(command, args, {
      stdio: ['inherit', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    child.stdout.on('data', (c) => {
      process.stdout.write(c);
      scan(c);
    });
    child.stderr.on('data', (c) => process.stderr.write(c));
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      done({ code: 127, counts });
    });
    child.on('close', (code, signal) => {
      scan('\n');
      done({ code: code ?? (signal ? 128 : 1), counts });
    });
  });
}

/** Compares custom-elements.json with what `npm run analyze` would write, without touching package.json. */
async function checkManifest() {
  const pkg = readPackage();
  const file = pkg.customElements ?? 'custom-elements.json';
  if (!existsSync(file)) {
    console.error(`${file} is missing: run \`npm run analyze\` and commit it.`);
    return 1;
  }
  const script = pkg.scripts?.analyze;
  if (!script) {
    console.error('package.json has no "analyze" script to generate custom-elements.json with.');
    return 1;
  }
  const argv = words(script);
  const at = argv.findIndex((w) => w === 'analyze');
  if (at < 0) {
    console.error(`cannot read the analyze script: ${script}`);
    return 1;
  }
  const args = argv.slice(at);
  // The analyzer adds or rewrites "customElements" in package.json; with the
  // out dir the committed path names, and no file written, it leaves it be.
  const outdirAt = args.indexOf('--outdir');
  const outdir = dirname(file) || '.';
  if (outdirAt >= 0) args.splice(outdirAt, 2);
  args.push('--outdir', outdir, '--quiet');
  const before = readFileSync('package.json');
  let manifest;
  try {
    const { cli } = await import('@custom-elements-manifest/analyzer/cli.js');
    manifest = await cli({ argv: args, cwd: ROOT, noWrite: true });
  } finally {
    if (!readFileSync('package.json').equals(before)) {
      writeFileSync('package.json', before);
      console.error('(the analyzer changed package.json; restored)');
    }
  }
  const fresh = `${JSON.stringify(manifest, null, 2)}\n`;
  const committed = readFileSync(file, 'utf8');
  if (fresh === committed) {
    console.log(`${file} is up to date.`);
    return 0;
  }
  const a = committed.split('\n');
  const b = fresh.split('\n');
  const first = a.findIndex((line, i) => line !== b[i]);
  console.error(`${file} is out of date: run \`npm run analyze\` and commit it.`);
  console.error(`first difference at line ${first + 1}:`);
  console.error(`  committed: ${a[first] ?? '(end of file)'}`);
  console.error(`  generated: ${b[first] ?? '(end of file)'}`);
  return 1;
}

// ---------------------------------------------------------------------------

const results = [];

function record(name, outcome, note = '', seconds) {
  results.push({ name, ...outcome, note, seconds });
}

async function npmStep(name, script, suite) {
  banner(name);
  const pkg = readPackage();
  const command = pkg.scripts?.[script];
  if (!command) {
    console.error(`!!! package.json has no "${script}" script: step NOT RUN, counted as failed.`);
    return record(name, { passed: 0, failed: 1, skipped: 0 }, 'no script');
  }
  const missing = words(command).find((w) => /^scripts\/.+\.m?js$/.test(w) && !existsSync(w));
  if (missing) {
    console.error(`!!! ${missing} does not exist yet: "${script}" NOT RUN, counted as failed.`);
    return record(name, { passed: 0, failed: 1, skipped: 0 }, `missing ${missing}`);
  }
  const began = Date.now();
  const { code, counts } = await run(npm, ['run', '--silent', script], { suite });
  stepResult(name, code, counts, suite, (Date.now() - began) / 1000);
}

function stepResult(name, code, counts, suite, seconds) {
  const note = code !== 0 ? `exit ${code}` : '';
  if (counts) {
    // Counts that show no failure from a step that failed: the step itself is a failure.
    const extra = code !== 0 && counts.failed === 0 ? 1 : 0;
    record(name, { ...counts, failed: counts.failed + extra }, note, seconds);
  } else {
    const why = suite ? `no "${suite}:" count line${note ? `, ${note}` : ''}` : note;
    record(name, code === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 }, why, seconds);
  }
}

const started = Date.now();

banner('browser');
try {
  const { findBrowser } = await import('./find-browser.mjs');
  const path = await findBrowser();
  process.env.CHROME_PATH = path;
  console.log(`Chromium: ${path}`);
  record('browser', { passed: 1, failed: 0, skipped: 0 });
} catch (error) {
  console.error(`!!! ${error instanceof Error ? error.message : error}`);
  record('browser', { passed: 0, failed: 1, skipped: 0 }, 'none found');
}
// Firefox and WebKit run too (README: Browser support), unless
// RC_ENGINES=chromium asks for a quicker local run.
const OTHER_ENGINES = process.env.RC_ENGINES !== 'chromium';
if (!OTHER_ENGINES) {
  process.env.E2E_CHROMIUM_ONLY = '1';
  console.log('Firefox and WebKit: not run (RC_ENGINES=chromium)');
}
for (const engine of OTHER_ENGINES ? ['firefox', 'webkit'] : []) {
  try {
    const { findEngine } = await import('./find-browser.mjs');
    console.log(`${engine}: ${await findEngine(engine)}`);
    record(`browser ${engine}`, { passed: 1, failed: 0, skipped: 0 });
  } catch (error) {
    console.error(`!!! ${error instanceof Error ? error.message : error}`);
    record(`browser ${engine}`, { passed: 0, failed: 1, skipped: 0 }, 'none found');
  }
}

await npmStep('typecheck', 'typecheck');
await npmStep('build', 'build');

banner('custom-elements.json');
{
  const began = Date.now();
  const { code } = await run(process.execPath, [fileURLToPath(import.meta.url), 'check-manifest']);
  stepResult('custom-elements.json', code, undefined, undefined, (Date.now() - began) / 1000);
}

await npmStep('node tests', 'test:node', 'node');
await npmStep('browser tests chromium', 'test:browser', 'browser-chromium');
for (const engine of ['firefox', 'webkit']) {
  const name = `browser tests ${engine}`;
  if (OTHER_ENGINES) await npmStep(name, `test:browser:${engine}`, `browser-${engine}`);
  else record(name, { passed: 0, failed: 0, skipped: 1 }, 'not run: RC_ENGINES=chromium');
}
await npmStep('visual', 'test:visual', 'visual');
await npmStep('e2e', 'test:e2e', 'e2e');
await npmStep('stacks', 'test:stacks', 'stacks');

// ---------------------------------------------------------------------------

const total = results.reduce(
  (t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, skipped: t.skipped + r.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
const width = Math.max(...results.map((r) => r.name.length), 5);
banner(`summary (${Math.round((Date.now() - started) / 1000)} s)`);
console.log(`${'step'.padEnd(width)}  ${'passed'.padStart(6)}  ${'failed'.padStart(6)}  ${'skipped'.padStart(7)}  ${'time'.padStart(6)}`);
for (const r of results) {
  const mark = r.failed ? '✗' : '✓';
  const time = r.seconds === undefined ? '' : `${Math.round(r.seconds)} s`;
  console.log(
    `${r.name.padEnd(width)}  ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${String(r.skipped).padStart(7)}  ${time.padStart(6)}  ${mark}${r.note ? ` ${r.note}` : ''}`,
  );
}
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = total.failed ? 1 : 0;

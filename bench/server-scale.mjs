// List latency of the stores at 100, 10,000 and 100,000 stored reports:
// the moderation list's first page and its 100th page (reached by following
// cursors), for the fs store (on disk, in os.tmpdir() or $BENCH_DIR) and the
// memory store. Runs alone: `node bench/server-scale.mjs` (it bundles the
// TypeScript source itself).
//
// The fs store is filled through its on-disk layout directly (the store's
// own paths, meta.json and index lines; test/support/fs-fixtures.ts), not
// through put: a synced put costs tens of ms of fsync here, so 100,000 puts
// would take over an hour. Each size is measured with a freshly opened store:
// "open" is its first list (reading index.log and checking it against the
// folders, once per process), then every page is timed 15 times (median).
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const SIZES = [100, 10_000, 100_000];
const RUNS = 15;
const PAGE = 50;

const lib = join('.cache', 'bench', 'server-scale-lib.mjs');
await build({
  stdin: {
    contents: `
      export { createFsStore } from './src/server/fs-store.ts';
      export { createMemoryStore } from './src/server/memory-store.ts';
      export { fillFsStore } from './test/support/fs-fixtures.ts';
      export { newReport } from './src/server/conformance/fixtures.ts';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  outfile: lib,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const { createFsStore, createMemoryStore, fillFsStore, newReport } = await import(pathToFileURL(lib).href);

const ms = (value) => (typeof value === 'number' ? (value < 10 ? value.toFixed(2) : value.toFixed(1)) : value);
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
async function time(run) {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** Open (first list), first page and 100th page of a store, in ms. */
async function measure(store, size) {
  const open = await time(() => store.list({ limit: PAGE }));
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push(await time(() => store.list({ limit: PAGE })));
  const first = median(times);
  let hundredth = '—';
  if (size >= 100 * PAGE) {
    let cursor;
    for (let i = 0; i < 99; i++) cursor = (await store.list({ limit: PAGE, cursor })).next;
    const paged = [];
    for (let i = 0; i < RUNS; i++) paged.push(await time(() => store.list({ limit: PAGE, cursor })));
    hundredth = median(paged);
  }
  return { open, first, hundredth };
}

function printTable(rows) {
  const cpu = cpus();
  console.log(
    `\nList latency, ${PAGE} reports a page, median of ${RUNS} (ms). ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, ` +
      `${cpu.length}-core ${cpu[0]?.model.trim()}, load average ${loadavg()[0].toFixed(1)}\n`,
  );
  console.log('| stored reports | store | open (first list) | first page | 100th page |');
  console.log('| ---: | --- | ---: | ---: | ---: |');
  for (const row of rows) {
    console.log(`| ${row.size.toLocaleString('en')} | ${row.store} | ${ms(row.open)} | ${ms(row.first)} | ${ms(row.hundredth)} |`);
  }
}

const rows = [];
const dir = mkdtempSync(join(process.env.BENCH_DIR ?? tmpdir(), 'rc-bench-scale-'));
const memory = createMemoryStore();
let stored = 0;
try {
  for (const size of SIZES) {
    const fill = await time(async () => {
      fillFsStore(dir, size - stored, stored);
      for (let i = stored; i < size; i++) await memory.put(newReport({ minutes: i }));
    });
    stored = size;
    console.error(`bench: ${size.toLocaleString('en')} reports stored (fill ${(fill / 1000).toFixed(1)} s)`);
    for (const [name, store] of [['fs (disk)', createFsStore({ dir })], ['memory', memory]]) {
      const row = { size, store: name, ...(await measure(store, size)) };
      console.error(`bench: ${name} at ${size.toLocaleString('en')}: open ${ms(row.open)} ms, first page ${ms(row.first)} ms, 100th ${ms(row.hundredth)} ms`);
      rows.push(row);
    }
  }
  printTable(rows);
} finally {
  console.error(`bench: removing the ${stored.toLocaleString('en')} reports in ${dir}`);
  rmSync(dir, { recursive: true, force: true });
}


// `node bench/server-postgres.mjs` (runs alone; `--reports N` to change the
// load): the receiving side at scale, on this machine.
//
// 1. Reports per second through the real handler over node:http: 4 handler
//    processes on one PostgreSQL database, against the folder store in one
//    process (and PostgreSQL in one process, to compare like with like).
//    N v1 reports (every tenth with a small PNG) are posted with 32 in
//    flight from this process after a warm-up of 100; 409s are sent again
//    after Retry-After as the widget does. PostgreSQL runs durable (fsync
//    and synchronous_commit on), as a site runs it. The load generator
//    shares the machine's cores with the processes it measures. Beside the
//    rate, the CPU seconds per 1,000 reports of the receiving side (handler
//    processes plus the whole PostgreSQL server, from /proc): on a busy
//    machine the rate mostly measures the others, this hardly.
// 2. The moderation list at 100,000 stored reports on PostgreSQL: the store's
//    own `list()`, 50 a page, first page and 100th page (reached by following
//    `next`), unfiltered and filtered; median [min–max] of 15 calls each. The
//    rows are bulk-loaded with one INSERT ... SELECT over generate_series
//    (not through the handler), then ANALYZEd.
//
// PostgreSQL: Debian's server binaries in a throwaway cluster
// (test/support/postgres.mjs). The processes: test/support/server/report-process.ts.
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { importTs } from '../scripts/bundle-ts.mjs';
import { postgresUnavailable, startPostgres } from '../test/support/postgres.mjs';
import { startReportProcesses } from '../test/support/report-processes.mjs';

const arg = (name, fallback) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || fallback;
const REPORTS = arg('reports', 2000);
const IN_FLIGHT = 32;
const STORED = 100_000;
const CALLS = 15;

const unavailable = postgresUnavailable();
if (unavailable) {
  console.error(`bench/server-postgres.mjs: ${unavailable}`);
  process.exit(1);
}

const { contentReport, formOf, makePng, withShots } = await importTs('test/node/fixtures.ts', '.cache/bench');
const { createPostgresStore } = await importTs('src/server/postgres/index.ts', '.cache/bench');

async function deliver(url, report, shots) {
  for (let attempt = 0; attempt < 30; attempt++) {
    const response = await fetch(url, { method: 'POST', body: formOf(report, shots), headers: { 'Idempotency-Key': report.id } });
    await response.arrayBuffer();
    if (response.status === 201) return;
    if (response.status !== 409 && response.status !== 503) throw new Error(`answered ${response.status}`);
    await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get('retry-after') ?? 1) * 1000));
  }
  throw new Error('still not stored after 30 attempts');
}

/**
 * CPU seconds used so far by a process; with `children`, also by its children,
 * live (read now) and reaped (counted in its own stat). Linux /proc, 100 ticks a second.
 */
function cpuSeconds(pid, { children = false } = {}) {
  const fields = (id) => readFileSync(`/proc/${id}/stat`, 'utf8').replace(/^.*\) /, '').split(' ').map(Number);
  // After the command name: state is field 0, ppid 1, utime 11, stime 12, cutime 13, cstime 14.
  const own = fields(pid);
  let ticks = own[11] + own[12] + (children ? own[13] + own[14] : 0);
  if (children) {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const child = fields(name);
        if (child[1] === pid) ticks += child[11] + child[12];
      } catch {
        // It ended between the listing and the read; its time is in the parent's.
      }
    }
  }
  return ticks / 100;
}

/** Posts `count` reports round-robin over the processes; the reports per second. */
async function throughput(urls, count) {
  const png = makePng(8, 6);
  const reports = Array.from({ length: count }, (_, i) => {
    const shots = i % 10 === 0 ? [{ bytes: png }] : [];
    return { report: withShots(contentReport({ details: `Bench report ${i}` }), shots), shots };
  });
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < reports.length) {
        const i = next++;
        await deliver(urls[i % urls.length], reports[i].report, reports[i].shots);
      }
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

/**
 * Reports per second through `count` processes, and the CPU seconds the
 * receiving side (the handler processes and, with `postgres`, the whole
 * PostgreSQL server) spent per 1,000 reports: unlike the rate, that figure
 * hardly depends on what else the machine is doing.
 */
async function receiving(count, env, label, postgres) {
  const { processes, stop } = await startReportProcesses(count, env);
  try {
    const urls = processes.map((p) => p.url);
    await throughput(urls, 100);
    const cpu = () =>
      processes.reduce((sum, p) => sum + cpuSeconds(p.pid), 0) + (postgres ? cpuSeconds(postgres, { children: true }) : 0);
    const before = cpu();
    const rate = await throughput(urls, REPORTS);
    const perThousand = ((cpu() - before) / REPORTS) * 1000;
    console.log(`  ${label}: ${rate.toFixed(0)} reports/s, ${perThousand.toFixed(1)} CPU s per 1,000 reports`);
    return { rate, perThousand };
  } finally {
    await stop();
  }
}

/** The PostgreSQL server's main process: the parent of any backend. */
async function postmasterOf(url) {
  const client = new pg.Client(url);
  await client.connect();
  const { rows } = await client.query('SELECT pg_backend_pid() AS pid');
  const parent = Number(readFileSync(`/proc/${rows[0].pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')[1]);
  await client.end();
  return parent;
}

/** 100,000 reports in one statement: categories and statuses spread, one second apart. */
async function bulkLoad(pool) {
  await pool.query(`
    INSERT INTO report_concern.reports (id, reference, received_at, report, fingerprint, status, history, decision)
    SELECT gen_random_uuid(), 'RC-' || lpad(to_hex(n), 8, '0'),
           timestamptz '2026-01-01T00:00:00Z' + n * interval '1 second',
           jsonb_build_object(
             'schema', 'report-concern/v1', 'category', (ARRAY['spam','sexual','hate','scam','harassment','religious-political','other'])[1 + n % 7],
             'details', 'Bulk-loaded report number ' || n, 'urgent', n % 50 = 0,
             'subject', jsonb_build_object('kind', 'content', 'contentId', 'c-' || n, 'contentType', 'answer', 'url', 'https://community.example/a/' || n),
             'evidence', jsonb_build_object('links', '[]'::jsonb, 'screenshots', '[]'::jsonb)),
           md5(n::text),
           (ARRAY['received','received','in-review','decided'])[1 + n % 4],
           '[]'::jsonb,
           CASE WHEN n % 4 = 3 THEN '{"action":"no-action"}'::jsonb END
    FROM generate_series(1, ${STORED}) AS n`);
  await pool.query('ANALYZE report_concern.reports');
}

async function timed(call) {
  const times = [];
  for (let i = 0; i < CALLS; i++) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const ms = (t) => t.toFixed(1);
  return `${ms(times[Math.floor(times.length / 2)])} [${ms(times[0])}–${ms(times.at(-1))}]`;
}

async function listLatency(url) {
  const store = createPostgresStore({ connectionString: url });
  await store.migrate();
  const pool = new pg.Pool({ connectionString: url });
  const rows = [];
  try {
    const loadStarted = performance.now();
    await bulkLoad(pool);
    console.log(`  bulk-loaded ${STORED.toLocaleString('en')} rows in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`);
    for (const query of [{}, { status: 'received' }, { category: 'hate' }, { status: 'in-review', category: 'spam' }]) {
      let cursor;
      for (let page = 1; page < 100; page++) cursor = (await store.list({ ...query, cursor })).next;
      if (!cursor) throw new Error(`fewer than 100 pages for ${JSON.stringify(query)}`);
      const first = await timed(() => store.list(query));
      const hundredth = await timed(() => store.list({ ...query, cursor }));
      rows.push({ query: JSON.stringify(query), first, hundredth });
    }
  } finally {
    await pool.end();
    await store.close();
  }
  return rows;
}

const load = loadavg()[0].toFixed(1);
console.log(`report-concern server bench (PostgreSQL), ${new Date().toISOString()}`);
console.log(`${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, load ${load} at start`);
const cluster = await startPostgres({ durable: true });
const dir = mkdtempSync(join(tmpdir(), 'rc-bench-fs-'));
try {
  console.log(cluster.version);
  const admin = new pg.Client(cluster.url);
  await admin.connect();
  await admin.query('CREATE DATABASE receiving');
  await admin.query('CREATE DATABASE listing');
  await admin.end();
  const base = cluster.url.replace(/\/postgres$/, '');
  console.log(`\nReceiving ${REPORTS} reports, ${IN_FLIGHT} in flight:`);
  const postmaster = await postmasterOf(cluster.url);
  const onPostgres = { REPORT_STORE: `${base}/receiving`, REPORT_OBJECTS: '' };
  const runs = [
    ['PostgreSQL, 4 processes', await receiving(4, onPostgres, 'PostgreSQL, 4 processes', postmaster)],
    ['PostgreSQL, 1 process', await receiving(1, onPostgres, 'PostgreSQL, 1 process', postmaster)],
    ['folder store, 1 process', await receiving(1, { REPORT_STORE: '', REPORT_OBJECTS: '', REPORT_DIR: dir }, 'folder store, 1 process')],
  ];
  console.log(`\nThe moderation list at ${STORED.toLocaleString('en')} reports (PostgreSQL, 50 a page, ms):`);
  const latency = await listLatency(`${base}/listing`);

  console.log('\n| measure | figure |');
  console.log('| --- | --- |');
  for (const [label, run] of runs) console.log(`| reports/s, ${label} | ${run.rate.toFixed(0)} |`);
  for (const [label, run] of runs) console.log(`| CPU s per 1,000 reports, ${label} | ${run.perThousand.toFixed(1)} |`);
  for (const row of latency) {
    console.log(`| list ${row.query}, page 1 (ms) | ${row.first} |`);
    console.log(`| list ${row.query}, page 100 (ms) | ${row.hundredth} |`);
  }
} finally {
  await cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}

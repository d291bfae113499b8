// `node bench/server.mjs` (first half of `npm run bench:server`): what the
// BUILT receiver (dist/server, through report-concern/server/node on
// 127.0.0.1) costs the site that mounts it. Prints one table:
//
// - reports per second with 1 and 8 in flight, memory store and fs store:
//   a report with one 256 KB screenshot, each with its own id, over HTTP
//   (keep-alive), for DURATION_MS per figure after a short warm-up;
// - peak RSS of the server while 20 reports of 20 MB (4 screenshots of 5 MB)
//   arrive at once, above its RSS before, as a ratio to the 400 MB in flight
//   (maxConcurrentUploads 20, so all are read at once; fs store, whose bytes
//   go to disk rather than the heap);
// - the longest event-loop stall in the server during each attack body and
//   during the 20 × 20 MB: as wall-clock time (monitorEventLoopDelay, 1 ms
//   resolution), which on a busy machine includes time the process waited
//   for a core, and as the CPU time the process used within the longest gap
//   of a 1 ms probe, which is what its own work blocked.
//
// The server runs in a child process, so the clients' buffers do not count
// in its memory. Builds dist/ first when it is missing.
import { fork, spawnSync } from 'node:child_process';
import { request as httpRequest, Agent } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { pngChunk } from '../scripts/png-chunk.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DURATION_MS = Number(process.env.BENCH_DURATION_MS) || 3000;
const BOUNDARY = 'bench-boundary-Xy12';

// ---------------------------------------------------------------- the server

/** The child: a receiver on 127.0.0.1 that reports its port, then its RSS peak and longest stall on request. */
async function serve([storeKind, maxConcurrent]) {
  const server = await import(pathToFileURL(join(ROOT, 'dist/server/index.js')).href);
  const { toNodeListener } = await import(pathToFileURL(join(ROOT, 'dist/server/node.js')).href);
  const { createFsStore } = await import(pathToFileURL(join(ROOT, 'dist/server/fs-store.js')).href);
  const dir = storeKind === 'fs' ? await mkdtemp(join(tmpdir(), 'rc-bench-')) : undefined;
  const store = dir ? createFsStore({ dir }) : server.createMemoryStore();
  const handle = server.createReportHandler({ store, maxConcurrentUploads: Number(maxConcurrent) });
  const { createServer } = await import('node:http');
  const http = createServer(toNodeListener(handle));
  http.keepAliveTimeout = 30_000;
  await new Promise((done) => http.listen(0, '127.0.0.1', done));
  const delay = monitorEventLoopDelay({ resolution: 1 });
  let base = process.memoryUsage.rss();
  let peak = base;
  // A 1 ms probe: the wall-clock gap between its ticks is the stall as seen on
  // this machine (descheduling included, on a busy one); the CPU time the
  // process spent in that gap bounds the stall its own work caused.
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  let cpuStall = 0;
  setInterval(() => {
    const now = performance.now();
    const used = process.cpuUsage(lastCpu);
    cpuStall = Math.max(cpuStall, Math.min(now - last, (used.user + used.system) / 1000));
    peak = Math.max(peak, process.memoryUsage.rss());
    last = now;
    lastCpu = process.cpuUsage();
  }, 1).unref();
  process.on('message', async (message) => {
    if (message === 'reset') {
      globalThis.gc?.();
      base = peak = process.memoryUsage.rss();
      cpuStall = 0;
      last = performance.now();
      lastCpu = process.cpuUsage();
      delay.reset();
      delay.enable();
      process.send({ ok: true });
    } else if (message === 'stats') {
      delay.disable();
      process.send({ base, peak, stallMs: delay.max / 1e6, cpuStallMs: cpuStall });
    } else if (message === 'stop') {
      http.closeAllConnections();
      http.close();
      if (dir) await rm(dir, { recursive: true, force: true });
      process.exit(0);
    }
  });
  process.send({ port: http.address().port });
}

// ---------------------------------------------------------------- bodies

/**
 * A PNG of exactly `size` bytes, whole in structure (signature, IHDR, one IDAT
 * of noise, IEND): the receiver walks structure and does not decode, so the
 * pixel data need not inflate.
 */
function noisePng(size) {
  const side = 1000;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const data = Buffer.alloc(size - 8 - 25 - 12 - 12);
  for (let i = 0; i < data.length; i++) data[i] = (i * 2654435761) >>> 24;
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const bytes = Buffer.concat([sig, pngChunk('IHDR', ihdr), pngChunk('IDAT', data), pngChunk('IEND', Buffer.alloc(0))]);
  return { bytes, width: side, height: side };
}

function report(shots) {
  return {
    schema: 'report-concern/v1',
    id: randomUUID(),
    createdAt: new Date().toISOString(),
    category: 'spam',
    details: 'Advertises an essay-writing shop in every answer',
    subject: { kind: 'content', contentId: 'a-1', contentType: 'answer', url: 'https://community.example/q/1#a-1' },
    evidence: {
      links: [],
      screenshots: shots.map((s, i) => ({ name: `s-${i + 1}.png`, type: 'image/png', size: s.bytes.length, width: s.width, height: s.height })),
    },
    block: false,
    urgent: false,
    context: { pageUrl: 'https://community.example/q/1', locale: 'en', widgetVersion: '0.1.0' },
    extensions: {},
  };
}

const field = (name, value, filename) =>
  Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"\r\nContent-Type: image/png` : ''}\r\n\r\n${value}`,
  );

/** The parts of one report's body, sharing the screenshot buffers. */
function bodyOf(shots, json = JSON.stringify(report(shots))) {
  const parts = [field('report', json)];
  shots.forEach((s, i) => parts.push(Buffer.from('\r\n'), field('screenshots', '', `s-${i + 1}.png`), s.bytes));
  parts.push(Buffer.from(`\r\n--${BOUNDARY}--\r\n`));
  return parts;
}

// ---------------------------------------------------------------- clients

function post(port, parts, agent, boundary = BOUNDARY) {
  const length = parts.reduce((n, p) => n + p.length, 0);
  return new Promise((done) => {
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/',
      agent,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': length },
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => done(res.statusCode));
    });
    req.on('error', () => done(0));
    for (const p of parts) req.write(p);
    req.end();
  });
}

function startServer(storeKind, maxConcurrent) {
  const child = fork(import.meta.filename, ['--serve', storeKind, String(maxConcurrent)], { execArgv: ['--expose-gc'] });
  const ask = (message) =>
    new Promise((done) => {
      child.once('message', done);
      child.send(message);
    });
  return new Promise((done) => child.once('message', ({ port }) => done({ port, ask, stop: () => child.send('stop') })));
}

async function throughput(storeKind, inFlight, shot) {
  const server = await startServer(storeKind, 8);
  const agent = new Agent({ keepAlive: true, maxSockets: inFlight });
  const run = async (ms) => {
    let done = 0;
    const until = performance.now() + ms;
    await Promise.all(
      Array.from({ length: inFlight }, async () => {
        while (performance.now() < until) {
          const status = await post(server.port, bodyOf([shot]), agent);
          if (status !== 201) throw new Error(`status ${status}`);
          done++;
        }
      }),
    );
    return done;
  };
  await run(300);
  const started = performance.now();
  const done = await run(DURATION_MS);
  const perSecond = done / ((performance.now() - started) / 1000);
  agent.destroy();
  server.stop();
  return perSecond;
}

async function twentyAtOnce() {
  const server = await startServer('fs', 20);
  const shots = Array.from({ length: 4 }, () => noisePng(5 * 1024 * 1024 - 2048));
  const bodies = Array.from({ length: 20 }, () => bodyOf(shots));
  const inFlight = bodies.reduce((n, parts) => n + parts.reduce((m, p) => m + p.length, 0), 0);
  await server.ask('reset');
  const statuses = await Promise.all(bodies.map((parts) => post(server.port, parts, false)));
  const stats = await server.ask('stats');
  server.stop();
  if (statuses.some((s) => s !== 201)) throw new Error(`statuses ${statuses.join(',')}`);
  return { inFlight, ...stats };
}

function attacks() {
  const empty = Buffer.from('--b\r\nContent-Disposition: form-data; name="s"; filename=""\r\n\r\n\r\n');
  const parts250k = [Buffer.concat([...Array.from({ length: 250_000 }, () => empty), Buffer.from('--b--\r\n')])];
  const deep = bodyOf([], `${'['.repeat(3200)}${']'.repeat(3200)}`);
  const png = noisePng(64 * 1024);
  const polyglot = { ...png, bytes: Buffer.concat([png.bytes, Buffer.from('<html><script>alert(1)</script></html>')]) };
  // A 5 MB JPEG whose scan is all stuffed bytes (FF 00): the most markers to step over.
  const sof = [0xff, 0xc0, 0x00, 0x0b, 0x08, 0x03, 0xe8, 0x03, 0xe8, 0x01, 0x01, 0x11, 0x00];
  const sos = [0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00];
  const scan = Buffer.alloc(5 * 1024 * 1024 - 64);
  for (let i = 0; i < scan.length; i += 2) scan[i] = 0xff;
  const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, ...sof, ...sos]), scan, Buffer.from([0xff, 0xd9])]);
  const stuffed = { bytes: jpeg, width: 1000, height: 1000 };
  const jpegReport = report([stuffed]);
  jpegReport.evidence.screenshots[0].type = 'image/jpeg';
  const twenty = Array.from({ length: 4 }, () => noisePng(5 * 1024 * 1024 - 2048));
  return [
    ['250,000 empty parts (16 MB)', parts250k, 'b'],
    ['JSON 3,200 levels deep', deep],
    ['polyglot PNG (HTML after IEND)', bodyOf([polyglot])],
    ['5 MB JPEG of stuffed bytes', bodyOf([stuffed], JSON.stringify(jpegReport))],
    ['a valid 20 MB report', bodyOf(twenty)],
  ];
}

async function stalls() {
  const server = await startServer('memory', 8);
  // A server that has answered once: the first request also compiles the code it runs.
  await post(server.port, bodyOf([noisePng(64 * 1024)]), false);
  const rows = [];
  for (const [name, parts, boundary] of attacks()) {
    await server.ask('reset');
    const status = await post(server.port, parts, false, boundary);
    const { stallMs, cpuStallMs } = await server.ask('stats');
    rows.push([name, status, stallMs, cpuStallMs]);
  }
  server.stop();
  return rows;
}

// ---------------------------------------------------------------- main

async function main() {
  if (!existsSync(join(ROOT, 'dist/server/node.js'))) {
    console.log('building dist/ first…');
    const built = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) process.exit(1);
  }
  const shot = noisePng(256 * 1024);
  const rate = {};
  for (const store of ['memory', 'fs']) for (const n of [1, 8]) rate[`${store}${n}`] = await throughput(store, n, shot);
  const twenty = await twentyAtOnce();
  const attackRows = await stalls();

  const cpu = cpus();
  const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  console.log(`\nreport-concern/server bench, ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node},`);
  console.log(`${cpu.length}-core ${cpu[0]?.model.trim()}, load average ${loadavg()[0].toFixed(1)} (figures from dist/server over HTTP on 127.0.0.1)\n`);
  console.log('| reports per second (one 256 KB screenshot each) | 1 in flight | 8 in flight |');
  console.log('| --- | ---: | ---: |');
  console.log(`| memory store | ${fmt(rate.memory1)} | ${fmt(rate.memory8)} |`);
  console.log(`| fs store | ${fmt(rate.fs1)} | ${fmt(rate.fs8)} |`);
  const grew = twenty.peak - twenty.base;
  console.log('\n| 20 reports of 20 MB at once (fs store, 20 read at once) | |');
  console.log('| --- | ---: |');
  console.log(`| bytes in flight | ${fmt(twenty.inFlight / 1e6, 1)} MB |`);
  console.log(`| server RSS before → peak | ${fmt(twenty.base / 1e6)} → ${fmt(twenty.peak / 1e6)} MB |`);
  console.log(`| peak growth / bytes in flight | ${fmt(grew / twenty.inFlight, 2)} |`);
  console.log(`| longest event-loop stall meanwhile: wall clock / CPU time | ${fmt(twenty.stallMs, 1)} / ${fmt(twenty.cpuStallMs, 1)} ms |`);
  console.log('\n| attack body | answer | longest event-loop stall: wall clock | CPU time |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [name, status, stall, cpuStall] of attackRows) console.log(`| ${name} | ${status} | ${fmt(stall, 1)} ms | ${fmt(cpuStall, 1)} ms |`);
}

if (process.argv[2] === '--serve') await serve(process.argv.slice(3));
else await main();

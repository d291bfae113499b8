// `node bench/image.mjs` (run by `npm run bench` after scripts/bench.mjs):
// what one 12-megapixel photo costs the reporter, in the built widget.
//
// In headless Chromium (playwright-core), bench/image.html with dist/ served
// by a small server here. The page makes a 4000×3000 JPEG itself (noise and
// gradients, so it compresses like a photo; ~4–7 MB), opens the dialog, warms
// the evidence chunks and the worker with a small PNG, then puts the photo in
// the file input and stops the clock when its preview is in the list.
// Figures, median [min–max] of RUNS fresh pages per mode:
// - time: file chosen → preview shown (checks, decode, scale to 2560 px,
//   WebP encode, metadata strip);
// - output: bytes of the screenshot that would be sent;
// - longest main-thread task between those two moments (PerformanceObserver
//   'longtask', registered in the page's <head>).
// Modes: `worker` (the default page) and `main thread` (the same page served
// with `Content-Security-Policy: worker-src 'none'`, so the fallback runs).
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { BROWSER_ARGS, findBrowser } from '../scripts/find-browser.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };

if (!existsSync(join(DIST, 'report-concern.js'))) {
  console.error('bench/image.mjs: dist/report-concern.js is missing; run `npm run build` first.');
  process.exit(1);
}

function startServer() {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/bench-receiver') {
      req.resume();
      req.on('end', () => res.writeHead(201, { 'content-type': 'application/json' }).end('{"reference":"B-1"}'));
      return;
    }
    const [base, rest] = url.pathname.startsWith('/dist/') ? [DIST, url.pathname.slice(6)] : [join(ROOT, 'bench'), 'image.html'];
    const file = resolve(base, decodeURIComponent(rest));
    if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (url.searchParams.has('no-workers')) headers['content-security-policy'] = "worker-src 'none'";
    res.writeHead(200, headers).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** In the page: make the photo, open the dialog, warm up, then time the photo. */
async function runInPage() {
  const canvas = new OffscreenCanvas(4000, 3000);
  const ctx = canvas.getContext('2d');
  const gradient = ctx.createLinearGradient(0, 0, 4000, 3000);
  gradient.addColorStop(0, '#3a6ea5');
  gradient.addColorStop(1, '#e0a040');
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, 4000, 3000);
  const noise = ctx.createImageData(4000, 600);
  let seed = 1;
  for (let i = 0; i < noise.data.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    noise.data[i] = i % 4 === 3 ? 60 : seed >>> 24;
  }
  const tile = new OffscreenCanvas(4000, 600);
  tile.getContext('2d').putImageData(noise, 0, 0);
  for (let y = 0; y < 3000; y += 600) ctx.drawImage(tile, 0, y);
  const photo = new File([await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 })], 'photo.jpg', { type: 'image/jpeg' });
  const small = new OffscreenCanvas(8, 8);
  small.getContext('2d').fillRect(0, 0, 8, 8);
  const warm = new File([await small.convertToBlob({ type: 'image/png' })], 'warm.png', { type: 'image/png' });

  await customElements.whenDefined('flag-button');
  document.querySelector('flag-button').shadowRoot.querySelector('button').click();
  const until = async (check) => {
    for (let i = 0; i < 3000 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
    if (!check()) throw new Error('timed out');
  };
  const root = () => document.querySelector('report-concern-dialog')?.shadowRoot;
  await until(() => root()?.querySelector('#files'));
  const choose = (file) => {
    const input = root().querySelector('#files');
    const t = new DataTransfer();
    t.items.add(file);
    input.files = t.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const count = () => root().querySelectorAll('.files li').length;
  choose(warm);
  await until(() => count() === 1);
  // Let the warm-up's own work settle before the clock starts.
  await new Promise((r) => setTimeout(r, 300));

  const t0 = performance.now();
  choose(photo);
  await new Promise((resolve) => {
    const check = () => (count() === 2 ? resolve() : requestAnimationFrame(check));
    check();
  });
  const t1 = performance.now();
  const img = root().querySelectorAll('.files img')[1];
  const output = await (await fetch(img.src)).blob();
  await new Promise((r) => setTimeout(r, 100));
  const tasks = window.longTasks.filter((t) => t.start + t.duration > t0 && t.start < t1);
  return {
    ms: t1 - t0,
    inputBytes: photo.size,
    outputBytes: output.size,
    outputType: output.type,
    longest: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
  };
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1] };
};
const fmt = ({ median, min, max }, unit = '') => `${Math.round(median)}${unit} [${Math.round(min)}–${Math.round(max)}]`;

const server = await startServer();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: await findBrowser(), args: BROWSER_ARGS });
const results = {};
try {
  for (const [mode, query] of [['worker', ''], ['main thread', '?no-workers']]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${origin}/${query}`);
      runs.push(await page.evaluate(runInPage));
      await context.close();
      if (errors.length) throw new Error(`${mode}: ${errors.join('; ')}`);
    }
    results[mode] = {
      ms: stats(runs.map((r) => r.ms)),
      longest: stats(runs.map((r) => r.longest)),
      outputBytes: stats(runs.map((r) => r.outputBytes)),
      inputBytes: runs[0].inputBytes,
      outputType: runs[0].outputType,
    };
  }
} finally {
  await browser.close();
  server.close();
}

console.log(`\nOne 12-megapixel photo (4000×3000 JPEG, ${(results.worker.inputBytes / 1e6).toFixed(1)} MB) → preview, median [min–max] of ${RUNS}`);
console.log('mode           time to preview    longest main-thread task   output');
for (const [mode, r] of Object.entries(results)) {
  console.log(
    `${mode.padEnd(14)} ${fmt(r.ms, ' ms').padEnd(18)} ${fmt(r.longest, ' ms').padEnd(26)} ${fmt(r.outputBytes, ' B')} ${r.outputType}`,
  );
}
mkdirSync(join(ROOT, '.cache'), { recursive: true });
writeFileSync(join(ROOT, '.cache/bench-image.json'), `${JSON.stringify({ runs: RUNS, ...results }, null, 2)}\n`);

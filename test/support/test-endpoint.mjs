// A real HTTP receiver for the browser tests, mounted into web-test-runner's
// dev server as Koa middleware (see web-test-runner.config.mjs).
//
// Each test uses its own bucket: an independent memory store behind the real
// `createReportHandler` of src/server, a log of the requests that arrived,
// and a queue of faults that the next requests meet instead of the handler.
//
//   POST   /__test/reports/<bucket>   the endpoint the widget posts to
//   GET    /__test/reports/<bucket>/status, POST …/appeals: outcomes (the
//          session is the `rc-test-user` cookie, read by `identify`)
//   *      /__test/moderate/<bucket>/…  the real moderation API over the
//          bucket's store (every request is moderator `mod-test`)
//   POST   /__test/faults/<bucket>    JSON array of faults, appended to the queue
//   GET    /__test/log/<bucket>       JSON array of logged requests
//   GET    /__test/stored/<bucket>    what the store holds: [{ id, reference, report }]
//   DELETE /__test/bucket/<bucket>    forgets the bucket
//
// Faults (test/support/endpoint.ts has their type): `{ status, headers?, body? }`
// answers verbatim (no body given: an empty body); `{ hang: true }` never
// answers, until the client gives up; `{ destroy: true }` drops the
// connection; `{ delayMs }` waits, then lets the handler answer (with
// another fault, waits before it);
// `{ redirect: url, status? }` answers 302 (or the 3xx given: 307 and 308
// make a browser that follows send the body again) with that Location; `{ dropResponse: true }`
// lets the handler store the report, then drops the connection before the
// answer; `{ pass: true }` lets the request through untouched. OPTIONS
// requests pass the queue by, unless its next fault has `options: true`.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SERVER_ENTRY = resolve(ROOT, 'src/server/index.ts');
const SERVER_BUNDLE = resolve(ROOT, '.cache/wtr/server.mjs');
const PREFIX = '/__test/';
/** A hung request is let go after this long even if the client never gives up. */
const HANG_LIMIT_MS = 120_000;
/** Headers that describe one hop of the connection, not the request. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'host', 'expect']);

/** Bundles src/server for Node and imports it (it is TypeScript, and may not be built yet). */
export async function loadServer() {
  await mkdir(dirname(SERVER_BUNDLE), { recursive: true });
  await build({
    entryPoints: [SERVER_ENTRY],
    outfile: SERVER_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: resolve(ROOT, 'tsconfig.json'),
    logLevel: 'warning',
  });
  const server = await import(`${pathToFileURL(SERVER_BUNDLE).href}?t=${Date.now()}`);
  if (typeof server.createReportHandler !== 'function' || typeof server.createMemoryStore !== 'function') {
    throw new Error('src/server/index.ts does not export createReportHandler and createMemoryStore');
  }
  return server;
}

function readBody(req) {
  return new Promise((resolvePromise, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolvePromise(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sha256(bytes) {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The request's headers for a Fetch `Request`: everything but hop-by-hop ones. */
function fetchHeaders(nodeHeaders) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(nodeHeaders)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  return headers;
}

function lowerCased(nodeHeaders) {
  const out = {};
  for (const [name, value] of Object.entries(nodeHeaders)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}

/** The `report` field as JSON and every file part, as the test log shows them. */
async function parseMultipart(url, method, headers, body) {
  const parsed = { report: undefined, files: [] };
  if (!/^multipart\/form-data/i.test(headers.get('content-type') ?? '')) return parsed;
  let form;
  try {
    form = await new Request(url, { method, headers, body }).formData();
  } catch {
    return parsed;
  }
  const report = form.get('report');
  if (typeof report === 'string') {
    try {
      parsed.report = JSON.parse(report);
    } catch {
      // not JSON: left undefined
    }
  }
  for (const [, value] of form.entries()) {
    if (typeof value === 'string') continue;
    const bytes = Buffer.from(await value.arrayBuffer());
    parsed.files.push({ name: value.name, type: value.type, size: bytes.byteLength, sha256: sha256(bytes) });
  }
  return parsed;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function sendJson(ctx, status, value) {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(value);
}

/** Writes a Fetch `Response` through Koa. */
async function sendResponse(ctx, response) {
  ctx.status = response.status;
  for (const [name, value] of response.headers) {
    if (name === 'content-length' || name === 'transfer-encoding') continue;
    ctx.set(name, value);
  }
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.byteLength) ctx.body = bytes;
  else if (response.status !== 204 && response.status !== 304) ctx.body = '';
  if (!response.headers.has('content-type')) ctx.remove('Content-Type');
}

/**
 * The Koa middleware. Bundles and loads src/server when first called (at
 * config load); if that fails, the test routes answer 500 with the reason so
 * that the tests which need the receiver fail loudly and the others still run.
 */
export async function createTestEndpoint() {
  let server;
  let loadError;
  try {
    server = await loadServer();
  } catch (error) {
    loadError = error;
    console.error(`[test-endpoint] could not load src/server: ${error?.message ?? error}`);
  }

  /** @type {Map<string, { store: any, handler: (r: Request) => Promise<Response>, log: any[], faults: any[] }>} */
  const buckets = new Map();
  function bucket(name) {
    let b = buckets.get(name);
    if (!b) {
      const store = server.createMemoryStore();
      const identify = (request) => {
        const match = /(?:^|;\s*)rc-test-user=([^;]+)/.exec(request.headers.get('cookie') ?? '');
        return match ? { userId: decodeURIComponent(match[1]) } : undefined;
      };
      const moderate = server.createModerationHandler({ store, authorize: () => 'mod-test', basePath: `/__test/moderate/${name}` });
      b = { store, handler: server.createReportHandler({ store, identify }), moderate, log: [], faults: [] };
      buckets.set(name, b);
    }
    return b;
  }

  async function receive(ctx, b) {
    const { req } = ctx;
    const method = req.method ?? 'GET';
    const url = new URL(ctx.originalUrl, `http://${ctx.host || 'localhost'}`).href;
    const headers = fetchHeaders(req.headers);
    const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
    const { report, files } = body ? await parseMultipart(url, method, headers, body) : { report: undefined, files: [] };
    // `at`: when it arrived, by the server's clock, so a test can check a wait was honoured.
    const entry = { method, url, headers: lowerCased(req.headers), report, files, status: 0, at: Date.now() };
    b.log.push(entry);

    // OPTIONS (a CORS preflight, the upload's redirect probe) meets a fault only when it says `options: true`.
    const fault = method !== 'OPTIONS' || b.faults[0]?.options ? b.faults.shift() : undefined;
    if (fault && typeof fault === 'object') {
      // `delayMs` alone delays the real answer; with `status` it delays that one.
      if (typeof fault.delayMs === 'number') await sleep(fault.delayMs);
      if (fault.hang) {
        await new Promise((done) => {
          const timer = setTimeout(done, HANG_LIMIT_MS);
          ctx.res.once('close', () => {
            clearTimeout(timer);
            done();
          });
        });
        // Nothing is written; the status only keeps the dev server from logging a 404.
        ctx.status = 204;
        ctx.respond = false;
        if (!ctx.res.writableEnded) ctx.req.socket.destroy();
        return;
      }
      if (fault.destroy) {
        ctx.status = 204;
        ctx.respond = false;
        ctx.req.socket.destroy();
        return;
      }
      if (typeof fault.redirect === 'string') {
        const status = typeof fault.status === 'number' ? fault.status : 302;
        entry.status = status;
        ctx.status = status;
        ctx.set('Location', fault.redirect);
        ctx.body = '';
        return;
      }
      if (typeof fault.status === 'number') {
        entry.status = fault.status;
        ctx.status = fault.status;
        for (const [name, value] of Object.entries(fault.headers ?? {})) ctx.set(name, String(value));
        ctx.body = fault.body ?? '';
        if (!Object.keys(fault.headers ?? {}).some((h) => h.toLowerCase() === 'content-type')) {
          ctx.remove('Content-Type');
        }
        return;
      }
    }

    const response = await b.handler(new Request(url, { method, headers, body: body?.byteLength ? body : undefined }));
    entry.status = response.status;
    if (fault?.dropResponse) {
      // The report is stored, but its answer is lost on the way back: the
      // case idempotency exists for.
      entry.status = 0;
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    await sendResponse(ctx, response);
  }

  return async function testEndpoint(ctx, next) {
    if (!ctx.path.startsWith(PREFIX)) return next();
    const [, kind, name, ...rest] = ctx.path.slice(1).split('/');
    const outcome = kind === 'reports' && rest.length === 1 && (rest[0] === 'status' || rest[0] === 'appeals');
    if (!kind || !name || (rest.length && !outcome && kind !== 'moderate')) return sendJson(ctx, 404, { message: `no test route ${ctx.path}` });
    if (!server) return sendJson(ctx, 500, { message: `src/server could not be loaded: ${loadError?.message ?? loadError}` });
    const method = ctx.method;
    try {
      if (kind === 'reports') return await receive(ctx, bucket(name));
      if (kind === 'moderate') {
        const url = new URL(ctx.originalUrl, `http://${ctx.host || 'localhost'}`).href;
        const body = method === 'GET' ? undefined : await readBody(ctx.req);
        const headers = fetchHeaders(ctx.req.headers);
        return await sendResponse(ctx, await bucket(name).moderate(new Request(url, { method, headers, body: body?.byteLength ? body : undefined })));
      }
      if (kind === 'faults' && method === 'POST') {
        const faults = JSON.parse((await readBody(ctx.req)).toString('utf8') || '[]');
        if (!Array.isArray(faults)) return sendJson(ctx, 400, { message: 'faults must be a JSON array' });
        bucket(name).faults.push(...faults);
        return sendJson(ctx, 200, { queued: bucket(name).faults.length });
      }
      if (kind === 'log' && method === 'GET') return sendJson(ctx, 200, bucket(name).log);
      if (kind === 'stored' && method === 'GET') {
        // Every report, newest first, in full: the list pages summaries, get gives the whole report.
        const { store } = bucket(name);
        const stored = [];
        let cursor;
        do {
          const page = await store.list({ limit: 100, ...(cursor ? { cursor } : {}) });
          stored.push(...(await Promise.all(page.reports.map((summary) => store.get(summary.id)))));
          cursor = page.next;
        } while (cursor);
        return sendJson(
          ctx,
          200,
          stored.map(({ id, reference, report }) => ({ id, reference, report })),
        );
      }
      if (kind === 'bucket' && method === 'DELETE') {
        buckets.delete(name);
        return sendJson(ctx, 200, {});
      }
      return sendJson(ctx, 404, { message: `no test route ${method} ${ctx.path}` });
    } catch (error) {
      console.error('[test-endpoint]', error);
      if (!ctx.res.headersSent) sendJson(ctx, 500, { message: String(error?.message ?? error) });
    }
  };
}

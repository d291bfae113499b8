/**
 * The built receiver where sites mount it: node:http through toNodeListener,
 * Express 5, Hono and a Next.js route handler (the README's recipes, run
 * from examples/server/ as written), and CORS for listed origins only.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import express from 'express';
import { contentReport, formOf, makePng, withShots, type Json } from './fixtures.js';
import { listen, loadBuilt, type Built } from './receiver-support.js';

const built: Built = await loadBuilt();

/** A report with one screenshot, posted as the widget posts it. */
function widgetPost(url: string, headers: Record<string, string> = {}) {
  const png = makePng(3, 2);
  const report = withShots(contentReport(), [{ bytes: png }]);
  const response = fetch(url, {
    method: 'POST',
    body: formOf(report, [{ bytes: png }]),
    headers: { 'Idempotency-Key': report.id, Accept: 'application/json', ...headers },
  });
  return { report, response };
}

async function importExample(path: string, dir: string): Promise<Json> {
  process.env.REPORTS_DIR = dir;
  try {
    return await import(pathToFileURL(resolve(path)).href);
  } finally {
    delete process.env.REPORTS_DIR;
  }
}

const listenOn = (server: Server) =>
  new Promise<string>((done) => server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
const closeServer = (server: Server) => new Promise<void>((done) => (server.closeAllConnections(), server.close(() => done())));

describe('the README recipes, from examples/server/', () => {
  let dir: string;
  before(async () => (dir = await mkdtemp(join(tmpdir(), 'rc-examples-'))));
  after(() => rm(dir, { recursive: true, force: true }));

  test('node:http stores a report sent over HTTP and answers 404 elsewhere', async () => {
    const { server } = await importExample('examples/server/node-http.mjs', join(dir, 'node'));
    const base = await listenOn(server);
    try {
      const { report, response } = widgetPost(`${base}/api/reports`);
      assert.equal((await response).status, 201);
      assert.equal((await fetch(`${base}/elsewhere`)).status, 404);
      const store = built.fs.createFsStore({ dir: join(dir, 'node') });
      assert.equal((await store.get(report.id))?.id, report.id);
    } finally {
      await closeServer(server);
    }
  });

  test('Express 5 stores a report, and the routes after it keep their body parser', async () => {
    const { app } = await importExample('examples/server/express.mjs', join(dir, 'express'));
    const server = app.listen(0, '127.0.0.1') as Server;
    await new Promise((done) => server.once('listening', done));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const { report, response } = widgetPost(`${base}/api/reports`, { 'x-demo-user': 'u-42' });
      assert.equal((await response).status, 201);
      const stored = await built.fs.createFsStore({ dir: join(dir, 'express') }).get(report.id);
      assert.equal(stored?.id, report.id);
      assert.equal((await fetch(`${base}/health`)).status, 200);
    } finally {
      await closeServer(server);
    }
  });

  test('Hono passes its Request through and gets the answer back', async () => {
    const { app } = await importExample('examples/server/hono.mjs', join(dir, 'hono'));
    const png = makePng(2, 2);
    const report = withShots(contentReport(), [{ bytes: png }]);
    const request = new Request('http://site.example/api/reports', { method: 'POST', body: formOf(report, [{ bytes: png }]) });
    const response: Response = await app.fetch(request);
    assert.equal(response.status, 201);
    assert.match(((await response.json()) as Json).reference, /^RC-/);
  });

  test('the notices recipe confirms receipt of a notice by email, and of nothing else', async () => {
    const example = await importExample('examples/server/notices.mjs', join(dir, 'notices'));
    // No mail server here: the recipe's stream transport builds each real message, kept to read.
    const sent: string[] = [];
    const send = example.transport.sendMail.bind(example.transport);
    example.transport.sendMail = async (mail: Json) => {
      const info = await send(mail);
      sent.push(String(info.message));
      return info;
    };
    const post = (report: Json) =>
      example.handle(new Request('http://site.example/api/reports', { method: 'POST', body: formOf(report), headers: { 'Idempotency-Key': report.id } }));
    assert.equal((await post(contentReport())).status, 201);
    const notice = contentReport({
      category: 'illegal',
      details: 'Sells counterfeit medicine with a fake licence',
      notice: {
        ground: 'unsafe-products',
        law: 'Medicines Act',
        locations: ['https://community.example/questions/88#a-1029'],
        notifier: { name: 'Ana Reporter', email: 'ana@example.org' },
        goodFaith: true,
      },
    });
    const response: Response = await post(notice);
    assert.equal(response.status, 201);
    const { reference } = (await response.json()) as Json;
    assert.equal(sent.length, 1);
    assert.match(sent[0]!, /^To: Ana Reporter <ana@example\.org>$/m);
    assert.match(sent[0]!, new RegExp(`^Subject: We received your notice \\(${reference}\\)$`, 'm'));
  });

  test('a Next.js route handler (app/api/reports/route.ts) answers POST', async () => {
    const outfile = resolve('.cache/examples/route.mjs');
    await build({
      entryPoints: ['examples/server/next/app/api/reports/route.ts'],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      logLevel: 'warning',
    });
    const route = await importExample(outfile, join(dir, 'next'));
    assert.equal(route.runtime, 'nodejs');
    const report = contentReport();
    const response: Response = await route.POST(new Request('http://site.example/api/reports', { method: 'POST', body: formOf(report) }));
    assert.equal(response.status, 201);
  });
});

describe('toNodeListener', () => {
  test('a body a parser already read is a 500 saying to mount the handler before body parsers', async () => {
    const handle = built.server.createReportHandler({ store: built.server.createMemoryStore() });
    const app = express();
    app.use(express.text({ type: () => true, limit: '30mb' }));
    app.post('/api/reports', built.node.toNodeListener(handle));
    const server = app.listen(0, '127.0.0.1') as Server;
    await new Promise((done) => server.once('listening', done));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const response = await widgetPost(`${base}/api/reports`).response;
      assert.equal(response.status, 500);
      assert.match(((await response.json()) as Json).message, /before any body parser/);
    } finally {
      await closeServer(server);
    }
  });

  test('a refused upload is answered before its end and the connection is closed', async () => {
    const handle = built.server.createReportHandler({ store: built.server.createMemoryStore() });
    const server = await listen(built.node.toNodeListener(handle));
    try {
      const response = await fetch(server.url, { method: 'GET' });
      assert.equal(response.status, 405);
      const big = new Uint8Array(6 * 1024 * 1024);
      big.set(makePng(1, 1));
      const refused = await fetch(server.url, { method: 'POST', body: formOf(contentReport(), [{ bytes: big }]) });
      assert.equal(refused.status, 413);
      assert.equal(refused.headers.get('connection'), 'close');
    } finally {
      await server.close();
    }
  });
});

describe('CORS', () => {
  const origin = 'https://community.example';
  const handle = built.server.createReportHandler({
    store: built.server.createMemoryStore(),
    allowedOrigins: [origin],
    allowedHeaders: ['Authorization'],
  });
  const preflight = (from: string) =>
    handle(
      new Request('https://reports.example/api/reports', {
        method: 'OPTIONS',
        headers: { Origin: from, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'idempotency-key, authorization' },
      }),
    );
  const postFrom = (from: string) => {
    const report = contentReport();
    return handle(
      new Request('https://reports.example/api/reports', {
        method: 'POST',
        body: formOf(report),
        headers: { Origin: from, 'Idempotency-Key': report.id },
      }),
    );
  };

  test('answers the preflight of a listed origin with the widget headers and the configured ones', async () => {
    const response = await preflight(origin);
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), origin);
    assert.equal(response.headers.get('access-control-allow-methods'), 'POST');
    assert.equal(response.headers.get('access-control-allow-credentials'), 'true');
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/,\s*/);
    for (const name of ['idempotency-key', 'accept', 'content-type', 'authorization']) assert.ok(allowed.includes(name), name);
    assert.match(response.headers.get('vary') ?? '', /Origin/);
  });

  test('answers the preflight of …/status with GET and Authorization, and lets a listed origin read the status', async () => {
    const bare = built.server.createReportHandler({ store: built.server.createMemoryStore(), allowedOrigins: [origin] });
    const response = await bare(
      new Request('https://reports.example/api/reports/status', {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
      }),
    );
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-methods'), 'GET');
    assert.ok((response.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/,\s*/).includes('authorization'));
    const status = await bare(new Request('https://reports.example/api/reports/status', { headers: { Origin: origin } }));
    assert.equal(status.status, 401);
    assert.equal(status.headers.get('access-control-allow-origin'), origin);
    const other = await bare(new Request('https://reports.example/api/reports/status', { headers: { Origin: 'https://evil.example' } }));
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });

  test('the POST of a listed origin may read the answer and its Retry-After', async () => {
    const response = await postFrom(origin);
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('access-control-allow-origin'), origin);
    assert.equal(response.headers.get('access-control-expose-headers'), 'Retry-After');
  });

  test('any other origin gets no CORS header, on the preflight or the POST', async () => {
    for (const response of [await preflight('https://evil.example'), await postFrom('https://evil.example')]) {
      for (const name of response.headers.keys()) assert.doesNotMatch(name, /^access-control-/, name);
    }
    const none = built.server.createReportHandler({ store: built.server.createMemoryStore() });
    const plain = await none(new Request('https://reports.example/', { method: 'OPTIONS', headers: { Origin: origin } }));
    assert.equal(plain.headers.get('access-control-allow-origin'), null);
  });
});

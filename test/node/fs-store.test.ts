import { test, describe, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, mkdir, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReportHandler } from '../../src/server/index.js';
import { createFsStore } from '../../src/server/fs-store.js';
import { contentReport, makePng, send, userReport, withShots, type Json } from './fixtures.js';

describe('createFsStore', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rc-fs-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('keeps one folder per report: report.json as received, the receipt and the images', async () => {
    const handle = createReportHandler({ store: createFsStore({ dir }) });
    const png = makePng(5, 4);
    const report = withShots(userReport(), [{ bytes: png }]);
    const response = await handle(send(report, [{ bytes: png }]));
    assert.equal(response.status, 201);
    const folder = join(dir, report.id);
    assert.deepEqual((await readdir(folder)).sort(), ['receipt.json', 'report.json', 'screenshot-1.png']);
    assert.deepEqual(JSON.parse(await readFile(join(folder, 'report.json'), 'utf8')), report);
    assert.deepEqual(new Uint8Array(await readFile(join(folder, 'screenshot-1.png'))), png);
    const receipt = JSON.parse(await readFile(join(folder, 'receipt.json'), 'utf8')) as Json;
    assert.equal(receipt.reference, ((await response.json()) as Json).reference);
  });

  test('a repeat is answered from disk, also by a new handler and store (a restarted server)', async () => {
    const report = contentReport();
    const first = (await (await createReportHandler({ store: createFsStore({ dir }) })(send(report))).json()) as Json;
    const again = await createReportHandler({ store: createFsStore({ dir }) })(send(report));
    assert.equal(again.status, 201);
    assert.deepEqual(await again.json(), first);
    assert.equal((await readdir(dir)).length, 1);
  });

  test('of two concurrent writes with one id, exactly one creates', async () => {
    const store = createFsStore({ dir });
    const report = contentReport();
    const entry = { id: report.id, reference: 'RC-1', report: report as never, fingerprint: 'f', images: [] };
    const results = await Promise.all([store.put(entry), store.put(entry), store.put(entry)]);
    assert.equal(results.filter((r) => r.status === 'created').length, 1);
    assert.ok(results.every((r) => r.status !== 'created' ? r.status === 'exists' || r.status === 'in-progress' : true));
  });

  test('a half-written folder is in progress while fresh, and replaced once stale', async () => {
    const report = contentReport();
    await mkdir(join(dir, report.id));
    const entry = { id: report.id, reference: 'RC-2', report: report as never, fingerprint: 'f', images: [] };
    assert.equal((await createFsStore({ dir }).put(entry)).status, 'in-progress');
    const old = new Date(Date.now() - 10 * 60 * 1000);
    await utimes(join(dir, report.id), old, old);
    assert.equal((await createFsStore({ dir }).put(entry)).status, 'created');
  });

  test('lists newest first and honours a limit', async () => {
    const store = createFsStore({ dir });
    const handle = createReportHandler({ store });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const report = contentReport();
      ids.push(report.id);
      await handle(send(report));
      await new Promise((r) => setTimeout(r, 5));
    }
    assert.deepEqual((await store.list()).map((s) => s.id), ids.reverse());
    assert.equal((await store.list({ limit: 2 })).length, 2);
  });

  test('an empty or missing folder lists nothing', async () => {
    assert.deepEqual(await createFsStore({ dir: join(dir, 'not-there') }).list(), []);
  });

  test('readImage serves only the names the receipt lists, never a path from the request', async () => {
    const store = createFsStore({ dir });
    const png = makePng(2, 2);
    const report = withShots(contentReport(), [{ bytes: png }]);
    await createReportHandler({ store })(send(report, [{ bytes: png }]));
    assert.ok(await store.readImage(report.id, 'screenshot-1.png'));
    assert.equal(await store.readImage(report.id, 'report.json'), undefined);
    assert.equal(await store.readImage(report.id, '../../../etc/passwd'), undefined);
    assert.equal(await store.readImage('../' + report.id, 'screenshot-1.png'), undefined);
    assert.equal(await store.get('../etc'), undefined);
  });
});

// What is particular to the fs store (the shared behaviour is in
// store-conformance.test.ts): its folders, restarts, and leftovers of
// crashes and power cuts, which must never break a list or a get.
import { test, describe, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, mkdir, mkdtemp, readFile, readdir, rm, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReportHandler } from '../../src/server/index.js';
import { createFsStore } from '../../src/server/fs-store.js';
import { StoreInputError } from '../../src/server/store.js';
import { decision, minutesIn, newReport } from '../../src/server/conformance/fixtures.js';
import { makePng, send, userReport, withShots, type Json } from './fixtures.js';

describe('createFsStore', () => {
  let dir: string;
  const folderOf = (id: string) => join(dir, 'reports', id.slice(0, 2), id);
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rc-fs-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('keeps one folder per report: report.json as received, meta.json and the images, nothing left in tmp/', async () => {
    const handle = createReportHandler({ store: createFsStore({ dir }) });
    const png = makePng(5, 4);
    const report = withShots(userReport(), [{ bytes: png }]);
    const response = await handle(send(report, [{ bytes: png }]));
    assert.equal(response.status, 201);
    const folder = folderOf(report.id);
    assert.deepEqual((await readdir(folder)).sort(), ['meta.json', 'report.json', 'screenshot-1.png']);
    assert.deepEqual(JSON.parse(await readFile(join(folder, 'report.json'), 'utf8')), report);
    assert.deepEqual(new Uint8Array(await readFile(join(folder, 'screenshot-1.png'))), png);
    const meta = JSON.parse(await readFile(join(folder, 'meta.json'), 'utf8')) as Json;
    assert.equal(meta.reference, ((await response.json()) as Json).reference);
    assert.deepEqual(await readdir(join(dir, 'tmp')), []);
  });

  test('a restarted store answers a repeat from disk and keeps moderation state', async () => {
    const entry = newReport({ images: 1, userId: 'u-1', receiptHash: 'e'.repeat(64) });
    await createFsStore({ dir }).put(entry);
    const first = createFsStore({ dir });
    await first.markInReview(entry.id, 'mod-1', minutesIn(5));
    await first.decide(entry.id, decision());
    const restarted = createFsStore({ dir });
    assert.equal((await restarted.put(entry)).status, 'exists');
    const stored = await restarted.get(entry.id);
    assert.equal(stored?.status, 'decided');
    assert.deepEqual(stored?.history.map((h) => h.type), ['received', 'review', 'decision']);
    assert.deepEqual((await restarted.list({ status: 'decided' })).reports.map((r) => r.id), [entry.id]);
    assert.equal((await restarted.findByReceipt('e'.repeat(64)))?.id, entry.id);
    assert.equal((await restarted.listByReporter('u-1')).length, 1);
    assert.deepEqual((await readdir(folderOf(entry.id))).filter((n) => n.startsWith('state-')), ['state-2.json'], 'the older state file is gone');
  });

  test('an empty report.json (a power cut) breaks neither the list nor get, and the retry of that id succeeds', async () => {
    const store = createFsStore({ dir });
    const lost = newReport({ minutes: 2 });
    const kept = newReport({ minutes: 1 });
    await store.put(kept);
    await store.put(lost);
    await truncate(join(folderOf(lost.id), 'report.json'), 0);
    for (const reader of [store, createFsStore({ dir })]) {
      assert.equal(await reader.get(lost.id), undefined);
      assert.deepEqual((await reader.list()).reports.map((r) => r.id), [kept.id]);
    }
    const retry = await createFsStore({ dir }).put(lost);
    assert.equal(retry.status, 'created');
    assert.deepEqual((await store.get(lost.id))?.report, lost.report);
    assert.deepEqual((await createFsStore({ dir }).list()).reports.map((r) => r.id), [lost.id, kept.id]);
  });

  test('a cut report.json or meta.json, or a missing image file, reads as absent or without that image, never as an error', async () => {
    const store = createFsStore({ dir });
    const cutReport = newReport({ minutes: 1 });
    const cutMeta = newReport({ minutes: 2 });
    const imaged = newReport({ minutes: 3, images: 1 });
    for (const entry of [cutReport, cutMeta, imaged]) await store.put(entry);
    for (const [entry, name] of [[cutReport, 'report.json'], [cutMeta, 'meta.json']] as const) {
      const text = await readFile(join(folderOf(entry.id), name), 'utf8');
      await writeFile(join(folderOf(entry.id), name), text.slice(0, text.length >> 1));
    }
    await rm(join(folderOf(imaged.id), 'screenshot-1.png'));
    assert.equal(await store.get(cutReport.id), undefined);
    assert.equal(await store.get(cutMeta.id), undefined);
    assert.deepEqual((await store.list()).reports.map((r) => r.id), [imaged.id]);
    assert.equal(await store.readImage(imaged.id, 0), undefined);
    assert.equal((await store.put(cutReport)).status, 'created');
    assert.equal((await store.put(cutMeta)).status, 'created');
    assert.deepEqual((await store.list()).reports.map((r) => r.id), [imaged.id, cutMeta.id, cutReport.id]);
  });

  test('stray scratch folders never show, and are cleared once stale', async () => {
    const entry = newReport();
    await createFsStore({ dir }).put(entry);
    const stale = join(dir, 'tmp', `${entry.id}.999.deadbeef`);
    const fresh = join(dir, 'tmp', 'other.999.cafe');
    await mkdir(stale, { recursive: true });
    await mkdir(fresh, { recursive: true });
    await writeFile(join(stale, 'report.json'), '{"half":');
    const old = new Date(Date.now() - 10 * 60 * 1000);
    await utimes(stale, old, old);
    const store = createFsStore({ dir });
    assert.deepEqual((await store.list()).reports.map((r) => r.id), [entry.id]);
    assert.deepEqual(await readdir(join(dir, 'tmp')), ['other.999.cafe']);
  });

  test('rebuilds its index from the folders when index.log is lost or holds a cut line', async () => {
    const entries = [newReport({ minutes: 1 }), newReport({ minutes: 2 }), newReport({ minutes: 3 })];
    const store = createFsStore({ dir });
    for (const entry of entries) await store.put(entry);
    await store.decide(entries[0]!.id, decision());
    await rm(join(dir, 'index.log'));
    await appendFile(join(dir, 'index.log'), '{"t":"report","id":"cut');
    for (const rebuilt of [createFsStore({ dir }), createFsStore({ dir })]) {
      assert.deepEqual((await rebuilt.list()).reports.map((r) => r.id), entries.map((e) => e.id).reverse());
      assert.deepEqual((await rebuilt.list({ status: 'decided' })).reports.map((r) => r.id), [entries[0]!.id]);
    }
    assert.equal((await readFile(join(dir, 'index.log'), 'utf8')).split('\n').filter((l) => l.startsWith('{"t":"report"')).length, 4, 'the cut line, then the three rebuilt');
  });

  test('sees reports another store on the same folder (another process) added since its last list', async () => {
    const mine = createFsStore({ dir });
    const theirs = createFsStore({ dir });
    const a = newReport({ minutes: 1 });
    await mine.put(a);
    assert.equal((await mine.list()).reports.length, 1);
    const b = newReport({ minutes: 2 });
    await theirs.put(b);
    assert.deepEqual((await mine.list()).reports.map((r) => r.id), [b.id, a.id]);
  });

  test('builds paths only from report ids and its own image names', async () => {
    const store = createFsStore({ dir });
    const entry = newReport({ images: 1 });
    await store.put(entry);
    assert.equal(await store.get('../etc'), undefined);
    assert.equal(await store.get(entry.id.toUpperCase()), undefined);
    assert.equal(await store.readImage(`../${entry.id}`, 0), undefined);
    await assert.rejects(store.put({ ...entry, id: '../../x' }), StoreInputError);
    const named = newReport({ images: 1 });
    named.images[0]!.name = '../report.json';
    await assert.rejects(store.put(named), StoreInputError);
    assert.deepEqual((await readdir(join(dir, 'reports'))).length, 1);
  });
});

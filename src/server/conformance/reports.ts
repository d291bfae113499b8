/** Conformance: storing once, reading back, images, and the paged list. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { StoreInputError, type ModerationStore, type ReportSummary } from '../store.js';
import { decision, minutesIn, newReport, plain } from './fixtures.js';

type Use = () => ModerationStore;

/** Every page of a list, following `next` to the end. */
async function allPages(store: ModerationStore, query: { status?: 'received' | 'in-review' | 'decided'; category?: string; limit: number }) {
  const pages: ReportSummary[][] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list({ ...query, ...(cursor ? { cursor } : {}) });
    assert.ok(page.reports.length <= query.limit, `a page holds at most ${query.limit}`);
    pages.push(page.reports);
    cursor = page.next;
    assert.ok(pages.length < 1000, 'paging ends');
  } while (cursor);
  return pages;
}

export function reportTests(use: Use): void {
  it('stores a new report whole and gives it back by id, as received', async () => {
    const entry = newReport({ images: 2, userId: 'u-1', receiptHash: 'a'.repeat(64), minutes: 3 });
    const put = await use().put(entry);
    assert.equal(put.status, 'created');
    const stored = await use().get(entry.id);
    assert.ok(stored);
    assert.deepEqual(plain(put.status === 'created' && put.stored), plain(stored));
    assert.equal(stored.id, entry.id);
    assert.equal(stored.reference, entry.reference);
    assert.equal(Date.parse(stored.receivedAt), Date.parse(entry.receivedAt));
    assert.deepEqual(plain(stored.report), entry.report);
    assert.equal(stored.fingerprint, entry.fingerprint);
    assert.deepEqual(stored.images, entry.images.map((i) => ({ name: i.name, type: i.type, size: i.bytes.byteLength, sha256: i.sha256 })));
    assert.deepEqual(stored.reporter, { userId: 'u-1' });
    assert.equal(stored.receiptHash, 'a'.repeat(64));
    assert.equal(stored.status, 'received');
    assert.deepEqual(stored.history, [{ type: 'received', at: stored.receivedAt, by: 'system' }]);
    assert.deepEqual(stored.appeals, []);
    assert.equal(stored.decision, undefined);
  });

  it('answers a second put of one id with the first report, whatever the second carries', async () => {
    const first = newReport();
    await use().put(first);
    const second = await use().put({ ...first, reference: 'RC-OTHER', fingerprint: 'f'.repeat(64), receivedAt: minutesIn(9) });
    assert.equal(second.status, 'exists');
    assert.equal(second.status === 'exists' && second.stored.reference, first.reference);
    assert.equal(second.status === 'exists' && second.stored.fingerprint, first.fingerprint);
  });

  it('of 20 concurrent puts with one id, exactly one is created', async () => {
    const entry = newReport({ images: 1 });
    const results = await Promise.all(Array.from({ length: 20 }, () => use().put({ ...entry })));
    assert.equal(results.filter((r) => r.status === 'created').length, 1);
    assert.ok(results.every((r) => r.status === 'created' || r.status === 'exists' || r.status === 'in-progress'));
    assert.equal((await use().list({ limit: 100 })).reports.length, 1);
    assert.equal((await use().get(entry.id))?.reference, entry.reference);
  });

  it('gives nothing for an unknown id', async () => {
    assert.equal(await use().get('6f1c0f4e-8a9b-4c3d-9e2f-1a2b3c4d5e6f'), undefined);
  });

  it('gives each image back by its index, with its type, and nothing past the last', async () => {
    const entry = newReport({ images: 3 });
    await use().put(entry);
    for (const [index, image] of entry.images.entries()) {
      const read = await use().readImage(entry.id, index);
      assert.equal(read?.type, image.type);
      assert.deepEqual(new Uint8Array(read!.bytes), new Uint8Array(image.bytes));
    }
    assert.equal(await use().readImage(entry.id, 3), undefined);
    assert.equal(await use().readImage(entry.id, -1), undefined);
    assert.equal(await use().readImage('6f1c0f4e-8a9b-4c3d-9e2f-1a2b3c4d5e6f', 0), undefined);
  });

  it('lists newest first by receivedAt, then by id, with a summary of each', async () => {
    const minutes = [5, 1, 9, 3, 3, 7, 0];
    const entries = minutes.map((m) => newReport({ minutes: m, images: m % 2, urgent: m === 9 }));
    for (const entry of entries) await use().put(entry);
    const expected = [...entries]
      .sort((a, b) => (a.receivedAt === b.receivedAt ? (a.id < b.id ? 1 : -1) : a.receivedAt < b.receivedAt ? 1 : -1))
      .map((e) => e.id);
    const { reports, next } = await use().list();
    assert.deepEqual(reports.map((r) => r.id), expected);
    assert.equal(next, undefined, 'one page holds them all: no next');
    const newest = entries[2]!;
    assert.deepEqual({ ...reports[0]!, receivedAt: Date.parse(reports[0]!.receivedAt) }, {
      id: newest.id,
      reference: newest.reference,
      receivedAt: Date.parse(newest.receivedAt),
      category: 'spam',
      subject: newest.report.subject,
      status: 'received',
      urgent: true,
      screenshots: 1,
    });
  });

  it('pages by cursor with no repeats and no gaps, and no next on the last page', async () => {
    const entries = Array.from({ length: 12 }, (_, i) => newReport({ minutes: i }));
    for (const entry of entries) await use().put(entry);
    const pages = await allPages(use(), { limit: 5 });
    assert.deepEqual(pages.map((p) => p.length), [5, 5, 2]);
    assert.deepEqual(pages.flat().map((r) => r.id), entries.map((e) => e.id).reverse());
  });

  it('a report arriving between two pages neither repeats nor hides one', async () => {
    const entries = Array.from({ length: 6 }, (_, i) => newReport({ minutes: i }));
    for (const entry of entries) await use().put(entry);
    const first = await use().list({ limit: 3 });
    await use().put(newReport({ minutes: 60 }));
    const between = newReport({ minutes: 2.5 });
    await use().put(between);
    const second = await use().list({ limit: 3, cursor: first.next! });
    const ids = [...first.reports, ...second.reports].map((r) => r.id);
    assert.deepEqual(ids.slice(0, 3), entries.slice(3).map((e) => e.id).reverse());
    assert.deepEqual(ids.slice(3), [between.id, entries[2]!.id, entries[1]!.id]);
    assert.equal(new Set(ids).size, ids.length, 'no repeats');
  });

  it('filters by status and by category, paging within the filter', async () => {
    const entries = Array.from({ length: 9 }, (_, i) => newReport({ minutes: i, category: i % 3 === 0 ? 'harassment' : 'spam' }));
    for (const entry of entries) await use().put(entry);
    for (const i of [1, 4, 7, 8]) assert.ok((await use().markInReview(entries[i]!.id, 'mod-1', minutesIn(20))).ok);
    assert.ok((await use().decide(entries[8]!.id, decision())).ok);
    const inReview = (await allPages(use(), { status: 'in-review', limit: 2 })).flat();
    assert.deepEqual(inReview.map((r) => r.id), [7, 4, 1].map((i) => entries[i]!.id));
    assert.ok(inReview.every((r) => r.status === 'in-review'));
    const harassment = (await allPages(use(), { category: 'harassment', limit: 2 })).flat();
    assert.deepEqual(harassment.map((r) => r.id), [6, 3, 0].map((i) => entries[i]!.id));
    const both = await use().list({ status: 'received', category: 'spam' });
    assert.deepEqual(both.reports.map((r) => r.id), [5, 2].map((i) => entries[i]!.id));
    assert.deepEqual((await use().list({ status: 'decided' })).reports.map((r) => r.id), [entries[8]!.id]);
    assert.deepEqual((await use().list({ category: 'other' })).reports, []);
  });

  it('gives 50 a page by default and refuses a limit outside 1 to 100', async () => {
    const entries = Array.from({ length: 51 }, (_, i) => newReport({ minutes: i }));
    await Promise.all(entries.map((entry) => use().put(entry)));
    const page = await use().list();
    assert.equal(page.reports.length, 50);
    assert.ok(page.next);
    assert.equal((await use().list({ cursor: page.next })).reports.length, 1);
    const one = await use().list({ limit: 1 });
    assert.deepEqual(one.reports.map((r) => r.id), [entries[50]!.id]);
    for (const limit of [0, 101, 2.5, -1]) {
      await assert.rejects(use().list({ limit }), StoreInputError, `limit ${limit}`);
    }
  });

  it('refuses a cursor it did not make with StoreInputError', async () => {
    await use().put(newReport());
    for (const cursor of ['not a cursor', 'bm90IGEgY3Vyc29y', '%%%', 'x'.repeat(5000)]) {
      await assert.rejects(use().list({ cursor }), StoreInputError, `cursor ${cursor.slice(0, 20)}`);
    }
  });
}

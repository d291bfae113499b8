import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { StoreInputError, type Decision, type ListQuery, type ModerationStore, type ReportSummary } from '../../src/server/store.js';
import { contentReport, userReport } from './fixtures.js';
import { newReport, png, postgresTest, usePostgres } from '../support/server/postgres-test.js';

const CATEGORIES = ['spam', 'hate', 'scam'] as const;
const BASE = Date.parse('2026-11-01T00:00:00.000Z');

interface Expected {
  id: string;
  receivedAt: string;
  category: string;
  status: string;
}

/** Every page of a query, following `next` until it is absent. */
async function allPages(store: ModerationStore, query: ListQuery): Promise<{ reports: ReportSummary[]; pages: number }> {
  const reports: ReportSummary[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await store.list({ ...query, cursor });
    pages++;
    assert.ok(page.reports.length <= (query.limit ?? 50));
    reports.push(...page.reports);
    cursor = page.next;
  } while (cursor && pages < 100);
  return { reports, pages };
}

const decisionAt = (at: string): Decision => ({
  action: 'warning',
  ground: 'terms',
  groundDetail: 'Rule 1',
  explanation: 'A first warning.',
  automated: false,
  decidedBy: 'mod',
  decidedAt: at,
  appealUntil: at,
});

const newestFirst = (a: Expected, b: Expected) =>
  a.receivedAt !== b.receivedAt ? (a.receivedAt < b.receivedAt ? 1 : -1) : a.id < b.id ? 1 : -1;

describe('PostgreSQL store: lists', () => {
  const fixture = usePostgres();
  let store: ModerationStore;
  const expected: Expected[] = [];

  postgresTest('pages newest first by (receivedAt, id) with every filter, each report exactly once', async () => {
    store = await fixture().stores.create();
    for (let i = 0; i < 130; i++) {
      // Three reports share each time, so the id alone orders them.
      const receivedAt = new Date(BASE + Math.floor(i / 3) * 1000).toISOString();
      const category = CATEGORIES[i % 3]!;
      const entry = newReport({ report: contentReport({ id: randomUUID(), category }), receivedAt });
      await store.put(entry);
      let status = 'received';
      if (i % 5 === 1) {
        assert.ok((await store.markInReview(entry.id, 'mod', receivedAt)).ok);
        status = 'in-review';
      } else if (i % 7 === 3) {
        assert.ok((await store.decide(entry.id, decisionAt(receivedAt))).ok);
        status = 'decided';
      }
      expected.push({ id: entry.id, receivedAt, category, status });
    }
    expected.sort(newestFirst);
    const queries: ListQuery[] = [
      { limit: 7 },
      { limit: 50 },
      { status: 'in-review', limit: 4 },
      { category: 'hate', limit: 9 },
      { status: 'received', category: 'spam', limit: 5 },
      { status: 'decided', limit: 3 },
    ];
    for (const query of queries) {
      const want = expected.filter((e) => (!query.status || e.status === query.status) && (!query.category || e.category === query.category));
      const { reports, pages } = await allPages(store, query);
      assert.deepEqual(reports.map((r) => r.id), want.map((e) => e.id), JSON.stringify(query));
      // The last page carries no `next`, also when it is exactly full.
      assert.equal(pages, Math.max(1, Math.ceil(want.length / (query.limit ?? 50))), JSON.stringify(query));
    }
  });

  postgresTest('describes each report in a line: reference, time, category, subject, status, urgency, screenshots', async () => {
    const own = await fixture().stores.create();
    const entry = newReport({ report: userReport({ id: randomUUID(), urgent: true }), pngs: [png(1), png(2), png(3)] });
    await own.put(entry);
    const [line] = (await own.list()).reports;
    assert.deepEqual(line, {
      id: entry.id,
      reference: entry.reference,
      receivedAt: entry.receivedAt,
      category: 'scam',
      subject: entry.report.subject,
      status: 'received',
      urgent: true,
      screenshots: 3,
    });
  });

  postgresTest('gives 50 a page by default and refuses a page size outside 1..100, as every store does', async () => {
    await assert.rejects(store.list({ limit: 1000 }), StoreInputError);
    await assert.rejects(store.list({ limit: 0 }), StoreInputError);
    assert.equal((await store.list({ limit: 100 })).reports.length, 100);
    assert.equal((await store.list()).reports.length, 50);
  });

  postgresTest('refuses a cursor it did not give out with StoreInputError', async () => {
    const forged = [
      'not a cursor',
      Buffer.from('[1,2]').toString('base64url'),
      Buffer.from(JSON.stringify(['2026-11-01T00:00:00.000000Z', 'x'])).toString('base64url'),
      Buffer.from(JSON.stringify(["2026-11-01'; DROP TABLE reports; --", randomUUID()])).toString('base64url'),
    ];
    for (const cursor of forged) await assert.rejects(store.list({ cursor }), StoreInputError, cursor);
    await assert.rejects(store.list({ status: 'closed' as never }), StoreInputError);
  });

  postgresTest('pages exactly through times that differ by microseconds (rows loaded by SQL)', async () => {
    const own = await fixture().stores.create();
    const schema = fixture().stores.schemaOf(own as never);
    await fixture().stores.pool.query(
      `INSERT INTO "${schema}".reports (id, reference, received_at, report, fingerprint, history)
       SELECT gen_random_uuid(), 'RC-' || n, timestamptz '2026-11-01T00:00:00Z' + n * interval '1 microsecond',
              jsonb_build_object('category', 'spam', 'subject', jsonb_build_object('kind', 'user', 'userId', 'u-' || n)), 'f', '[]'
       FROM generate_series(1, 45) AS n`,
    );
    const { reports } = await allPages(own, { limit: 4 });
    assert.deepEqual(reports.map((r) => r.reference), Array.from({ length: 45 }, (_, i) => `RC-${45 - i}`));
  });

  postgresTest('finds a report by its receipt hash, and nothing for another hash', async () => {
    const own = await fixture().stores.create();
    const entry = newReport({ receiptHash: 'c0'.repeat(32) });
    await own.put(newReport({ receiptHash: 'c1'.repeat(32) }));
    await own.put(entry);
    assert.equal((await own.findByReceipt('c0'.repeat(32)))?.id, entry.id);
    assert.equal(await own.findByReceipt('c2'.repeat(32)), undefined);
  });

  postgresTest("lists a reporter's own reports newest first, up to a limit, and no one else's", async () => {
    const own = await fixture().stores.create();
    const mine = [0, 2, 1].map((minute) => newReport({ reporter: 'u-1', receivedAt: new Date(BASE + minute * 60_000).toISOString() }));
    for (const entry of mine) await own.put(entry);
    await own.put(newReport({ reporter: 'u-2' }));
    await own.put(newReport());
    const listed = await own.listByReporter('u-1');
    assert.deepEqual(listed.map((s) => s.id), [mine[1]!.id, mine[2]!.id, mine[0]!.id]);
    assert.ok(listed.every((s) => s.reporter?.userId === 'u-1'));
    assert.deepEqual((await own.listByReporter('u-1', 2)).map((s) => s.id), [mine[1]!.id, mine[2]!.id]);
    assert.deepEqual(await own.listByReporter('u-3'), []);
  });
});

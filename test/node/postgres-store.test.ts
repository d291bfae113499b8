import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { createPostgresStore } from '../../src/server/postgres/index.js';
import { migrationFile } from '../../src/server/postgres/sql.js';
import { StoreInputError, type Decision } from '../../src/server/store.js';
import { newReport, png, postgresTest, usePostgres } from '../support/server/postgres-test.js';

const decision = (at: string, by = 'mod-1'): Decision => ({
  action: 'removed',
  ground: 'terms',
  groundDetail: 'Rule 4: no advertising',
  explanation: 'The answer advertises a paid service.',
  automated: false,
  decidedBy: by,
  decidedAt: at,
  appealUntil: new Date(Date.parse(at) + 183 * 24 * 3600 * 1000).toISOString(),
});

describe('PostgreSQL store', () => {
  const fixture = usePostgres();

  test('ships the SQL that migrate() runs, byte for byte', () => {
    assert.equal(readFileSync('sql/postgres/001-reports.sql', 'utf8'), migrationFile(1));
  });

  postgresTest('migrates idempotently, also from several processes at once', async () => {
    const { cluster } = fixture();
    const schema = `rc_migrate_${process.pid}`;
    const stores = Array.from({ length: 4 }, () => createPostgresStore({ connectionString: cluster.url, schema }));
    try {
      await Promise.all(stores.map((store) => store.migrate()));
      await stores[0]!.migrate();
      const versions = await fixture().stores.pool.query(`SELECT version FROM "${schema}".schema_version`);
      assert.deepEqual(versions.rows, [{ version: 1 }]);
      assert.equal((await stores[1]!.put(newReport())).status, 'created');
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });

  postgresTest('stores a report with its screenshots in bytea and reads it back as it was put', async () => {
    const store = await fixture().stores.create();
    const entry = newReport({ pngs: [png(1), png(2)], reporter: 'u-9', receiptHash: 'ab'.repeat(32) });
    const created = await store.put(entry);
    assert.equal(created.status, 'created');
    const stored = await store.get(entry.id);
    assert.deepEqual(stored, created.status === 'created' ? created.stored : undefined);
    assert.equal(stored?.reference, entry.reference);
    assert.equal(stored?.receivedAt, entry.receivedAt);
    assert.deepEqual(stored?.report, entry.report);
    assert.deepEqual(stored?.reporter, { userId: 'u-9' });
    assert.equal(stored?.status, 'received');
    assert.deepEqual(stored?.history, [{ type: 'received', at: entry.receivedAt, by: 'system' }]);
    assert.deepEqual(stored?.images.map((i) => [i.name, i.type, i.size, i.sha256]), entry.images.map((i) => [i.name, i.type, i.bytes.byteLength, i.sha256]));
    const second = await store.readImage(entry.id, 1);
    assert.equal(second?.type, 'image/png');
    assert.deepEqual(second?.bytes, entry.images[1]!.bytes);
    assert.equal(await store.readImage(entry.id, 2), undefined);
    const raw = await fixture().stores.pool.query(`SELECT octet_length(bytes) AS size FROM ${fixture().stores.schemaOf(store)}.images ORDER BY position`);
    assert.deepEqual(raw.rows.map((r) => r.size), entry.images.map((i) => i.bytes.byteLength));
  });

  postgresTest('fills receivedAt when an older handler does not pass it', async () => {
    const store = await fixture().stores.create();
    const entry = { ...newReport() } as Partial<ReturnType<typeof newReport>>;
    delete entry.receivedAt;
    const before = Date.now();
    const result = await store.put(entry as ReturnType<typeof newReport>);
    assert.equal(result.status, 'created');
    assert.ok(Date.parse((await store.get(entry.id!))!.receivedAt) >= before - 1000);
  });

  postgresTest('answers a repeat with the first stored report, also from another pool (another process)', async () => {
    const store = await fixture().stores.create();
    const entry = newReport();
    const first = await store.put(entry);
    const other = createPostgresStore({ connectionString: fixture().cluster.url, schema: fixture().stores.schemaOf(store) });
    try {
      const again = await other.put({ ...entry, reference: 'RC-OTHER', fingerprint: 'different' });
      assert.equal(again.status, 'exists');
      assert.equal(again.status === 'exists' && again.stored.reference, entry.reference);
      assert.equal(again.status === 'exists' && again.stored.fingerprint, first.status === 'created' && first.stored.fingerprint);
    } finally {
      await other.close();
    }
  });

  postgresTest('of 12 concurrent puts of one id over 4 pools, exactly one creates; the rest see exists or in-progress', async () => {
    const store = await fixture().stores.create();
    const pools = Array.from({ length: 4 }, () => createPostgresStore({ connectionString: fixture().cluster.url, schema: fixture().stores.schemaOf(store) }));
    try {
      for (let round = 0; round < 5; round++) {
        const entry = newReport({ pngs: [png(round)] });
        const results = await Promise.all(Array.from({ length: 12 }, (_, i) => pools[i % 4]!.put(entry)));
        assert.equal(results.filter((r) => r.status === 'created').length, 1);
        for (const r of results) {
          assert.ok(r.status !== 'exists' || r.stored.reference === entry.reference);
        }
        assert.equal((await store.get(entry.id))?.images.length, 1);
      }
      const count = await fixture().stores.pool.query(`SELECT count(*)::int AS n FROM ${fixture().stores.schemaOf(store)}.reports`);
      assert.equal(count.rows[0].n, 5);
    } finally {
      await Promise.all(pools.map((p) => p.close()));
    }
  });

  postgresTest('a put whose connection dies mid-transaction leaves nothing stored and the id free', async () => {
    const { cluster, stores } = fixture();
    const store = await stores.create();
    const entry = newReport();
    // A writer holding the id's lock, as a put does between INSERT and COMMIT.
    const writer = new pg.Client(cluster.url);
    await writer.connect();
    writer.on('error', () => {});
    await writer.query('BEGIN');
    await writer.query(`SELECT pg_advisory_xact_lock(${0x52435354}, hashtext($1))`, [`${fixture().stores.schemaOf(store)}:${entry.id}`]);
    assert.deepEqual(await store.put(entry), { status: 'in-progress' });
    const pid = (await writer.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    await stores.pool.query('SELECT pg_terminate_backend($1)', [pid]);
    await writer.end().catch(() => {});
    assert.equal((await store.put(entry)).status, 'created');
  });

  postgresTest('refuses ids that are not UUIDs clearly, and finds nothing under them', async () => {
    const store = await fixture().stores.create();
    await assert.rejects(store.put({ ...newReport(), id: '../etc/passwd' }), StoreInputError);
    assert.equal(await store.get('../etc/passwd'), undefined);
    assert.equal(await store.readImage('x', 0), undefined);
    assert.deepEqual(await store.markInReview('x', 'mod', new Date().toISOString()), { ok: false, reason: 'not-found' });
  });

  postgresTest('moves received → in-review → decided, each step once, with history', async () => {
    const store = await fixture().stores.create();
    const entry = newReport();
    await store.put(entry);
    const at = '2026-12-04T10:00:00.000Z';
    const review = await store.markInReview(entry.id, 'mod-1', at);
    assert.equal(review.ok && review.value.status, 'in-review');
    const again = await store.markInReview(entry.id, 'mod-2', '2026-12-04T10:05:00.000Z');
    assert.ok(again.ok);
    assert.equal((await store.get(entry.id))?.history.filter((h) => h.type === 'review').length, 1);
    const decided = await store.decide(entry.id, decision('2026-12-04T11:00:00.000Z'));
    assert.ok(decided.ok);
    assert.equal(decided.value.status, 'decided');
    assert.deepEqual(decided.value.decision, decision('2026-12-04T11:00:00.000Z'));
    assert.deepEqual(
      decided.value.history.map((h) => h.type),
      ['received', 'review', 'decision'],
    );
    assert.deepEqual(decided.value.history[2], { type: 'decision', at: '2026-12-04T11:00:00.000Z', by: 'mod-1', action: 'removed' });
    assert.deepEqual(await store.decide(entry.id, decision('2026-12-04T12:00:00.000Z')), { ok: false, reason: 'conflict' });
    assert.deepEqual(await store.markInReview(entry.id, 'mod-3', at), { ok: false, reason: 'conflict' });
    assert.deepEqual(await store.decide(newReport().id, decision(at)), { ok: false, reason: 'not-found' });
  });

  postgresTest('of 6 moderators deciding at once, one wins and the others get conflict', async () => {
    const store = await fixture().stores.create();
    const entry = newReport();
    await store.put(entry);
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => store.decide(entry.id, decision('2026-12-04T11:00:00.000Z', `mod-${i}`))));
    assert.equal(results.filter((r) => r.ok).length, 1);
    assert.equal(results.filter((r) => !r.ok && r.reason === 'conflict').length, 5);
    assert.equal((await store.get(entry.id))?.history.filter((h) => h.type === 'decision').length, 1);
  });

  postgresTest('takes one appeal per report and appellant, only on a decided report and in time', async () => {
    const store = await fixture().stores.create();
    const entry = newReport();
    await store.put(entry);
    const appeal = (by: 'reporter' | 'member', createdAt: string) => ({
      id: crypto.randomUUID(),
      reference: `AP-${by}`,
      reportId: entry.id,
      by,
      text: 'The answer was a genuine recommendation.',
      createdAt,
      status: 'pending' as const,
    });
    assert.deepEqual(await store.addAppeal(appeal('member', '2026-12-05T00:00:00.000Z')), { ok: false, reason: 'conflict' });
    await store.decide(entry.id, decision('2026-12-04T11:00:00.000Z'));
    const late = appeal('member', '2027-12-05T00:00:00.000Z');
    assert.deepEqual(await store.addAppeal(late), { ok: false, reason: 'conflict' });
    const racing = await Promise.all(Array.from({ length: 4 }, () => store.addAppeal(appeal('member', '2026-12-05T00:00:00.000Z'))));
    assert.equal(racing.filter((r) => r.ok).length, 1);
    const member = racing.find((r) => r.ok)!;
    assert.ok(member.ok);
    assert.equal(member.value.status, 'pending');
    assert.equal((await store.addAppeal(appeal('reporter', '2026-12-06T00:00:00.000Z'))).ok, true);
    assert.deepEqual(await store.addAppeal({ ...appeal('reporter', '2026-12-06T00:00:00.000Z'), reportId: newReport().id }), {
      ok: false,
      reason: 'not-found',
    });
    assert.deepEqual(await store.getAppeal(member.value.id), member.value);
    const stored = await store.get(entry.id);
    assert.deepEqual(stored?.appeals.map((a) => a.by), ['member', 'reporter']);
    assert.deepEqual(stored?.history.filter((h) => h.type === 'appeal').map((h) => h.type === 'appeal' && h.appealId), stored?.appeals.map((a) => a.id));
  });

  postgresTest('decides an appeal once and lists appeals by status with their report reference', async () => {
    const store = await fixture().stores.create();
    const entry = newReport();
    await store.put(entry);
    await store.decide(entry.id, decision('2026-12-04T11:00:00.000Z'));
    const added = await store.addAppeal({
      id: crypto.randomUUID(),
      reference: 'AP-1',
      reportId: entry.id,
      by: 'reporter',
      text: 'Please look again.',
      createdAt: '2026-12-05T00:00:00.000Z',
      status: 'pending',
    });
    assert.ok(added.ok);
    assert.deepEqual((await store.listAppeals({ status: 'pending' })).appeals.map((a) => [a.id, a.reportReference]), [[added.value.id, entry.reference]]);
    const verdict = { upheld: false, explanation: 'The rule applies.', decidedBy: 'mod-2', decidedAt: '2026-12-06T00:00:00.000Z' };
    const results = await Promise.all([store.decideAppeal(added.value.id, verdict), store.decideAppeal(added.value.id, { ...verdict, upheld: true })]);
    assert.equal(results.filter((r) => r.ok).length, 1);
    assert.deepEqual(results.find((r) => !r.ok), { ok: false, reason: 'conflict' });
    const decided = await store.getAppeal(added.value.id);
    assert.equal(decided?.status, 'decided');
    assert.deepEqual((await store.listAppeals({ status: 'pending' })).appeals, []);
    assert.equal((await store.listAppeals({ status: 'decided' })).appeals.length, 1);
    const last = (await store.get(entry.id))?.history.at(-1);
    assert.deepEqual(last, { type: 'appeal-decision', at: verdict.decidedAt, by: 'mod-2', appealId: added.value.id, upheld: decided?.decision?.upheld });
    assert.deepEqual(await store.decideAppeal(crypto.randomUUID(), verdict), { ok: false, reason: 'not-found' });
  });

  postgresTest('pages appeals newest first by keyset, with their report references', async () => {
    const store = await fixture().stores.create();
    const appealIds: string[] = [];
    for (let day = 1; day <= 5; day++) {
      const entry = newReport();
      await store.put(entry);
      await store.decide(entry.id, decision('2026-12-01T00:00:00.000Z'));
      const added = await store.addAppeal({
        id: crypto.randomUUID(),
        reference: `AP-${day}`,
        reportId: entry.id,
        by: 'member',
        text: 'It was not an advertisement.',
        createdAt: `2026-12-0${day}T12:00:00.000Z`,
        status: 'pending',
      });
      assert.ok(added.ok);
      appealIds.unshift(added.value.id);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.listAppeals({ limit: 2, cursor });
      assert.ok(page.appeals.every((a) => a.reportReference.startsWith('RC-')));
      seen.push(...page.appeals.map((a) => a.id));
      cursor = page.next;
    } while (cursor);
    assert.deepEqual(seen, appealIds);
    await assert.rejects(store.listAppeals({ cursor: 'nope' }), StoreInputError);
  });
});

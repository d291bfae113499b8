import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createPostgresStore, type PostgresStore } from '../../src/server/postgres/index.js';
import { createS3Objects } from '../../src/server/s3.js';
import type { ObjectStorage } from '../../src/server/objects.js';
import { storeFromEnv } from '../../demo/store-from-env.js';
import { newReport, png, postgresTest, usePostgres } from '../support/server/postgres-test.js';

async function keys(objects: ObjectStorage, prefix?: string): Promise<string[]> {
  const found: string[] = [];
  for await (const object of objects.list(prefix)) found.push(object.key);
  return found.sort();
}

/** Object storage whose writes wait until `open()`; `written` resolves once a write is waiting. */
function gated(inner: ObjectStorage) {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let signal!: () => void;
  const written = new Promise<void>((resolve) => (signal = resolve));
  const objects: ObjectStorage = {
    ...inner,
    list: (prefix) => inner.list(prefix),
    async put(key, bytes, type) {
      await inner.put(key, bytes, type);
      signal();
      await gate;
    },
  };
  return { objects, open, written };
}

describe('S3 objects and the PostgreSQL store with objects', () => {
  const fixture = usePostgres({ s3: true });
  const s3Objects = (prefix: string) => createS3Objects({ client: fixture().s3!.client, bucket: fixture().s3!.bucket, prefix });
  /** A store on a fresh schema, with its own key prefix, over `wrap(objects)`. */
  async function storeWith(wrap: (objects: ObjectStorage) => ObjectStorage = (o) => o) {
    const schema = `rc_${randomUUID().slice(0, 8)}`;
    const objects = s3Objects(`${schema}/`);
    const store = createPostgresStore({ pool: fixture().stores.pool, schema, objects: wrap(objects) });
    await store.migrate();
    return { store, objects, schema };
  }
  const rowCount = async (schema: string, table: string) =>
    (await fixture().stores.pool.query(`SELECT count(*)::int AS n FROM "${schema}".${table}`)).rows[0].n as number;

  postgresTest('createS3Objects puts, gets, lists and deletes under its prefix only', async () => {
    const a = s3Objects('one/');
    const b = s3Objects('two/');
    await a.put('x/1.png', png(1), 'image/png');
    await a.put('x/2.png', png(2), 'image/png');
    await b.put('x/1.png', png(3), 'image/png');
    assert.deepEqual(await a.get('x/2.png'), png(2));
    assert.deepEqual(await b.get('x/1.png'), png(3));
    assert.equal(await a.get('x/3.png'), undefined);
    assert.deepEqual(await keys(a), ['x/1.png', 'x/2.png']);
    await a.delete('x/1.png');
    await a.delete('x/never.png');
    assert.deepEqual(await keys(a), ['x/2.png']);
    assert.deepEqual(await keys(b, 'x/'), ['x/1.png']);
  });

  postgresTest('keeps screenshots as objects, not bytea, and reads them back', async () => {
    const { store, objects, schema } = await storeWith();
    const entry = newReport({ pngs: [png(1), png(2), png(1)] });
    assert.equal((await store.put(entry)).status, 'created');
    const rows = await fixture().stores.pool.query(`SELECT bytes, object_key FROM "${schema}".images ORDER BY position`);
    assert.ok(rows.rows.every((row) => row.bytes === null && typeof row.object_key === 'string'));
    // The identical first and third images share one content-addressed object.
    assert.deepEqual(await keys(objects), [...new Set(rows.rows.map((row) => row.object_key as string))].sort());
    assert.equal((await keys(objects)).length, 2);
    for (const [i, bytes] of [png(1), png(2), png(1)].entries()) {
      assert.deepEqual((await store.readImage(entry.id, i))?.bytes, bytes);
    }
  });

  postgresTest('writes every object before the row that points to it is committed', async () => {
    const gate = { current: undefined as ReturnType<typeof gated> | undefined };
    const { store, objects, schema } = await storeWith((inner) => (gate.current = gated(inner)).objects);
    const entry = newReport({ pngs: [png(4)] });
    const putting = store.put(entry);
    try {
      await gate.current!.written;
      // The object is durable, the report is not visible yet, and a repeat is told to wait.
      assert.equal((await keys(objects)).length, 1);
      assert.equal(await rowCount(schema, 'reports'), 0);
      assert.equal(await store.get(entry.id), undefined);
      assert.deepEqual(await store.put(entry), { status: 'in-progress' });
    } finally {
      gate.current!.open();
    }
    assert.equal((await putting).status, 'created');
    assert.equal((await store.put(entry)).status, 'exists');
    assert.deepEqual((await store.readImage(entry.id, 0))?.bytes, png(4));
  });

  postgresTest('a failed object write leaves no row, and the retry stores the report', async () => {
    let failures = 1;
    const { store, schema } = await storeWith((inner) => ({
      ...inner,
      list: (prefix) => inner.list(prefix),
      async put(key, bytes, type) {
        await inner.put(key, bytes, type);
        if (failures-- > 0) throw new Error('the object store went away');
      },
    }));
    const entry = newReport({ pngs: [png(5), png(6)] });
    await assert.rejects(store.put(entry), /went away/);
    assert.equal(await store.get(entry.id), undefined);
    assert.equal(await rowCount(schema, 'reports'), 0);
    assert.equal(await rowCount(schema, 'images'), 0);
    assert.equal((await store.put(entry)).status, 'created');
    assert.deepEqual((await store.readImage(entry.id, 1))?.bytes, png(6));
  });

  postgresTest('the sweep deletes only old objects no row references, and skips reports being stored', async () => {
    let inner!: ObjectStorage;
    let gate: ReturnType<typeof gated> | undefined;
    const { store, objects } = await storeWith((objects) => {
      inner = objects;
      return { ...objects, list: (prefix) => objects.list(prefix), put: (...args) => (gate ?? { objects }).objects.put(...args) };
    });
    const kept = newReport({ pngs: [png(7)] });
    await store.put(kept);
    // What a put that died between its object writes and its commit leaves behind.
    const orphanKey = `${randomUUID()}/${'ab'.repeat(32)}.png`;
    await objects.put(orphanKey, png(8), 'image/png');
    await objects.put('notes/readme.txt', new TextEncoder().encode('not ours'), 'text/plain');
    // A report being stored right now: its object is written, its row not yet committed.
    gate = gated(inner);
    const inFlight = newReport({ pngs: [png(9)] });
    const putting = store.put(inFlight);
    try {
      await gate.written;
      const before = await keys(objects);
      assert.equal(before.length, 4);
      assert.deepEqual(await store.sweepOrphans({ olderThan: 60 * 60 * 1000 }), { deleted: [] });
      assert.deepEqual(await store.sweepOrphans({ olderThan: 0 }), { deleted: [orphanKey] });
      assert.deepEqual(await keys(objects), before.filter((key) => key !== orphanKey));
    } finally {
      gate.open();
    }
    assert.equal((await putting).status, 'created');
    assert.deepEqual(await store.sweepOrphans({ olderThan: 0 }), { deleted: [] });
    assert.deepEqual((await store.readImage(inFlight.id, 0))?.bytes, png(9));
    assert.deepEqual((await store.readImage(kept.id, 0))?.bytes, png(7));
  });

  postgresTest('the demo reaches the same store and bucket from REPORT_STORE and REPORT_OBJECTS', async () => {
    const { cluster, s3 } = fixture();
    const store = await storeFromEnv('unused', {
      REPORT_STORE: cluster.url,
      REPORT_OBJECTS: `s3://${s3!.bucket}/from-env/?endpoint=${encodeURIComponent(s3!.endpoint)}&region=eu-west-1`,
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
    });
    assert.ok('sweepOrphans' in store, 'the PostgreSQL store');
    try {
      const entry = newReport({ pngs: [png(10)] });
      assert.equal((await store.put(entry)).status, 'created');
      assert.deepEqual(await keys(s3Objects('from-env/')), [`${entry.id}/${entry.images[0]!.sha256}.png`]);
      assert.deepEqual((await store.readImage(entry.id, 0))?.bytes, png(10));
    } finally {
      await store.close();
    }
  });

  postgresTest('a store without objects has nothing to sweep', async () => {
    const store: PostgresStore = await fixture().stores.create();
    assert.deepEqual(await store.sweepOrphans({ olderThan: 0 }), { deleted: [] });
  });
});

/**
 * Fresh PostgreSQL stores on one running cluster, for the store tests and
 * the conformance suite: `storeConformance({ name: 'postgres', create })`.
 * Each store gets a schema of its own (and, with objects, a key prefix of
 * its own), so stores never see each other's reports; all share one pool.
 */
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { createPostgresStore, type PostgresStore } from '../../../src/server/postgres/index.js';
import { createS3Objects } from '../../../src/server/s3.js';
import type { ObjectStorage } from '../../../src/server/objects.js';
import type { PostgresCluster } from '../postgres.mjs';
import type { LocalS3 } from '../s3.mjs';

export interface PostgresStores {
  /** A new, migrated, empty store. */
  create(): Promise<PostgresStore>;
  /** The schema holding a store's tables, quoted for SQL text. */
  schemaOf(store: PostgresStore): string;
  /** A store's object storage (with `s3` only). */
  objectsOf(store: PostgresStore): ObjectStorage | undefined;
  /** Ends the shared pool; the stores are unusable afterwards. */
  close(): Promise<void>;
  pool: pg.Pool;
}

export function postgresStores(cluster: PostgresCluster, s3?: LocalS3): PostgresStores {
  const pool = new pg.Pool({ connectionString: cluster.url, max: 20 });
  pool.on('error', () => {});
  const objectsByStore = new Map<PostgresStore, ObjectStorage>();
  const schemaByStore = new Map<PostgresStore, string>();
  return {
    pool,
    async create() {
      const schema = `rc_${randomBytes(6).toString('hex')}`;
      const objects = s3 ? createS3Objects({ client: s3.client, bucket: s3.bucket, prefix: `${schema}/` }) : undefined;
      const store = createPostgresStore({ pool, schema, objects });
      await store.migrate();
      if (objects) objectsByStore.set(store, objects);
      schemaByStore.set(store, schema);
      return store;
    },
    schemaOf: (store) => schemaByStore.get(store)!,
    objectsOf: (store) => objectsByStore.get(store),
    close: () => pool.end(),
  };
}

// The shared store suite against PostgreSQL, with screenshots in bytea and
// in a real S3-compatible server (s3rver): the same tests memory and fs pass.
// Where PostgreSQL cannot be had, the suite is not registered and the reason
// is printed (postgres-test.ts); CI installs PostgreSQL, so there it runs.
import { describe } from 'node:test';
import { storeConformance } from '../../src/server/conformance.js';
import { postgresSkip, usePostgres } from '../support/server/postgres-test.js';

if (!postgresSkip()) {
  describe('PostgreSQL stores', () => {
    const fixture = usePostgres({ s3: true });
    const closing = <T extends { close(): Promise<void> }>(store: T) => ({ store, close: () => store.close() });
    storeConformance({ name: 'postgres', create: async () => closing(await fixture().stores.create()) });
    storeConformance({ name: 'postgres + S3 objects', create: async () => closing(await fixture().objectStores!.create()) });
  });
}

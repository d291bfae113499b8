/**
 * node:test wiring for tests that need PostgreSQL (and S3): one cluster per
 * test file, started before its tests and stopped after them, and the
 * reason printed when it cannot be had here.
 */
import { after, before, test } from 'node:test';
import { createHash, randomUUID } from 'node:crypto';
import { postgresUnavailable, startPostgres, type PostgresCluster } from '../postgres.mjs';
import { startS3, type LocalS3 } from '../s3.mjs';
import { postgresStores, type PostgresStores } from './postgres-stores.js';
import { fingerprintOf } from '../../../src/server/fingerprint.js';
import type { NewReport, ReceivedImage } from '../../../src/server/store.js';
import { contentReport, makePng, type Json } from '../../node/fixtures.js';
import type { Report } from '../../../src/report/schema.js';

const UNAVAILABLE = postgresUnavailable();
if (UNAVAILABLE) console.log(`# PostgreSQL tests skipped: ${UNAVAILABLE}`);

/** Why PostgreSQL tests are skipped here, or `undefined`. */
export const postgresSkip = () => UNAVAILABLE;

/**
 * A test that needs PostgreSQL: skipped with the reason where it cannot be
 * had, so that each one counts (and shows) as skipped rather than vanishing
 * inside a skipped suite.
 */
export function postgresTest(name: string, fn: () => Promise<void> | void): void {
  test(name, { skip: UNAVAILABLE }, fn);
}

export interface PostgresFixture {
  cluster: PostgresCluster;
  /** Stores with screenshots in bytea. */
  stores: PostgresStores;
  s3?: LocalS3;
  /** Stores with screenshots in s3rver (with `s3: true`). */
  objectStores?: PostgresStores;
}

/**
 * Starts a cluster (and s3rver with `s3: true`) before the file's tests and
 * stops both after them; does nothing where PostgreSQL cannot be had. For
 * the conformance suite (whose tests must then skip themselves):
 *
 * ```ts
 * describe('PostgreSQL stores', () => {
 *   const fixture = usePostgres({ s3: true });
 *   storeConformance({ name: 'postgres', create: () => fixture().stores.create() });
 *   storeConformance({ name: 'postgres + S3 objects', create: () => fixture().objectStores!.create() });
 * });
 * ```
 */
export function usePostgres(options: { s3?: boolean } = {}): () => PostgresFixture {
  let fixture: PostgresFixture | undefined;
  before(async () => {
    if (UNAVAILABLE) return;
    const cluster = await startPostgres();
    const s3 = options.s3 ? await startS3() : undefined;
    fixture = { cluster, s3, stores: postgresStores(cluster), objectStores: s3 && postgresStores(cluster, s3) };
  });
  after(async () => {
    await fixture?.stores.close();
    await fixture?.objectStores?.close();
    await fixture?.s3?.stop();
    await fixture?.cluster.stop();
  });
  return () => {
    if (!fixture) throw new Error('the PostgreSQL fixture is not started yet');
    return fixture;
  };
}

export function image(bytes: Uint8Array, index = 0): ReceivedImage {
  return { name: `screenshot-${index + 1}.png`, type: 'image/png', bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** A report as the handler would hand it to `put`, with `pngs` as its screenshots. */
export function newReport(options: { report?: Json; pngs?: Uint8Array[]; receivedAt?: string; reporter?: string; receiptHash?: string } = {}): NewReport {
  const report = (options.report ?? contentReport({ id: randomUUID() })) as Report;
  const images = (options.pngs ?? []).map((bytes, i) => image(bytes, i));
  const entry: NewReport = {
    id: report.id,
    reference: `RC-${report.id.slice(0, 8).toUpperCase()}`,
    report,
    fingerprint: fingerprintOf(report, images.map((i) => i.sha256)),
    images,
    receivedAt: options.receivedAt ?? new Date().toISOString(),
  };
  if (options.reporter) entry.reporter = { userId: options.reporter };
  if (options.receiptHash) entry.receiptHash = options.receiptHash;
  return entry;
}

export const png = (seed: number) => makePng(4 + seed, 3, [seed % 256, 30, 30]);

/**
 * `report-concern/server/postgres`: reports in PostgreSQL, for sites that run
 * several app processes on one database.
 *
 * ```js
 * import { createPostgresStore } from 'report-concern/server/postgres';
 * const store = createPostgresStore({ connectionString: process.env.DATABASE_URL });
 * await store.migrate();
 * const handle = createReportHandler({ store });
 * ```
 *
 * Screenshots are kept in the database (`bytea`) unless `objects` is given
 * (`report-concern/server/s3`), in which case they are written there before
 * the row that points to them is committed. The tables and indexes are in
 * `sql/postgres/001-reports.sql`.
 */
import pg, { type Pool } from 'pg';
import type { ModerationStore, StoredReport } from '../store.js';
import type { ObjectStorage } from '../objects.js';
import { isUuid, tablesOf, type Context } from './context.js';
import { DEFAULT_SCHEMA, runMigrations } from './sql.js';
import { putReport } from './put.js';
import { readImage, sweepOrphans, type SweepOptions } from './images.js';
import { listAppeals, listByReporter, listReports } from './list.js';
import { addAppeal, decide, decideAppeal, markInReview } from './transitions.js';
import { appealColumns, reportColumns, toAppeal, toStoredReport, type AppealJson, type ReportRow } from './rows.js';

export type { ObjectInfo, ObjectStorage } from '../objects.js';
export type { SweepOptions } from './images.js';
export { DEFAULT_SCHEMA, MIGRATIONS } from './sql.js';

export type PostgresStoreOptions = {
  /** Where the store keeps its tables; default `report_concern`. Lower-case letters, digits and `_`. */
  schema?: string;
  /** Screenshots go here instead of `bytea` columns. */
  objects?: ObjectStorage;
} & (
  | { /** A pool the site already has; the store never ends it. */ pool: Pool; connectionString?: never }
  | { /** The store opens (and `close()` ends) its own pool. */ connectionString: string; pool?: never }
);

export interface PostgresStore extends ModerationStore {
  /** Creates or updates the tables; safe to call from every process at every start. */
  migrate(): Promise<void>;
  /** Deletes objects no report references (see `SweepOptions`); nothing to do without `objects`. */
  sweepOrphans(options?: SweepOptions): Promise<{ deleted: string[] }>;
  /** Ends the pool the store opened from `connectionString`; a pool passed in is left to its owner. */
  close(): Promise<void>;
}

function poolOf(options: PostgresStoreOptions): { pool: Pool; owned: boolean } {
  if (options.pool && options.connectionString === undefined) return { pool: options.pool, owned: false };
  if (typeof options.connectionString === 'string' && !options.pool) {
    const pool = new pg.Pool({ connectionString: options.connectionString });
    // An idle connection that breaks (a database restart) is dropped by the
    // pool; without a listener its 'error' event would end the process.
    pool.on('error', () => {});
    return { pool, owned: true };
  }
  throw new TypeError('createPostgresStore needs exactly one of `pool` (a pg Pool) or `connectionString`.');
}

export function createPostgresStore(options: PostgresStoreOptions): PostgresStore {
  const { pool, owned } = poolOf(options);
  const ctx: Context = { pool, tables: tablesOf(options.schema ?? DEFAULT_SCHEMA), objects: options.objects };
  const t = ctx.tables;

  async function readOne(where: string, value: string): Promise<StoredReport | undefined> {
    const found = await pool.query<ReportRow>(`SELECT ${reportColumns(t)} FROM ${t.reports} r WHERE ${where} = $1`, [value]);
    return found.rows[0] && toStoredReport(found.rows[0]);
  }
  const get = async (id: string) => (isUuid(id) ? readOne('r.id', id) : undefined);

  return {
    migrate: () => runMigrations(pool, t),
    put: (entry) => putReport(ctx, entry, get),
    get,
    list: (query) => listReports(ctx, query),
    readImage: (id, index) => readImage(ctx, id, index),
    markInReview: (id, by, at) => markInReview(ctx, id, by, at, get),
    decide: (id, decision) => decide(ctx, id, decision),
    addAppeal: (appeal) => addAppeal(ctx, appeal),
    listAppeals: (query) => listAppeals(ctx, query),
    async getAppeal(appealId) {
      if (!isUuid(appealId)) return undefined;
      const found = await pool.query<{ appeal: AppealJson }>(
        `SELECT ${appealColumns('a', t)} FROM ${t.appeals} a WHERE a.id = $1`,
        [appealId],
      );
      return found.rows[0] && toAppeal(found.rows[0].appeal);
    },
    decideAppeal: (appealId, decision) => decideAppeal(ctx, appealId, decision),
    findByReceipt: (receiptHash) => readOne('r.receipt_hash', receiptHash),
    listByReporter: (userId, limit) => listByReporter(ctx, userId, limit),
    sweepOrphans: (sweep) => sweepOrphans(ctx, sweep),
    async close() {
      if (owned) await pool.end();
    },
  };
}

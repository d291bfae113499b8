/**
 * The tables of the PostgreSQL store, as versioned migrations. `migrate()`
 * runs them; `sql/postgres/001-reports.sql` is the same text for a DBA to
 * read or run by hand (a test keeps the two identical). Every statement is
 * idempotent, so running a migration twice changes nothing.
 */
import type { Pool } from 'pg';
import { inTransaction, LOCK_SPACE, type Tables } from './context.js';

/** The schema that holds the tables unless the store is given another. */
export const DEFAULT_SCHEMA = 'report_concern';

/** Version 1: reports, their images and their appeals. `s` is the quoted schema name. */
function reports(s: string): string {
  return `CREATE SCHEMA IF NOT EXISTS ${s};

CREATE TABLE IF NOT EXISTS ${s}.schema_version (
  version integer PRIMARY KEY,
  applied_at timestamptz NOT NULL DEFAULT now()
);

-- One row per report; its id (the Idempotency-Key) is the primary key, so
-- of several processes storing one id exactly one INSERT succeeds.
CREATE TABLE IF NOT EXISTS ${s}.reports (
  id uuid PRIMARY KEY,
  reference text NOT NULL,
  received_at timestamptz NOT NULL,
  -- The v1 report as received (docs/PROTOCOL.md §4); jsonb keeps its content, not its key order.
  report jsonb NOT NULL,
  category text GENERATED ALWAYS AS (report ->> 'category') STORED,
  fingerprint text NOT NULL,
  reporter_id text,
  -- Hex SHA-256 of the receipt token; the token itself is never stored.
  receipt_hash text,
  status text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'in-review', 'decided')),
  -- Append-only array of history entries, oldest first.
  history jsonb NOT NULL,
  -- The statement of reasons, once decided.
  decision jsonb,
  CHECK ((status = 'decided') = (decision IS NOT NULL))
);

-- The moderation list: newest first by (received_at, id), filtered by
-- status, category or both, paged by keyset (never OFFSET).
CREATE INDEX IF NOT EXISTS reports_newest ON ${s}.reports (received_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS reports_by_status ON ${s}.reports (status, received_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS reports_by_category ON ${s}.reports (category, received_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS reports_by_status_category ON ${s}.reports (status, category, received_at DESC, id DESC);
-- Status for reporters: by session (their user id) or by receipt.
CREATE INDEX IF NOT EXISTS reports_by_reporter ON ${s}.reports (reporter_id, received_at DESC, id DESC)
  WHERE reporter_id IS NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS reports_by_receipt ON ${s}.reports (receipt_hash)
  WHERE receipt_hash IS NOT NULL;

-- The screenshots of a report, in order: the bytes here, or the key of an
-- object written (and durable) before this row was committed.
CREATE TABLE IF NOT EXISTS ${s}.images (
  report_id uuid NOT NULL REFERENCES ${s}.reports (id) ON DELETE CASCADE,
  position smallint NOT NULL CHECK (position >= 0),
  name text NOT NULL,
  type text NOT NULL CHECK (type IN ('image/png', 'image/jpeg', 'image/webp')),
  size integer NOT NULL CHECK (size >= 0),
  sha256 text NOT NULL,
  bytes bytea,
  object_key text,
  PRIMARY KEY (report_id, position),
  CHECK ((bytes IS NULL) <> (object_key IS NULL))
);
-- PNG, JPEG and WebP are compressed already: store them out of line without trying again.
ALTER TABLE ${s}.images ALTER COLUMN bytes SET STORAGE EXTERNAL;
-- The orphan sweep asks which object keys rows still reference.
CREATE INDEX IF NOT EXISTS images_by_object ON ${s}.images (object_key) WHERE object_key IS NOT NULL;

-- At most one appeal per report and appellant ('reporter' or 'member').
CREATE TABLE IF NOT EXISTS ${s}.appeals (
  id uuid PRIMARY KEY,
  reference text NOT NULL,
  report_id uuid NOT NULL REFERENCES ${s}.reports (id) ON DELETE CASCADE,
  appellant text NOT NULL CHECK (appellant IN ('reporter', 'member')),
  text text NOT NULL,
  created_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'decided')),
  decision jsonb,
  UNIQUE (report_id, appellant),
  CHECK ((status = 'decided') = (decision IS NOT NULL))
);
CREATE INDEX IF NOT EXISTS appeals_newest ON ${s}.appeals (created_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS appeals_by_status ON ${s}.appeals (status, created_at DESC, id DESC);

INSERT INTO ${s}.schema_version (version) VALUES (1) ON CONFLICT (version) DO NOTHING;
`;
}

/** Migrations by version, oldest first; a new one is appended, never edited. */
export const MIGRATIONS: readonly { version: number; file: string; sql: (schema: string) => string }[] = [
  { version: 1, file: '001-reports.sql', sql: reports },
];

/** The text of a shipped migration file: a header for the reader, then exactly what `migrate()` runs. */
export function migrationFile(version: number): string {
  const migration = MIGRATIONS.find((m) => m.version === version);
  if (!migration) throw new Error(`no migration ${version}`);
  return `-- report-concern, PostgreSQL store: migration ${version} (${migration.file}).
-- createPostgresStore(...).migrate() runs exactly these statements, in one
-- transaction, for the schema it is given (default "${DEFAULT_SCHEMA}").
-- Every statement is idempotent. To run it by hand:
--   psql -v ON_ERROR_STOP=1 --single-transaction -f ${migration.file} "$DATABASE_URL"
-- Generated from src/server/postgres/sql.ts by scripts/write-postgres-sql.mjs.

${migration.sql(`"${DEFAULT_SCHEMA}"`)}`;
}

/**
 * Brings the schema up to the newest version. Several processes may start
 * at once: an advisory lock lets one migrate while the others wait, then
 * find nothing left to do (concurrent CREATE ... IF NOT EXISTS can still
 * collide inside PostgreSQL's catalogs).
 */
export async function runMigrations(pool: Pool, tables: Tables): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_SPACE, `migrate:${tables.schema}`]);
    const present = await client.query<{ present: boolean }>('SELECT to_regclass($1) IS NOT NULL AS present', [tables.version]);
    let current = 0;
    if (present.rows[0]?.present) {
      const versions = await client.query<{ version: number }>(`SELECT coalesce(max(version), 0) AS version FROM ${tables.version}`);
      current = versions.rows[0]?.version ?? 0;
    }
    for (const migration of MIGRATIONS) {
      if (migration.version > current) await client.query(migration.sql(tables.quoted));
    }
  });
}

-- report-concern, PostgreSQL store: migration 1 (001-reports.sql).
-- createPostgresStore(...).migrate() runs exactly these statements, in one
-- transaction, for the schema it is given (default "report_concern").
-- Every statement is idempotent. To run it by hand:
--   psql -v ON_ERROR_STOP=1 --single-transaction -f 001-reports.sql "$DATABASE_URL"
-- Generated from src/server/postgres/sql.ts by scripts/write-postgres-sql.mjs.

CREATE SCHEMA IF NOT EXISTS "report_concern";

CREATE TABLE IF NOT EXISTS "report_concern".schema_version (
  version integer PRIMARY KEY,
  applied_at timestamptz NOT NULL DEFAULT now()
);

-- One row per report; its id (the Idempotency-Key) is the primary key, so
-- of several processes storing one id exactly one INSERT succeeds.
CREATE TABLE IF NOT EXISTS "report_concern".reports (
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
CREATE INDEX IF NOT EXISTS reports_newest ON "report_concern".reports (received_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS reports_by_status ON "report_concern".reports (status, received_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS reports_by_category ON "report_concern".reports (category, received_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS reports_by_status_category ON "report_concern".reports (status, category, received_at DESC, id DESC);
-- Status for reporters: by session (their user id) or by receipt.
CREATE INDEX IF NOT EXISTS reports_by_reporter ON "report_concern".reports (reporter_id, received_at DESC, id DESC)
  WHERE reporter_id IS NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS reports_by_receipt ON "report_concern".reports (receipt_hash)
  WHERE receipt_hash IS NOT NULL;

-- The screenshots of a report, in order: the bytes here, or the key of an
-- object written (and durable) before this row was committed.
CREATE TABLE IF NOT EXISTS "report_concern".images (
  report_id uuid NOT NULL REFERENCES "report_concern".reports (id) ON DELETE CASCADE,
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
ALTER TABLE "report_concern".images ALTER COLUMN bytes SET STORAGE EXTERNAL;
-- The orphan sweep asks which object keys rows still reference.
CREATE INDEX IF NOT EXISTS images_by_object ON "report_concern".images (object_key) WHERE object_key IS NOT NULL;

-- At most one appeal per report and appellant ('reporter' or 'member').
CREATE TABLE IF NOT EXISTS "report_concern".appeals (
  id uuid PRIMARY KEY,
  reference text NOT NULL,
  report_id uuid NOT NULL REFERENCES "report_concern".reports (id) ON DELETE CASCADE,
  appellant text NOT NULL CHECK (appellant IN ('reporter', 'member')),
  text text NOT NULL,
  created_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'decided')),
  decision jsonb,
  UNIQUE (report_id, appellant),
  CHECK ((status = 'decided') = (decision IS NOT NULL))
);
CREATE INDEX IF NOT EXISTS appeals_newest ON "report_concern".appeals (created_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS appeals_by_status ON "report_concern".appeals (status, created_at DESC, id DESC);

INSERT INTO "report_concern".schema_version (version) VALUES (1) ON CONFLICT (version) DO NOTHING;

/**
 * Storing a report once, whatever the number of processes.
 *
 * One statement (`claimSql`) takes a transaction-scoped advisory lock on the
 * report id without waiting (`pg_try_advisory_xact_lock`) and, only if it got
 * it, inserts the report (`ON CONFLICT (id) DO NOTHING`) and its image rows:
 *
 * - lock taken, row inserted: `created` once committed;
 * - lock taken, nothing inserted: the id was committed by an earlier put,
 *   read back as `exists`;
 * - lock held elsewhere: another transaction, in any process, is storing
 *   this id right now. A read that finds the row answers `exists` (the other
 *   one has just committed); otherwise `in-progress`.
 *
 * The lock lives exactly as long as the writer's transaction: a crashed
 * process's connection ends, PostgreSQL rolls back and releases it, so no id
 * is ever left stuck (no claim row to expire). Without it, a second INSERT
 * would wait on the first's uncommitted row until that one finished.
 *
 * With bytes in `bytea` the statement is its own transaction: one round
 * trip. With object storage it runs in a transaction that writes the objects
 * after the (still invisible) rows and commits only once they are durable,
 * so a committed row never points at a missing object; a failed write rolls
 * the rows back and leaves orphans for `sweepOrphans`.
 */
import type { PoolClient } from 'pg';
import { StoreInputError, type NewReport, type PutResult, type ReceivedImage, type StoredReport } from '../store.js';
import { inTransaction, isoTime, isUuid, reportLock, type Context } from './context.js';
import { objectKey } from './images.js';
import type { ObjectStorage } from '../objects.js';

type Attempt = 'created' | 'stored-before' | 'busy';

export async function putReport(ctx: Context, entry: NewReport, read: (id: string) => Promise<StoredReport | undefined>): Promise<PutResult> {
  if (!isUuid(entry.id)) throw new StoreInputError(`A report id is a UUID, not ${JSON.stringify(entry.id)}.`);
  const stored = storedOf(entry);
  const attempt = ctx.objects ? await claimWithObjects(ctx, ctx.objects, stored, entry.images) : await claim(ctx.pool, ctx, stored, entry.images);
  if (attempt === 'created') return { status: 'created', stored };
  const existing = await read(entry.id);
  if (existing) return { status: 'exists', stored: existing };
  if (attempt === 'busy') return { status: 'in-progress' };
  // Inserted by someone else yet not readable: only a delete in between could do that.
  throw new Error(`The report ${entry.id} was stored and is gone.`);
}

/** The report as it will read back once committed. */
function storedOf(entry: NewReport): StoredReport {
  // The spec's handler passes the time it received the report; an older handler may not.
  const receivedAt = isoTime(entry.receivedAt ?? new Date().toISOString(), 'receivedAt');
  const stored: StoredReport = {
    id: entry.id.toLowerCase(),
    reference: entry.reference,
    receivedAt,
    report: entry.report,
    fingerprint: entry.fingerprint,
    images: entry.images.map(({ name, type, bytes, sha256 }) => ({ name, type, size: bytes.byteLength, sha256 })),
    status: 'received',
    history: [{ type: 'received', at: receivedAt, by: 'system' }],
    appeals: [],
  };
  if (entry.reporter) stored.reporter = { userId: entry.reporter.userId };
  if (entry.receiptHash !== undefined) stored.receiptHash = entry.receiptHash;
  return stored;
}

function claimSql(ctx: Context): string {
  const t = ctx.tables;
  return `WITH lock AS (
      SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS taken
    ), report AS (
      INSERT INTO ${t.reports} (id, reference, received_at, report, fingerprint, reporter_id, receipt_hash, history)
      SELECT $3, $4, $5, $6, $7, $8, $9, $10 FROM lock WHERE lock.taken
      ON CONFLICT (id) DO NOTHING
      RETURNING id
    ), images AS (
      INSERT INTO ${t.images} (report_id, position, name, type, size, sha256, bytes, object_key)
      SELECT report.id, image.position, image.name, image.type, image.size, image.sha256, image.bytes, image.object_key
      FROM report, unnest($11::smallint[], $12::text[], $13::text[], $14::int[], $15::text[], $16::bytea[], $17::text[])
        AS image (position, name, type, size, sha256, bytes, object_key)
    )
    SELECT (SELECT taken FROM lock) AS taken, EXISTS (SELECT 1 FROM report) AS inserted`;
}

/** Runs the claim on `on` (the pool: its own transaction; a client: inside the caller's). */
async function claim(on: Pick<PoolClient, 'query'>, ctx: Context, stored: StoredReport, images: ReceivedImage[], keys?: string[]): Promise<Attempt> {
  const result = await on.query<{ taken: boolean; inserted: boolean }>(claimSql(ctx), [
    ...reportLock(ctx.tables, stored.id),
    stored.id,
    stored.reference,
    stored.receivedAt,
    JSON.stringify(stored.report),
    stored.fingerprint,
    stored.reporter?.userId ?? null,
    stored.receiptHash ?? null,
    JSON.stringify(stored.history),
    images.map((_, i) => i),
    images.map((image) => image.name),
    images.map((image) => image.type),
    images.map((image) => image.bytes.byteLength),
    images.map((image) => image.sha256),
    images.map((image) => (keys ? null : Buffer.from(image.bytes.buffer, image.bytes.byteOffset, image.bytes.byteLength))),
    images.map((_, i) => keys?.[i] ?? null),
  ]);
  const row = result.rows[0];
  if (!row?.taken) return 'busy';
  return row.inserted ? 'created' : 'stored-before';
}

async function claimWithObjects(ctx: Context, objects: ObjectStorage, stored: StoredReport, images: ReceivedImage[]): Promise<Attempt> {
  const keys = images.map((image) => objectKey(stored.id, image));
  return inTransaction(ctx.pool, async (client) => {
    const attempt = await claim(client, ctx, stored, images, keys);
    if (attempt !== 'created') return attempt;
    // Identical images share a content-addressed key: write each once.
    const unique = new Map(images.map((image, i) => [keys[i]!, image]));
    await Promise.all([...unique].map(([key, image]) => objects.put(key, image.bytes, image.type)));
    return attempt;
  });
}

/**
 * Storing a report once, whatever the number of processes.
 *
 * A put runs in one transaction that first takes a transaction-scoped
 * advisory lock on the report id (`pg_try_advisory_xact_lock`, not waiting):
 *
 * - lock taken: `INSERT ... ON CONFLICT (id) DO NOTHING`. Inserted: the
 *   images follow (bytes in the same transaction, or objects written and
 *   durable before COMMIT), and the put is `created`. Not inserted: the row
 *   was committed by an earlier put, read back as `exists`.
 * - lock held elsewhere: another transaction, in any process, is storing or
 *   reading this id right now. After our ROLLBACK, a read that finds the row
 *   answers `exists` (the other one just committed); otherwise `in-progress`.
 *
 * The lock lives exactly as long as the writer's transaction: a crashed
 * process's connection ends, PostgreSQL rolls back and releases it, so no id
 * is ever left stuck (no claim row to expire). Without the lock a second
 * INSERT would block on the first's uncommitted row until it finished.
 */
import type { PoolClient } from 'pg';
import { StoreInputError, type NewReport, type PutResult, type ReceivedImage, type StoredReport } from '../store-contract.js';
import { inTransaction, isoTime, isUuid, reportLock, type Context } from './context.js';
import { objectKey } from './images.js';

type Attempt = 'created' | 'stored-before' | 'busy';

export async function putReport(ctx: Context, entry: NewReport, read: (id: string) => Promise<StoredReport | undefined>): Promise<PutResult> {
  if (!isUuid(entry.id)) throw new StoreInputError(`A report id is a UUID, not ${JSON.stringify(entry.id)}.`);
  const stored = storedOf(entry);
  const attempt = await inTransaction(ctx.pool, async (client): Promise<Attempt> => {
    const lock = await client.query<{ taken: boolean }>('SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS taken', reportLock(ctx.tables, entry.id));
    if (!lock.rows[0]?.taken) return 'busy';
    if (!(await insertReport(ctx, client, stored))) return 'stored-before';
    await insertImages(ctx, client, stored.id, entry.images);
    return 'created';
  });
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

/** True when this transaction inserted the row, false when the id was committed before. */
async function insertReport(ctx: Context, client: PoolClient, stored: StoredReport): Promise<boolean> {
  const inserted = await client.query(
    `INSERT INTO ${ctx.tables.reports} (id, reference, received_at, report, fingerprint, reporter_id, receipt_hash, history)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (id) DO NOTHING`,
    [
      stored.id,
      stored.reference,
      stored.receivedAt,
      JSON.stringify(stored.report),
      stored.fingerprint,
      stored.reporter?.userId ?? null,
      stored.receiptHash ?? null,
      JSON.stringify(stored.history),
    ],
  );
  return inserted.rowCount === 1;
}

/**
 * The image rows, in the report's transaction. With object storage every
 * object is written first, so a committed row never points at a missing
 * object; a failed write throws, the transaction rolls back, and what was
 * written is an orphan for `sweepOrphans`.
 */
async function insertImages(ctx: Context, client: PoolClient, id: string, images: ReceivedImage[]): Promise<void> {
  if (images.length === 0) return;
  const { objects } = ctx;
  const keys = images.map((image) => (objects ? objectKey(id, image) : null));
  if (objects) {
    // Identical images share a content-addressed key: write each once.
    const unique = new Map(images.map((image, i) => [keys[i]!, image]));
    await Promise.all([...unique].map(([key, image]) => objects.put(key, image.bytes, image.type)));
  }
  const values: unknown[] = [];
  const rows = images.map((image, i) => {
    const bytes = objects ? null : Buffer.from(image.bytes.buffer, image.bytes.byteOffset, image.bytes.byteLength);
    values.push(id, i, image.name, image.type, image.bytes.byteLength, image.sha256, bytes, keys[i]);
    const at = i * 8;
    return `($${at + 1}, $${at + 2}, $${at + 3}, $${at + 4}, $${at + 5}, $${at + 6}, $${at + 7}, $${at + 8})`;
  });
  await client.query(
    `INSERT INTO ${ctx.tables.images} (report_id, position, name, type, size, sha256, bytes, object_key) VALUES ${rows.join(', ')}`,
    values,
  );
}

/**
 * Screenshots: read back from `bytea` or from object storage, the keys
 * objects are stored under, and the sweep of objects no row references.
 */
import type { ImageType } from '../../report/limits.js';
import type { ReceivedImage } from '../store.js';
import { inTransaction, isUuid, reportLock, type Context } from './context.js';

const EXTENSIONS: Record<ImageType, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };

/**
 * `{reportId}/{sha256}.{ext}`: content-addressed under the report, so a
 * retry writes the same bytes to the same key, and a repeat carrying other
 * bytes (refused later as a different report) cannot overwrite the first.
 */
export function objectKey(reportId: string, image: Pick<ReceivedImage, 'sha256' | 'type'>): string {
  return `${reportId.toLowerCase()}/${image.sha256}.${EXTENSIONS[image.type]}`;
}

const KEY = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/[0-9a-f]{64}\.(png|jpg|webp)$/;

export async function readImage(ctx: Context, id: string, index: number): Promise<{ type: ImageType; bytes: Uint8Array } | undefined> {
  if (!isUuid(id) || !Number.isInteger(index) || index < 0 || index > 32767) return undefined;
  const found = await ctx.pool.query<{ type: ImageType; bytes: Buffer | null; object_key: string | null }>(
    `SELECT type, bytes, object_key FROM ${ctx.tables.images} WHERE report_id = $1 AND position = $2`,
    [id, index],
  );
  const row = found.rows[0];
  if (!row) return undefined;
  if (row.bytes) return { type: row.type, bytes: new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength) };
  if (!ctx.objects || row.object_key === null) {
    throw new Error(`The image ${index} of report ${id} is in object storage, but this store was created without \`objects\`.`);
  }
  const bytes = await ctx.objects.get(row.object_key);
  // Objects are written before their row commits; a missing one was deleted behind the store's back.
  if (!bytes) throw new Error(`The object ${row.object_key} (image ${index} of report ${id}) is missing from object storage.`);
  return { type: row.type, bytes };
}

export interface SweepOptions {
  /**
   * Milliseconds: objects younger than this are never deleted. Default one
   * hour. A put holds its report's lock while it writes, and the sweep skips
   * locked reports, so this is a second guard, not the only one.
   */
  olderThan?: number;
}

/**
 * Deletes the objects that no image row references and that are older than
 * `olderThan`: what a put wrote before its transaction failed or its process
 * died. Keys this store did not write are left alone. Lists the whole
 * prefix: run it now and then (daily), not per request.
 */
export async function sweepOrphans(ctx: Context, options: SweepOptions = {}): Promise<{ deleted: string[] }> {
  const { objects } = ctx;
  if (!objects) return { deleted: [] };
  const cutoff = Date.now() - (options.olderThan ?? 60 * 60 * 1000);
  const candidates = new Map<string, string[]>();
  for await (const object of objects.list()) {
    const match = KEY.exec(object.key);
    if (!match || object.lastModified.getTime() > cutoff) continue;
    const keys = candidates.get(match[1]!) ?? [];
    keys.push(object.key);
    candidates.set(match[1]!, keys);
  }
  const deleted: string[] = [];
  for (const [reportId, keys] of candidates) deleted.push(...(await sweepReport(ctx, reportId, keys)));
  return { deleted };
}

/**
 * Under the report's put lock, so no put of this id is between writing its
 * objects and committing: what no row references now is truly unreferenced.
 * A report being stored right now is skipped until the next sweep.
 */
async function sweepReport(ctx: Context, reportId: string, keys: string[]): Promise<string[]> {
  const objects = ctx.objects!;
  return inTransaction(ctx.pool, async (client) => {
    const lock = await client.query<{ taken: boolean }>('SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS taken', reportLock(ctx.tables, reportId));
    if (!lock.rows[0]?.taken) return [];
    const referenced = await client.query<{ object_key: string }>(
      `SELECT object_key FROM ${ctx.tables.images} WHERE object_key = ANY($1::text[])`,
      [keys],
    );
    const keep = new Set(referenced.rows.map((row) => row.object_key));
    const orphans = keys.filter((key) => !keep.has(key));
    for (const key of orphans) await objects.delete(key);
    return orphans;
  });
}

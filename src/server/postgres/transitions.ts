/**
 * The moderation steps. Each is one SQL statement whose WHERE holds the
 * state it starts from (`UPDATE ... WHERE status = ... RETURNING`), so of two
 * moderators acting at once one changes the row and the other changes
 * nothing; only then is the row read to tell `not-found` from `conflict`.
 * History entries are appended in the same statement as the change, with
 * their times as given.
 */
import type { Appeal, AppealDecision, Changed, Decision, StoredReport } from '../store.js';
import { StoreInputError } from '../store.js';
import { checkedTime, isoTime, isUuid, type Context } from './context.js';
import { appealColumns, reportColumns, toAppeal, toStoredReport, type AppealJson, type ReportRow } from './rows.js';

const notFound = { ok: false, reason: 'not-found' } as const;
const conflict = { ok: false, reason: 'conflict' } as const;

/** The changed report, read in the same statement that changed it. */
async function changeReport(ctx: Context, change: string, values: unknown[]): Promise<StoredReport | undefined> {
  const result = await ctx.pool.query<ReportRow>(`WITH r AS (${change} RETURNING *) SELECT ${reportColumns(ctx.tables)} FROM r`, values);
  return result.rows[0] && toStoredReport(result.rows[0]);
}

async function statusOf(ctx: Context, id: string): Promise<StoredReport['status'] | undefined> {
  const found = await ctx.pool.query<{ status: StoredReport['status'] }>(`SELECT status FROM ${ctx.tables.reports} WHERE id = $1`, [id]);
  return found.rows[0]?.status;
}

export async function markInReview(
  ctx: Context,
  id: string,
  by: string,
  at: string,
  read: (id: string) => Promise<StoredReport | undefined>,
): Promise<Changed<StoredReport>> {
  if (!isUuid(id)) return notFound;
  const entry = { type: 'review', at: checkedTime(at, 'at'), by };
  const changed = await changeReport(
    ctx,
    `UPDATE ${ctx.tables.reports} SET status = 'in-review', history = history || jsonb_build_array($2::jsonb)
     WHERE id = $1 AND status = 'received'`,
    [id, JSON.stringify(entry)],
  );
  if (changed) return { ok: true, value: changed };
  const stored = await read(id);
  if (!stored) return notFound;
  // Already in review: the step is done, by whoever did it first.
  return stored.status === 'in-review' ? { ok: true, value: stored } : conflict;
}

export async function decide(ctx: Context, id: string, decision: Decision): Promise<Changed<StoredReport>> {
  if (!isUuid(id)) return notFound;
  const entry = { type: 'decision', at: checkedTime(decision.decidedAt, 'decidedAt'), by: decision.decidedBy, action: decision.action };
  const changed = await changeReport(
    ctx,
    `UPDATE ${ctx.tables.reports} SET status = 'decided', decision = $2::jsonb, history = history || jsonb_build_array($3::jsonb)
     WHERE id = $1 AND status IN ('received', 'in-review')`,
    [id, JSON.stringify(decision), JSON.stringify(entry)],
  );
  if (changed) return { ok: true, value: changed };
  return (await statusOf(ctx, id)) ? conflict : notFound;
}

/**
 * One statement: lock the decided report while the appeal is in time, insert
 * the appeal unless this appellant has one (the unique key on report and
 * appellant), and append the history entry only if it was inserted.
 */
export async function addAppeal(ctx: Context, appeal: Appeal): Promise<Changed<Appeal>> {
  if (!isUuid(appeal.reportId)) return notFound;
  if (!isUuid(appeal.id)) throw new StoreInputError(`An appeal id is a UUID, not ${JSON.stringify(appeal.id)}.`);
  const createdAt = isoTime(appeal.createdAt, 'createdAt');
  const t = ctx.tables;
  const result = await ctx.pool.query<{ appeal: AppealJson }>(
    `WITH target AS (
       SELECT id FROM ${t.reports}
       WHERE id = $2 AND status = 'decided' AND (decision ->> 'appealUntil')::timestamptz >= $6::timestamptz
       FOR UPDATE
     ), a AS (
       INSERT INTO ${t.appeals} (id, reference, report_id, appellant, text, created_at)
       SELECT $1, $3, target.id, $4, $5, $6 FROM target
       ON CONFLICT DO NOTHING
       RETURNING *
     ), logged AS (
       UPDATE ${t.reports} r SET history = r.history || jsonb_build_array($7::jsonb) FROM a WHERE r.id = a.report_id
     )
     SELECT ${appealColumns('a', t)} FROM a`,
    [
      appeal.id,
      appeal.reportId,
      appeal.reference,
      appeal.by,
      appeal.text,
      createdAt,
      JSON.stringify({ type: 'appeal', at: appeal.createdAt, by: appeal.by, appealId: appeal.id.toLowerCase() }),
    ],
  );
  const row = result.rows[0];
  if (row) return { ok: true, value: toAppeal(row.appeal) };
  return (await statusOf(ctx, appeal.reportId)) ? conflict : notFound;
}

export async function decideAppeal(ctx: Context, appealId: string, decision: AppealDecision): Promise<Changed<Appeal>> {
  if (!isUuid(appealId)) return notFound;
  const t = ctx.tables;
  const entry = {
    type: 'appeal-decision',
    at: checkedTime(decision.decidedAt, 'decidedAt'),
    by: decision.decidedBy,
    appealId: appealId.toLowerCase(),
    upheld: decision.upheld,
  };
  const result = await ctx.pool.query<{ appeal: AppealJson }>(
    `WITH a AS (
       UPDATE ${t.appeals} SET status = 'decided', decision = $2::jsonb WHERE id = $1 AND status = 'pending' RETURNING *
     ), logged AS (
       UPDATE ${t.reports} r SET history = r.history || jsonb_build_array($3::jsonb) FROM a WHERE r.id = a.report_id
     )
     SELECT ${appealColumns('a', t)} FROM a`,
    [appealId, JSON.stringify(decision), JSON.stringify(entry)],
  );
  const row = result.rows[0];
  if (row) return { ok: true, value: toAppeal(row.appeal) };
  const exists = await ctx.pool.query(`SELECT 1 FROM ${t.appeals} WHERE id = $1`, [appealId]);
  return exists.rowCount ? conflict : notFound;
}

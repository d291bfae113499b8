/**
 * Listing: the moderation list and the appeals, newest first, paged by
 * keyset. A page asks for the rows after the last one shown,
 * `(received_at, id) < (cursor)`, which the indexes in sql.ts answer by
 * reading just that page, at the first page as at the thousandth (OFFSET
 * would read and drop every row before it).
 */
import {
  StoreInputError,
  type AppealPage,
  type AppealQuery,
  type ListPage,
  type ListQuery,
  type ReportStatus,
  type StoredReport,
} from '../store.js';
import { pageLimit } from '../listing.js';
import { isUuid, type Context } from './context.js';
import {
  appealColumns,
  exactTime,
  reportColumns,
  summaryColumns,
  toAppeal,
  toStoredReport,
  toSummary,
  type AppealJson,
  type ReportRow,
  type SummaryRow,
} from './rows.js';

const STATUSES: readonly ReportStatus[] = ['received', 'in-review', 'decided'];
const APPEAL_STATUSES = ['pending', 'decided'];
const EXACT_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** 1..100, default 50; out-of-range numbers are brought into range. */
/** The same bounds as every store (1..100, default 50; anything else is a StoreInputError). */
export const pageSize = pageLimit;

/** The position after which the next page starts, as an opaque string. */
export function encodeCursor(time: string, id: string): string {
  return Buffer.from(JSON.stringify([time, id])).toString('base64url');
}

export function decodeCursor(cursor: string): { time: string; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || !EXACT_TIME.test(parsed[0]) || !isUuid(parsed[1])) {
    throw new StoreInputError('This cursor was not given out by this store: start again from the first page.');
  }
  return { time: parsed[0], id: parsed[1] };
}

/** WHERE clauses and their values; every clause is fixed text, every input a parameter. */
class Conditions {
  readonly clauses: string[] = [];
  readonly values: unknown[] = [];
  add(clause: (at: (value: unknown) => string) => string): void {
    this.clauses.push(
      clause((value) => {
        this.values.push(value);
        return `$${this.values.length}`;
      }),
    );
  }
  where(): string {
    return this.clauses.length ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}

export async function listReports(ctx: Context, query: ListQuery = {}): Promise<ListPage> {
  const limit = pageSize(query.limit);
  const conditions = new Conditions();
  if (query.status !== undefined) {
    if (!STATUSES.includes(query.status)) throw new StoreInputError(`The status must be one of ${STATUSES.join(', ')}.`);
    conditions.add((at) => `r.status = ${at(query.status)}`);
  }
  if (query.category !== undefined) conditions.add((at) => `r.category = ${at(query.category)}`);
  if (query.cursor !== undefined) {
    const after = decodeCursor(query.cursor);
    conditions.add((at) => `(r.received_at, r.id) < (${at(after.time)}::timestamptz, ${at(after.id)}::uuid)`);
  }
  const result = await ctx.pool.query<SummaryRow>(
    `SELECT ${summaryColumns(ctx.tables)} FROM ${ctx.tables.reports} r ${conditions.where()}
     ORDER BY r.received_at DESC, r.id DESC LIMIT ${limit + 1}`,
    conditions.values,
  );
  const rows = result.rows.slice(0, limit);
  const last = rows.at(-1);
  const page: ListPage = { reports: rows.map(toSummary) };
  if (result.rows.length > limit && last) page.next = encodeCursor(last.position, last.id);
  return page;
}

export async function listAppeals(ctx: Context, query: AppealQuery = {}): Promise<AppealPage> {
  const limit = pageSize(query.limit);
  const conditions = new Conditions();
  if (query.status !== undefined) {
    if (!APPEAL_STATUSES.includes(query.status)) throw new StoreInputError(`The status must be one of ${APPEAL_STATUSES.join(', ')}.`);
    conditions.add((at) => `a.status = ${at(query.status)}`);
  }
  if (query.cursor !== undefined) {
    const after = decodeCursor(query.cursor);
    conditions.add((at) => `(a.created_at, a.id) < (${at(after.time)}::timestamptz, ${at(after.id)}::uuid)`);
  }
  const result = await ctx.pool.query<{ appeal: AppealJson; report_reference: string; position: string }>(
    `SELECT ${appealColumns('a', ctx.tables)}, ${exactTime('a.created_at')} AS position
     FROM ${ctx.tables.appeals} a ${conditions.where()}
     ORDER BY a.created_at DESC, a.id DESC LIMIT ${limit + 1}`,
    conditions.values,
  );
  const rows = result.rows.slice(0, limit);
  const last = rows.at(-1);
  const page: AppealPage = { appeals: rows.map((row) => ({ ...toAppeal(row.appeal), reportReference: row.report_reference })) };
  if (result.rows.length > limit && last) page.next = encodeCursor(last.position, last.appeal.id);
  return page;
}

/** A reporter's own reports, newest first (status by session). */
export async function listByReporter(ctx: Context, userId: string, limit = 50): Promise<StoredReport[]> {
  const result = await ctx.pool.query<ReportRow>(
    `SELECT ${reportColumns(ctx.tables)} FROM ${ctx.tables.reports} r
     WHERE r.reporter_id = $1 ORDER BY r.received_at DESC, r.id DESC LIMIT $2`,
    [userId, pageSize(limit)],
  );
  return result.rows.map(toStoredReport);
}

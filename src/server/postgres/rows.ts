/**
 * Reading rows back as the contract's shapes. Times leave PostgreSQL as ISO
 * text (`iso()`), never as JS Dates, so they read the same whatever the
 * session's time zone; optional fields are left out when empty.
 */
import type {
  Appeal,
  AppealDecision,
  Decision,
  HistoryEntry,
  ImageRecord,
  ReportSummary,
  StoredReport,
} from '../store.js';
import type { Report } from '../../report/schema.js';
import type { Tables } from './context.js';

/** A timestamptz column as `Date#toISOString` would write it. */
export const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A timestamptz column to the microsecond, for cursors (rows loaded by SQL may have microseconds). */
export const exactTime = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** What a stored report is selected as; `r` is the reports row. */
export function reportColumns(t: Tables): string {
  return `r.id, r.reference, ${iso('r.received_at')} AS received_at, r.report, r.fingerprint, r.reporter_id,
  r.receipt_hash, r.status, r.history, r.decision,
  (SELECT coalesce(jsonb_agg(jsonb_build_object('name', i.name, 'type', i.type, 'size', i.size, 'sha256', i.sha256)
     ORDER BY i.position), '[]'::jsonb) FROM ${t.images} i WHERE i.report_id = r.id) AS images,
  (SELECT coalesce(jsonb_agg(jsonb_build_object(${appealObject('a')}) ORDER BY a.created_at, a.id), '[]'::jsonb)
     FROM ${t.appeals} a WHERE a.report_id = r.id) AS appeals`;
}

/** An appeals row as a JSON object with the contract's field names. */
function appealObject(a: string): string {
  return `'id', ${a}.id, 'reference', ${a}.reference, 'reportId', ${a}.report_id, 'by', ${a}.appellant,
    'text', ${a}.text, 'createdAt', ${iso(`${a}.created_at`)}, 'status', ${a}.status, 'decision', ${a}.decision`;
}

/** What an appeal is selected as: one JSON column `appeal`, plus its report's reference. */
export function appealColumns(a: string, t: Tables): string {
  return `jsonb_build_object(${appealObject(a)}) AS appeal,
  (SELECT reference FROM ${t.reports} WHERE id = ${a}.report_id) AS report_reference`;
}

export interface ReportRow {
  id: string;
  reference: string;
  received_at: string;
  report: Report;
  fingerprint: string;
  reporter_id: string | null;
  receipt_hash: string | null;
  status: StoredReport['status'];
  history: HistoryEntry[];
  decision: Decision | null;
  images: ImageRecord[];
  appeals: AppealJson[];
}

export interface AppealJson extends Omit<Appeal, 'decision'> {
  decision: AppealDecision | null;
}

export function toAppeal(json: AppealJson): Appeal {
  const { decision, ...rest } = json;
  return decision ? { ...rest, decision } : rest;
}

export function toStoredReport(row: ReportRow): StoredReport {
  const stored: StoredReport = {
    id: row.id,
    reference: row.reference,
    receivedAt: row.received_at,
    report: row.report,
    fingerprint: row.fingerprint,
    images: row.images,
    status: row.status,
    history: row.history,
    appeals: row.appeals.map(toAppeal),
  };
  if (row.reporter_id !== null) stored.reporter = { userId: row.reporter_id };
  if (row.receipt_hash !== null) stored.receiptHash = row.receipt_hash;
  if (row.decision !== null) stored.decision = row.decision;
  return stored;
}

/** What one line of the moderation list is selected as. */
export function summaryColumns(t: Tables): string {
  return `r.id, r.reference, ${iso('r.received_at')} AS received_at, r.category, r.report -> 'subject' AS subject, r.status,
  coalesce((r.report ->> 'urgent')::boolean, false) AS urgent,
  (SELECT count(*)::int FROM ${t.images} i WHERE i.report_id = r.id) AS screenshots,
  ${exactTime('r.received_at')} AS position`;
}

export interface SummaryRow {
  id: string;
  reference: string;
  received_at: string;
  category: ReportSummary['category'];
  subject: ReportSummary['subject'];
  status: ReportSummary['status'];
  urgent: boolean;
  screenshots: number;
  position: string;
}

export function toSummary(row: SummaryRow): ReportSummary {
  return {
    id: row.id,
    reference: row.reference,
    receivedAt: row.received_at,
    category: row.category,
    subject: row.subject,
    status: row.status,
    urgent: row.urgent,
    screenshots: row.screenshots,
  };
}

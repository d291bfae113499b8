import type { ImageType } from '../report/limits.js';
import { createSortedIndex, normalTime, pageLimit, DEFAULT_LIMIT } from './listing.js';
import type { Appeal, Changed, ModerationStore, NewReport, PutResult, ReportSummary, StoredReport } from './store.js';
import * as steps from './transitions.js';
import type { ModerationState, Step } from './transitions.js';

interface Kept {
  at: string;
  id: string;
  stored: StoredReport;
  images: { type: ImageType; bytes: Uint8Array }[];
}

/** What the moderation list shows of a stored report. */
export function summaryOf(stored: StoredReport): ReportSummary {
  return {
    id: stored.id,
    reference: stored.reference,
    receivedAt: stored.receivedAt,
    category: stored.report.category,
    subject: stored.report.subject,
    status: stored.status,
    urgent: stored.report.urgent,
    screenshots: stored.images.length,
  };
}

/** A new report as a store keeps it: no moderation yet, image bytes apart. */
export function storedOf(entry: NewReport): StoredReport {
  return {
    id: entry.id,
    reference: entry.reference,
    receivedAt: entry.receivedAt,
    report: entry.report,
    fingerprint: entry.fingerprint,
    images: entry.images.map(({ name, type, bytes, sha256 }) => ({ name, type, size: bytes.byteLength, sha256 })),
    ...(entry.reporter ? { reporter: { userId: entry.reporter.userId } } : {}),
    ...(entry.receiptHash ? { receiptHash: entry.receiptHash } : {}),
    ...steps.initialState(entry.receivedAt),
  };
}

/**
 * Keeps reports in this process's memory: for tests and for trying the
 * handler out. Everything is gone when the process ends. Every step runs
 * without awaiting between its read and its write, so each is atomic.
 */
export function createMemoryStore(): ModerationStore {
  const reports = createSortedIndex<Kept>();
  const appeals = createSortedIndex<{ at: string; id: string; reportId: string }>();

  /** Applies a step to a report and keeps the result. */
  function apply<T>(id: string, step: (state: ModerationState) => Step<T>): Changed<T> {
    const kept = reports.get(id);
    if (!kept) return { ok: false, reason: 'not-found' };
    const result = step(kept.stored);
    if (!result.ok) return result;
    kept.stored = { ...kept.stored, ...result.state };
    return { ok: true, value: result.value };
  }

  const appealOf = (appealId: string): Appeal | undefined => {
    const reportId = appeals.get(appealId)?.reportId;
    return reportId === undefined ? undefined : reports.get(reportId)?.stored.appeals.find((a) => a.id === appealId);
  };

  return {
    async put(entry): Promise<PutResult> {
      const existing = reports.get(entry.id);
      if (existing) return { status: 'exists', stored: existing.stored };
      const stored = storedOf(entry);
      const images = entry.images.map((image) => ({ type: image.type, bytes: image.bytes }));
      reports.set({ at: normalTime(entry.receivedAt), id: entry.id, stored, images });
      return { status: 'created', stored };
    },
    async get(id) {
      return reports.get(id)?.stored;
    },
    async list(query = {}) {
      const page = reports.page(pageLimit(query.limit), query.cursor, ({ stored }) => {
        return (!query.status || stored.status === query.status) && (!query.category || stored.report.category === query.category);
      });
      return { reports: page.items.map((kept) => summaryOf(kept.stored)), ...(page.next ? { next: page.next } : {}) };
    },
    async readImage(id, index) {
      return Number.isInteger(index) ? reports.get(id)?.images[index] : undefined;
    },
    async markInReview(id, by, at) {
      const result = apply(id, (state) => steps.review(state, by, at));
      return result.ok ? { ok: true, value: reports.get(id)!.stored } : result;
    },
    async decide(id, decision) {
      const result = apply(id, (state) => steps.decide(state, decision));
      return result.ok ? { ok: true, value: reports.get(id)!.stored } : result;
    },
    async addAppeal(appeal) {
      const result = apply(appeal.reportId, (state) => steps.appeal(state, appeal));
      if (result.ok) appeals.set({ at: normalTime(appeal.createdAt), id: appeal.id, reportId: appeal.reportId });
      return result;
    },
    async listAppeals(query = {}) {
      const page = appeals.page(pageLimit(query.limit), query.cursor, (a) => !query.status || appealOf(a.id)?.status === query.status);
      return {
        appeals: page.items.map((a) => ({ ...appealOf(a.id)!, reportReference: reports.get(a.reportId)!.stored.reference })),
        ...(page.next ? { next: page.next } : {}),
      };
    },
    async getAppeal(appealId) {
      return appealOf(appealId);
    },
    async decideAppeal(appealId, decision) {
      const reportId = appeals.get(appealId)?.reportId;
      if (reportId === undefined) return { ok: false, reason: 'not-found' };
      return apply(reportId, (state) => steps.decideAppeal(state, appealId, decision));
    },
    async findByReceipt(receiptHash) {
      return reports.newest(1, ({ stored }) => stored.receiptHash === receiptHash)[0]?.stored;
    },
    async listByReporter(userId, limit = DEFAULT_LIMIT) {
      return reports.newest(limit, ({ stored }) => stored.reporter?.userId === userId).map((kept) => kept.stored);
    },
  };
}

// The store contract v2 (report-concern, 2026-12-04). Authoritative for every
// helper: src/server/store.ts becomes exactly this (comments may be improved).
// If a helper finds it must change a signature, it reports the change.
import type { Report } from '../report/schema.js';
import type { ImageType } from '../report/limits.js';

/** One image of a report as received, after its bytes were verified. */
export interface ReceivedImage {
  /** `screenshot-{i+1}.{png|jpg|webp}`; the i-th file is `evidence.screenshots[i]`. */
  name: string;
  type: ImageType;
  bytes: Uint8Array;
  /** Hex SHA-256 of `bytes`. */
  sha256: string;
}

export interface ImageRecord { name: string; type: ImageType; size: number; sha256: string }

export type ReportStatus = 'received' | 'in-review' | 'decided';
export type DecisionAction = 'removed' | 'restricted' | 'account-suspended' | 'warning' | 'no-action';

/** The statement of reasons (DSA Art. 17). `appealUntil` is six months after `decidedAt`. */
export interface Decision {
  action: DecisionAction;
  ground: 'law' | 'terms';
  groundDetail: string;
  explanation: string;
  automated: boolean;
  decidedBy: string;
  decidedAt: string;
  appealUntil: string;
}

export interface AppealDecision { upheld: boolean; explanation: string; decidedBy: string; decidedAt: string }

export interface Appeal {
  id: string;            // uuid
  reference: string;     // shown to the person who appealed
  reportId: string;
  /** Who contests: the reporter, or the member the decision concerns. */
  by: 'reporter' | 'member';
  text: string;
  createdAt: string;
  status: 'pending' | 'decided';
  decision?: AppealDecision;
}

/** Append-only; newest last. `by` is a moderator id, or "system". */
export type HistoryEntry =
  | { type: 'received'; at: string; by: string }
  | { type: 'review'; at: string; by: string }
  | { type: 'decision'; at: string; by: string; action: DecisionAction }
  | { type: 'appeal'; at: string; by: string; appealId: string }
  | { type: 'appeal-decision'; at: string; by: string; appealId: string; upheld: boolean };

/** What a store keeps about a report (the image bytes apart). */
export interface StoredReport {
  id: string;
  /** Stable per id; a repeat is answered with the same one. */
  reference: string;
  receivedAt: string;
  report: Report;
  /** SHA-256 over the canonical report JSON and each image's SHA-256. */
  fingerprint: string;
  images: ImageRecord[];
  /** The reporter as the host's `identify` knew them. */
  reporter?: { userId: string };
  /** Hex SHA-256 of the receipt token (docs/PROTOCOL.md §9); the token itself is never stored. */
  receiptHash?: string;
  status: ReportStatus;
  history: HistoryEntry[];
  decision?: Decision;
  appeals: Appeal[];
}

export interface NewReport {
  id: string;
  reference: string;
  report: Report;
  fingerprint: string;
  images: ReceivedImage[];
  reporter?: { userId: string };
  receiptHash?: string;
  /** ISO time the handler received it (the store may not take its own clock). */
  receivedAt: string;
}

export type PutResult =
  | { status: 'created'; stored: StoredReport }
  /** Already stored (the caller compares fingerprints). */
  | { status: 'exists'; stored: StoredReport }
  /** Another request (any process) is storing this id right now. */
  | { status: 'in-progress' };

/** One line of the moderation list. */
export interface ReportSummary {
  id: string;
  reference: string;
  receivedAt: string;
  category: Report['category'];
  subject: Report['subject'];
  status: ReportStatus;
  urgent: boolean;
  screenshots: number;
}

export interface ListQuery {
  status?: ReportStatus;
  category?: string;
  /** 1..100, default 50. */
  limit?: number;
  /** Opaque, from a previous page's `next`. A malformed cursor throws `StoreInputError`. */
  cursor?: string;
}
/** Newest first by (receivedAt, id); `next` is absent on the last page. */
export interface ListPage { reports: ReportSummary[]; next?: string }

export interface AppealQuery { status?: Appeal['status']; limit?: number; cursor?: string }
export interface AppealPage { appeals: (Appeal & { reportReference: string })[]; next?: string }

/** Why a moderation step was not taken. */
export type Refused = { ok: false; reason: 'not-found' | 'conflict' };
export type Changed<T> = { ok: true; value: T } | Refused;

/** What the receiving handler needs: a write-once store with idempotent `put`. */
export interface ReportStore {
  /** Atomic per id across processes: of concurrent puts with one id, exactly one is `created`. */
  put(entry: NewReport): Promise<PutResult>;
  get(id: string): Promise<StoredReport | undefined>;
}

/**
 * What moderation (createModerationHandler) and outcomes (status, appeals) need.
 * Every transition is atomic (two moderators deciding at once: one wins, the other gets `conflict`).
 */
export interface ModerationStore extends ReportStore {
  list(query?: ListQuery): Promise<ListPage>;
  /** The bytes of the index-th image (0-based) of a report. */
  readImage(id: string, index: number): Promise<{ type: ImageType; bytes: Uint8Array } | undefined>;
  /** received → in-review (history `review`). Already in-review: ok, unchanged. decided: conflict. */
  markInReview(id: string, by: string, at: string): Promise<Changed<StoredReport>>;
  /** received | in-review → decided (history `decision`). decided: conflict. */
  decide(id: string, decision: Decision): Promise<Changed<StoredReport>>;
  /**
   * Adds an appeal to a decided report while `appeal.createdAt <= decision.appealUntil`
   * (history `appeal`); else conflict. At most one appeal per report and `by`: a second is conflict.
   */
  addAppeal(appeal: Appeal): Promise<Changed<Appeal>>;
  listAppeals(query?: AppealQuery): Promise<AppealPage>;
  getAppeal(appealId: string): Promise<Appeal | undefined>;
  /** pending → decided (history `appeal-decision` on its report); decided: conflict. */
  decideAppeal(appealId: string, decision: AppealDecision): Promise<Changed<Appeal>>;
  /** For status by receipt: the one report whose receiptHash matches. */
  findByReceipt(receiptHash: string): Promise<StoredReport | undefined>;
  /** For status by session: the reporter's reports, newest first, at most `limit` (default 50). */
  listByReporter(userId: string, limit?: number): Promise<StoredReport[]>;
}

/** Thrown by a store for input a caller got wrong (a bad cursor); the handler answers 400. */
export class StoreInputError extends Error {}

import type { Report } from '../report/schema.js';

/** One image of a report as received, after its bytes were checked. */
export interface ReceivedImage {
  /** The i-th file is `evidence.screenshots[i]`; this is that metadata's `name`. */
  name: string;
  type: 'image/png' | 'image/jpeg' | 'image/webp';
  bytes: Uint8Array;
  /** Hex SHA-256 of `bytes`. */
  sha256: string;
}

/** What a store keeps about a report, without the image bytes. */
export interface StoredReport {
  id: string;
  /** The reference the reporter is shown; a repeat gets the same one. */
  reference: string;
  receivedAt: string;
  report: Report;
  /** Identifies the content: the canonical report JSON and each image's SHA-256. */
  fingerprint: string;
  images: { name: string; type: string; size: number; sha256: string }[];
}

export type PutResult =
  | { status: 'created'; stored: StoredReport }
  /** A report with this id is already stored (compare fingerprints). */
  | { status: 'exists'; stored: StoredReport }
  /** Another request with this id is being stored right now. */
  | { status: 'in-progress' };

/**
 * Where the handler keeps reports. A site puts its own database behind this;
 * `report-concern/server/fs` and `createMemoryStore()` are two such stores.
 * `put` must be atomic per id: of two concurrent puts with one id, one
 * creates and the other sees `exists` or `in-progress`.
 */
export interface ReportStore {
  put(entry: {
    id: string;
    reference: string;
    report: Report;
    fingerprint: string;
    images: ReceivedImage[];
    reporter?: { userId: string };
    receivedAt?: string;
  }): Promise<PutResult>;
  get(id: string): Promise<StoredReport | undefined>;
  /** Newest first; for moderator views. Optional for write-only stores. */
  list?(options?: { limit?: number }): Promise<StoredReport[]>;
  /** The bytes of one stored image, by the report id and image name. */
  readImage?(id: string, name: string): Promise<{ type: string; bytes: Uint8Array } | undefined>;
}

import type { Report, Subject } from './report/schema.js';

export type Outcome = 'delivered' | 'queued' | 'cancelled';

export type ReportErrorCode = 'config' | 'validation' | 'auth' | 'too-large' | 'network' | 'server' | 'storage';

export interface ReportOpenDetail {
  subject: Subject;
}

export interface ReportSubmitDetail {
  /** The report about to be sent; listeners may write `report.extensions`. */
  report: Report;
  /** Delays sending until `promise` settles; a rejection cancels the send. */
  waitUntil(promise: Promise<unknown>): void;
}

export interface DeliveryResponse {
  status: number;
  reference?: string;
  body?: unknown;
}

export interface ReportSuccessDetail {
  report: Report;
  response: DeliveryResponse;
}

export interface ReportErrorDetail {
  report: Report;
  code: ReportErrorCode;
  message: string;
  /** True when the report is kept on this device and will be sent later. */
  queued: boolean;
}

export interface ReportBlockRequestDetail {
  userId: string;
}

export interface ReportCloseDetail {
  outcome: Outcome;
}

export interface ReportConcernEventMap {
  'report-open': CustomEvent<ReportOpenDetail>;
  'report-submit': CustomEvent<ReportSubmitDetail>;
  'report-success': CustomEvent<ReportSuccessDetail>;
  'report-error': CustomEvent<ReportErrorDetail>;
  'report-block-request': CustomEvent<ReportBlockRequestDetail>;
  'report-close': CustomEvent<ReportCloseDetail>;
}

declare global {
  interface HTMLElementEventMap extends ReportConcernEventMap {}
  interface DocumentEventMap extends ReportConcernEventMap {}
}

/**
 * `report-concern/server`: receive reports sent by the widget.
 *
 * ```js
 * import { createReportHandler } from 'report-concern/server';
 * import { createFsStore } from 'report-concern/server/fs';
 * const handle = createReportHandler({ store: createFsStore({ dir: './reports' }) });
 * // in any framework that speaks Fetch: return handle(request);
 * ```
 */
export { createReportHandler } from './handler.js';
export { defaultReference } from './reference.js';
export { fingerprintOf, canonicalJson } from './fingerprint.js';
export type { ReportHandler, ReportHandlerOptions } from './handler.js';
export { createMemoryStore } from './memory-store.js';
export { StoreInputError } from './store.js';
export type {
  ReportStore,
  ModerationStore,
  StoredReport,
  NewReport,
  ReceivedImage,
  ImageRecord,
  PutResult,
  ReportStatus,
  ReportSummary,
  ListQuery,
  ListPage,
  Decision,
  DecisionAction,
  Appeal,
  AppealDecision,
  AppealQuery,
  AppealPage,
  HistoryEntry,
  Changed,
  Refused,
} from './store.js';
export { messageFor, describeErrors } from './messages.js';
export { checkReport, reportSchema, SCHEMA_ID } from '../report/schema.js';
export type { Report, Subject, ContentSubject, UserSubject, Incident, ScreenshotMeta, ErrorCode, FieldErrors, CheckResult } from '../report/schema.js';
export { CATEGORIES, PLACES } from '../report/categories.js';
export { LIMITS, IMAGE_TYPES } from '../report/limits.js';
export { sniffImageType, readImageSize } from '../evidence/sniff.js';
export { createModerationHandler } from './moderation/handler.js';
export type { ModerationHandler, ModerationHandlerOptions } from './moderation/handler.js';

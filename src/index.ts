/**
 * The package's entry for bundlers: the element classes, `configure` and the
 * types. It defines nothing; import `report-concern/report-concern.js` (or
 * call `defineElements()`) to register the tags.
 */
export { configure, type ReportConcernConfig, type PartialConfig, type HeadersSource } from './config.js';
export { FlagButton } from './elements/flag-button/flag-button.js';
export { ReportUserButton } from './elements/report-user-button/report-user-button.js';
export {
  ReportConcernDialog,
  type OpenOptions,
  type OpenResult,
} from './elements/report-concern-dialog/report-concern-dialog.js';
export type * from './events.js';
export type { Report, Subject, ContentSubject, UserSubject, Incident, ScreenshotMeta, FieldErrors } from './report/schema.js';
export { CATEGORIES, PLACES, type Category, type Place } from './report/categories.js';
export type { Strings, StringOverrides } from './i18n/strings.js';
export { VERSION } from './version.js';

import { FlagButton } from './elements/flag-button/flag-button.js';
import { ReportUserButton } from './elements/report-user-button/report-user-button.js';
import { ReportConcernDialog } from './elements/report-concern-dialog/report-concern-dialog.js';
import { safeDefine } from './internal/registry.js';
import { loadOutbox } from './internal/load-dialog.js';
import { wakeOutbox } from './outbox/wake.js';

/**
 * Registers the three tags unless some copy of the widget already did, and
 * sends reports an earlier page left waiting. On a server (no `document`) it
 * does nothing, so it may be called where the same code renders there first.
 */
export function defineElements(): void {
  if (typeof document != 'object') return;
  safeDefine('flag-button', FlagButton);
  safeDefine('report-user-button', ReportUserButton);
  safeDefine('report-concern-dialog', ReportConcernDialog);
  wakeOutbox(loadOutbox);
}

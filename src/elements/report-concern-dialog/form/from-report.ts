/**
 * A report from the outbox back into the form's values, so that a refused
 * report can be corrected. Only what follows a report not simply delivered
 * needs it (undelivered.ts), so it ships there; what it needs of the form's
 * modules comes in as arguments (see undelivered.ts why).
 */
import type { Report } from '../../../report/schema.js';
import type { Shot, Values } from './values.js';

/** A screenshot kept as bytes, back into the form (values.ts `shotOf(preparedOf(…))`). */
export type StoredShot = (blob: Blob, name: string, width?: number, height?: number) => Shot;

export function fromReport(report: Report, files: readonly { name: string; blob: Blob }[], empty: Values, shot: StoredShot): Values {
  const v = empty;
  v.category = report.category;
  v.details = report.details ?? '';
  v.place = report.incident?.place;
  v.placeDetail = report.incident?.placeDetail ?? '';
  v.messageText = report.incident?.messageText ?? '';
  v.links = report.evidence.links.join('\n');
  v.block = report.block;
  v.urgent = report.urgent;
  v.notice = report.notice;
  v.shots = files.map((file, i) => {
    const meta = report.evidence.screenshots[i];
    return shot(file.blob, file.name, meta?.width, meta?.height);
  });
  return v;
}

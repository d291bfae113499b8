/**
 * Step 2 of a request: what the body carried, against what a report is.
 * The byte and count limits were enforced while reading (read-body.ts);
 * here: exactly one `report` field, and screenshots sent as files.
 */
import { invalid, type Step } from './answers.js';
import type { ReceivedBody, ReceivedFile } from './read-body.js';

export interface Attachments {
  reportText: string;
  files: ReceivedFile[];
}

export function checkAttachments(body: ReceivedBody): Step<Attachments> {
  if (body.reports.length === 0) {
    return invalid(400, 'The "report" field is missing.', { report: 'A text field named "report" is required.' });
  }
  if (body.reports.length > 1) {
    return invalid(400, 'The body has more than one "report" field.', { report: 'Send exactly one "report" field.' });
  }
  if (body.textScreenshots > 0) {
    return invalid(422, 'Screenshots must be files.', { 'evidence.screenshots': 'Screenshots must be files.' });
  }
  return { reportText: body.reports[0]!, files: body.files };
}

/**
 * Step 3 of a request: the `report` field to a checked v1 report. Its depth
 * is measured before `JSON.parse`, so no nesting can overflow the stack of
 * the parser, the rules or the fingerprint; unsafe characters are removed
 * from what people read (report/text.ts) before the rules see it.
 */
import { checkReport, type Report } from '../report/schema.js';
import { withoutUnsafe } from '../report/text.js';
import { describeErrors } from './messages.js';
import { invalid, tooLarge, type Step } from './answers.js';

/** Nesting a report may have: the v1 fields need 4 levels; `extensions` gets the rest. */
export const JSON_DEPTH_MAX = 32;

/** The deepest nesting of objects and arrays in JSON text, found without parsing it. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > deepest) deepest = depth;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return deepest;
}

type Texts = Record<string, unknown> | undefined;

function clean(holder: Texts, key: string): void {
  if (holder && typeof holder === 'object' && typeof holder[key] === 'string') holder[key] = withoutUnsafe(holder[key]);
}

/** Removes unsafe characters from the fields people read, in place, before the rules check them. */
function cleanTexts(value: unknown): void {
  if (!value || typeof value !== 'object') return;
  const report = value as Record<string, Texts>;
  clean(report as Texts, 'details');
  clean(report.subject, 'userName');
  clean(report.subject, 'excerpt');
  clean(report.incident, 'placeDetail');
  clean(report.incident, 'messageText');
  clean(report.notice, 'law');
  clean((report.notice as Record<string, Texts> | undefined)?.notifier, 'name');
  const shots = (report.evidence as Record<string, unknown> | undefined)?.screenshots;
  if (Array.isArray(shots)) for (const shot of shots) clean(shot as Texts, 'name');
}

/** Errors that are all about too many or too large screenshots. */
function isOnlyTooLarge(errors: Record<string, string>): boolean {
  const entries = Object.entries(errors);
  return (
    entries.length > 0 &&
    entries.every(([path, code]) => path.startsWith('evidence.screenshots') && (code === 'too-many' || code === 'too-large'))
  );
}

/** The report, checked against the v1 rules and the request's `Idempotency-Key`. */
export function parseReport(text: string, idempotencyKey: string | null): Step<Report> {
  if (jsonDepth(text) > JSON_DEPTH_MAX) {
    return invalid(400, 'The "report" field is nested too deeply.', { report: `JSON may nest at most ${JSON_DEPTH_MAX} levels.` });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return invalid(400, 'The "report" field is not JSON.', { report: 'This is not valid JSON.' });
  }
  cleanTexts(parsed);
  const checked = checkReport(parsed);
  if (!checked.ok && isOnlyTooLarge(checked.errors)) {
    // The report itself declares more or larger screenshots than allowed: send less.
    return tooLarge('The screenshots are more or larger than a report can carry.');
  }
  if (!checked.ok) return invalid(422, 'Some fields of the report are not valid.', describeErrors(checked.errors, (parsed as Texts)?.category));
  if (idempotencyKey !== null && idempotencyKey !== checked.report.id) {
    return invalid(422, 'The Idempotency-Key header must be the report id.', {
      id: 'The Idempotency-Key header and the report id differ.',
    });
  }
  return checked.report;
}

/**
 * The full v1 rules (report/schema.ts, with zod) and their verdict worded
 * as the form words its own checks. Loaded only when a `report-submit`
 * listener changed the report (submit.ts): a report built from the form's
 * checked fields needs no second pass. Pure; tested in Node.
 */
import { LIMITS } from '../../../report/limits.js';
import type { ErrorCode } from '../../../report/schema.js';
import type { Strings } from '../../../i18n/strings.js';
import { byField, withDetails } from './field-errors.js';
import { withFieldWords } from '../../../i18n/en-fields.js';
import type { Field, FieldErrors } from './values.js';

export { checkReport } from '../../../report/schema.js';

/**
 * The full rules' codes by field, worded as the form words its own checks,
 * and the `problem` that says so above the buttons (with the errors no field shows).
 */
export function ruleErrors(errors: Record<string, ErrorCode>, given: Strings): { errors: FieldErrors; elsewhere: string[]; problem: string } {
  const s = withFieldWords(given);
  const found = byField(errors, (field, code) => (field ? messageFor(s, field, code) : s.errors.field(code)));
  return { ...found, problem: withDetails(s.delivery.validation, found.elsewhere) };
}

/** Words for a failing field of a built report. */
export function messageFor(s: Strings, field: Field, code: ErrorCode): string {
  const e = s.errors;
  if (field === 'details' && code === 'too-long') return e.detailsTooLong(LIMITS.detailsMax);
  if (field === 'details' && code === 'too-short') return e.detailsTooShort(LIMITS.detailsMinOther);
  if (field === 'category') return e.categoryRequired;
  if (field === 'place') return e.placeRequired;
  return e.field(code);
}

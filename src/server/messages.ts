/**
 * English messages for the field errors a receiver sends back. The dialog has
 * its own, translated, words for the same codes; these are for everyone else
 * (curl, other clients, logs) and as a fallback the widget can show.
 */
import type { ErrorCode, FieldErrors } from '../report/schema.js';
import { LIMITS } from '../report/limits.js';
import { NOTICE_LIMITS } from '../report/notice.js';

const SPECIFIC: Record<string, Partial<Record<ErrorCode, string>>> = {
  category: { required: 'Choose what the problem is.', invalid: 'This category is not one of the v1 categories.' },
  details: {
    required: 'Details cannot be only spaces or invisible characters.',
    'too-long': `Details can be at most ${LIMITS.detailsMax} characters.`,
    'too-short': `Say in at least ${LIMITS.detailsMinOther} characters what happened when the category is "other".`,
  },
  'incident.place': { required: 'Say where it happened.', invalid: 'This place is not one of the v1 places.' },
  incident: { 'not-allowed': 'Only reports about a member have an incident.' },
  'incident.messageText': { 'too-long': `Message text can be at most ${LIMITS.messageTextMax} characters.` },
  'incident.placeDetail': { 'too-long': `Where it happened can be at most ${LIMITS.placeDetailMax} characters.` },
  'evidence.links': {
    'too-many': `At most ${LIMITS.linksMax} links.`,
    duplicate: 'The same link is listed twice.',
  },
  'evidence.screenshots': {
    'too-many': `At most ${LIMITS.screenshotsMax} screenshots.`,
    'too-large': 'The screenshots are too large together.',
  },
  id: { invalid: 'The report id must be a UUID v4.' },
  notice: {
    'not-allowed': 'Only a report in the category "illegal" carries a notice.',
    invalid: 'The notice must be an object.',
  },
  'notice.ground': {
    required: 'Choose which law the content breaks.',
    invalid: 'This ground is not one of the v1 grounds.',
  },
  'notice.law': {
    required: 'Name the law or rule the content breaks.',
    'too-long': `The law or rule can be at most ${NOTICE_LIMITS.lawMax} characters.`,
  },
  'notice.locations': {
    required: 'Give at least one address where the content is.',
    'invalid-url': 'Each location must be an http or https address.',
    'too-many': `At most ${NOTICE_LIMITS.locationsMax} locations.`,
    duplicate: 'The same location is listed twice.',
  },
  'notice.notifier.name': {
    required: 'Give your name: only a notice about child sexual abuse may be anonymous.',
    'too-long': `The name can be at most ${NOTICE_LIMITS.nameMax} characters.`,
  },
  'notice.notifier.email': {
    required: 'Give your email: only a notice about child sexual abuse may be anonymous.',
    invalid: 'This is not an email address.',
  },
  'notice.goodFaith': { required: 'Confirm that you believe in good faith that the notice is accurate and complete.' },
};

/** The details of a notice explain why the content is illegal, with rules of their own. */
const NOTICE_DETAILS: Partial<Record<ErrorCode, string>> = {
  required: `Say why the content is illegal, in at least ${NOTICE_LIMITS.detailsMin} characters.`,
  'too-short': `Say why the content is illegal, in at least ${NOTICE_LIMITS.detailsMin} characters.`,
};

const GENERIC: Record<ErrorCode, string> = {
  required: 'This is required.',
  'too-long': 'This is too long.',
  'too-short': 'This is too short.',
  'too-many': 'There are too many of these.',
  'too-large': 'This is too large.',
  duplicate: 'This is listed twice.',
  'invalid-url': 'This must be an http or https address.',
  'not-allowed': 'This is not allowed here.',
  invalid: 'This is not valid.',
};

/**
 * The message for one field: `evidence.links.3` reads as `evidence.links`
 * when nothing more specific exists. `category`: the report's, for the
 * details of a notice.
 */
export function messageFor(field: string, code: ErrorCode, category?: unknown): string {
  const exact = (category === 'illegal' && field === 'details' ? NOTICE_DETAILS[code] : undefined) ?? SPECIFIC[field]?.[code];
  if (exact) return exact;
  const parent = field.replace(/\.\d+$/, '');
  return SPECIFIC[parent]?.[code] ?? GENERIC[code];
}

export function describeErrors(errors: FieldErrors, category?: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, code] of Object.entries(errors)) out[field] = messageFor(field, code, category);
  return out;
}

/**
 * English messages for the field errors a receiver sends back. The dialog has
 * its own, translated, words for the same codes; these are for everyone else
 * (curl, other clients, logs) and as a fallback the widget can show.
 */
import type { ErrorCode, FieldErrors } from '../report/schema.js';
import { LIMITS } from '../report/limits.js';

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

/** The message for one field: `evidence.links.3` reads as `evidence.links` when nothing more specific exists. */
export function messageFor(field: string, code: ErrorCode): string {
  const exact = SPECIFIC[field]?.[code];
  if (exact) return exact;
  const parent = field.replace(/\.\d+$/, '');
  return SPECIFIC[parent]?.[code] ?? GENERIC[code];
}

export function describeErrors(errors: FieldErrors): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, code] of Object.entries(errors)) out[field] = messageFor(field, code);
  return out;
}

/**
 * Which answers need fixing, in the reporter's language: the form's own
 * checks before anything is built, and the receiver's verdict mapped back
 * onto the fields (the full rules' is schema-check.ts). Pure; tested in Node.
 */
import { LIMITS } from '../../../report/limits.js';
import { parseLinks } from '../../../report/build-report.js';
import type { Subject } from '../../../report/schema.js';
import { codePointLength, isHttpUrl } from '../../../report/text.js';
import type { Strings } from '../../../i18n/strings.js';
import { placeNeedsDetail, type Field, type FieldErrors, type Values } from './values.js';
import { iso } from './messages.js';

export function validate(v: Values, kind: Subject['kind'], s: Strings): FieldErrors {
  const e = s.errors;
  const errors: FieldErrors = {};
  if (!v.category) errors.category = e.categoryRequired;
  const details = codePointLength(v.details);
  if (details > LIMITS.detailsMax) errors.details = e.detailsTooLong(LIMITS.detailsMax);
  else if (v.category === 'other' && details < LIMITS.detailsMinOther) errors.details = e.detailsTooShort(LIMITS.detailsMinOther);
  if (kind === 'user') {
    if (!v.place) errors.place = e.placeRequired;
    if (placeNeedsDetail(v.place) && codePointLength(v.placeDetail) > LIMITS.placeDetailMax) {
      errors.placeDetail = e.placeDetailTooLong(LIMITS.placeDetailMax);
    }
    if (codePointLength(v.messageText) > LIMITS.messageTextMax) errors.messageText = e.messageTextTooLong(LIMITS.messageTextMax);
    const links = parseLinks(v.links);
    const bad = links.find((l) => !isHttpUrl(l) || l.length > LIMITS.urlMax);
    if (bad) errors.links = e.linkInvalid(iso(bad));
    else if (links.length > LIMITS.linksMax) errors.links = e.linksTooMany(LIMITS.linksMax);
  }
  // Each image fits its own limit once prepared; together they may not (5 × 5 MB > 20 MB).
  const total = v.shots.reduce((sum, shot) => sum + shot.prepared.blob.size, 0);
  if (total > LIMITS.totalBytesMax) errors.screenshots = s.delivery.tooLarge;
  return errors;
}

/** The field a reporter fixes for an error at `path` of the report (a receiver's or the rules'). */
export function fieldOf(path: string): Field | undefined {
  if (path === 'category' || path === 'details') return path;
  if (path === 'incident' || path === 'incident.place') return 'place';
  if (path === 'incident.placeDetail') return 'placeDetail';
  if (path === 'incident.messageText') return 'messageText';
  if (path.startsWith('evidence.links')) return 'links';
  if (path.startsWith('evidence.screenshots') || path.startsWith('screenshots')) return 'screenshots';
  // A notice's fields go by their path (`notice.locations.2` is `notice.locations`).
  return /^notice\.(ground|law|locations|notifier\.(name|email)|goodFaith)\b/.exec(path)?.[0] as Field | undefined;
}

/**
 * Errors by path, as field messages and the rest as `path: text`, so that
 * none is dropped unseen. `text` words each error; a receiver's own words
 * are isolated, so their direction never mixes with the form's.
 */
export function byField<T>(
  errors: Record<string, T> | undefined,
  text: (field: Field | undefined, error: T) => string,
): { errors: FieldErrors; elsewhere: string[] } {
  const out: FieldErrors = {};
  const elsewhere: string[] = [];
  for (const [path, error] of Object.entries(errors ?? {})) {
    const field = fieldOf(path);
    if (field) out[field] ??= text(field, error);
    else elsewhere.push(`${path}: ${text(undefined, error)}`);
  }
  return { errors: out, elsewhere };
}

/** A receiver's messages by field. */
export function receiverErrors(errors: Record<string, string> | undefined): { errors: FieldErrors; elsewhere: string[] } {
  return byField(errors, (_, message) => iso(message));
}

/** A message, with the errors no field of the form shows. */
export function withDetails(message: string, elsewhere: readonly string[]): string {
  return elsewhere.length ? `${message} (${elsewhere.join('; ')})` : message;
}

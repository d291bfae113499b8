/**
 * Which answers need fixing, in the reporter's language: the form's own
 * checks before anything is built (a verdict from the receiver or the full
 * rules is mapped onto the fields by field-errors.ts). Pure; tested in Node.
 */
import { LIMITS } from '../../../report/limits.js';
import { parseLinks } from '../../../report/build-report.js';
import type { Subject } from '../../../report/schema.js';
import { codePointLength, isHttpUrl } from '../../../report/text.js';
import type { Strings } from '../../../i18n/strings.js';
import { placeNeedsDetail, type FieldErrors, type Values } from './values.js';
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

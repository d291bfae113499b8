/**
 * The notice's rules as the form applies them: the very rules the receiver
 * runs (report/notice.ts) on the very `notice` the form would send, each
 * refusal worded in the reporter's language by field. Pure; tested in Node.
 */
import { NOTICE_LIMITS, noticeErrors, type NoticeField } from '../../../../report/notice.js';
import type { ErrorCode, Subject } from '../../../../report/schema.js';
import { isHttpUrl } from '../../../../report/text.js';
import type { Strings } from '../../../../i18n/strings.js';
import type { NoticeStrings } from '../../../../i18n/notice/strings.js';
import { iso } from '../messages.js';
import { withFieldWords } from '../../../../i18n/en-fields.js';
import type { Field, FieldErrors } from '../values.js';
import { extraLocations, noticeOf, type NoticeValues } from './values.js';

/** The words for one refusal; `firstBad`: the first address that is not a web address, to name it. */
function wordsFor(n: NoticeStrings, s: Strings, field: NoticeField, code: ErrorCode, firstBad: string | undefined): string {
  const e = n.errors;
  switch (field) {
    case 'notice.ground':
      return e.groundRequired;
    case 'notice.law':
      return code === 'too-long' ? e.lawTooLong(NOTICE_LIMITS.lawMax) : e.lawRequired;
    case 'details':
      return e.detailsTooShort(NOTICE_LIMITS.detailsMin);
    case 'notice.locations':
      if (code === 'invalid-url' && firstBad !== undefined) return e.locationInvalid(iso(firstBad));
      return code === 'too-many' ? e.locationsTooMany(NOTICE_LIMITS.locationsMax - 1) : s.errors.field(code);
    case 'notice.notifier.name':
      return code === 'too-long' ? e.nameTooLong(NOTICE_LIMITS.nameMax) : e.nameRequired;
    case 'notice.notifier.email':
      return code === 'required' ? e.emailRequired : e.emailInvalid;
    case 'notice.goodFaith':
      return e.goodFaithRequired;
    default:
      return s.errors.field(code);
  }
}

/** The refusals of a notice with these answers and these details, by the form's fields. */
export function checkNotice(v: NoticeValues, details: string, subject: Subject, given: Strings, n: NoticeStrings): FieldErrors {
  const s = withFieldWords(given);
  const errors = noticeErrors({ category: 'illegal', details, notice: noticeOf(v, subject) });
  const firstBad = extraLocations(v, subject).find((l) => l.length > NOTICE_LIMITS.urlMax || !isHttpUrl(l));
  const out: FieldErrors = {};
  for (const [field, code] of Object.entries(errors) as [NoticeField, ErrorCode][]) {
    // `notice` itself cannot fail for a notice built here.
    if (field !== 'notice') out[field as Field] = wordsFor(n, s, field, code, firstBad);
  }
  return out;
}

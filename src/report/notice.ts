/**
 * The rules of a notice of illegal content (docs/PROTOCOL.md §8): what a
 * report in the category `illegal` must carry besides the v1 fields. One
 * set of rules for both sides: the receiver runs them inside the v1 rules
 * (schema.ts), the form's notice mode runs them on what the reporter typed
 * and words the same codes in the reporter's language. Plain TypeScript, no
 * zod, so the form can load it without the full rules. Pure; tested in Node.
 */
import type { ErrorCode } from './schema.js';
import { codePointLength, isHttpUrl } from './text.js';

/** Which law a notice says the content breaks, as the EU transparency database groups them. */
export const GROUNDS = [
  'child-sexual-abuse',
  'terrorism-extremism',
  'illegal-hate-speech',
  'threats-violence',
  'non-consensual-intimate-images',
  'privacy-data',
  'intellectual-property',
  'scams-fraud',
  'unsafe-products',
  'other-law',
] as const;

export type Ground = (typeof GROUNDS)[number];

/** The one ground under which a notice may be anonymous (DSA Art. 16(2)(c)). */
export const ANONYMOUS_GROUND: Ground = 'child-sexual-abuse';

export const NOTICE_LIMITS = {
  /** `notice.law`, in code points. */
  lawMax: 500,
  /** The details explain why the content is illegal: at least this many code points. */
  detailsMin: 20,
  /** `notice.locations`: the subject's address and up to 9 more. */
  locationsMax: 10,
  /** As URLs everywhere in a v1 report (limits.ts `urlMax`). */
  urlMax: 2048,
  /** `notice.notifier.name`, in code points (limits.ts `nameMax`). */
  nameMax: 200,
  /** The longest address SMTP can carry. */
  emailMax: 254,
} as const;

export interface Notifier {
  name?: string;
  email?: string;
}

/** The `notice` of a report whose category is `illegal`. */
export interface Notice {
  ground: Ground;
  law: string;
  /** 1 to 10 http(s) URLs; the form sends the subject's own address first. */
  locations: string[];
  /** Left out only for an anonymous notice under `child-sexual-abuse`. */
  notifier?: Notifier;
  goodFaith: true;
}

/** The fields a notice's rules can refuse, by their path in the report. */
export type NoticeField =
  | 'notice'
  | 'notice.ground'
  | 'notice.law'
  | 'notice.locations'
  | 'notice.notifier.name'
  | 'notice.notifier.email'
  | 'notice.goodFaith'
  | 'details';

export type NoticeErrors = Partial<Record<NoticeField, ErrorCode>>;

/**
 * One word, an `@`, a domain with a dot: what a person can check by eye.
 * Whether mail arrives is for the confirmation to find out, not a pattern.
 */
const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:.]{2,}$/u;

export function isEmail(value: string): boolean {
  return value.length <= NOTICE_LIMITS.emailMax && EMAIL.test(value);
}

export function isGround(value: unknown): value is Ground {
  return typeof value === 'string' && (GROUNDS as readonly string[]).includes(value);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A text that is required (something visible in it) and at most `max` code points. */
function textCode(value: unknown, max: number): ErrorCode | undefined {
  if (value === undefined) return 'required';
  if (typeof value !== 'string') return 'invalid';
  const length = codePointLength(value);
  return length === 0 ? 'required' : length > max ? 'too-long' : undefined;
}

/** The first reason `locations` fails: 1 to 10 distinct http(s) URLs. */
export function locationsCode(value: unknown): ErrorCode | undefined {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return 'required';
  if (!Array.isArray(value)) return 'invalid';
  if (value.some((url) => typeof url !== 'string' || url.length > NOTICE_LIMITS.urlMax || !isHttpUrl(url))) return 'invalid-url';
  if (value.length > NOTICE_LIMITS.locationsMax) return 'too-many';
  return new Set(value).size === value.length ? undefined : 'duplicate';
}

/** The notifier's problems: both parts required unless the ground allows an anonymous notice. */
function notifierErrors(ground: unknown, notifier: unknown, errors: NoticeErrors): void {
  if (notifier !== undefined && !isObject(notifier)) {
    errors['notice.notifier.email'] = 'invalid';
    return;
  }
  const anonymous = ground === ANONYMOUS_GROUND;
  const { name, email } = notifier ?? {};
  if (!(anonymous && name === undefined)) {
    const code = textCode(name, NOTICE_LIMITS.nameMax);
    if (code) errors['notice.notifier.name'] = code;
  }
  if (!(anonymous && email === undefined)) {
    if (email === undefined || (typeof email === 'string' && email.trim() === '')) errors['notice.notifier.email'] = 'required';
    else if (typeof email !== 'string' || !isEmail(email)) errors['notice.notifier.email'] = 'invalid';
  }
}

/**
 * What is wrong with a report as a notice, by field: the notice of a report
 * in the category `illegal`, and its details, which say why the content is
 * illegal. A report in another category must carry no notice. Empty when
 * all is well.
 */
export function noticeErrors(report: { category?: unknown; details?: unknown; notice?: unknown }): NoticeErrors {
  const errors: NoticeErrors = {};
  const { notice } = report;
  if (report.category !== 'illegal') {
    if (notice !== undefined) errors.notice = 'not-allowed';
    return errors;
  }
  if (notice !== undefined && !isObject(notice)) return { notice: 'invalid' };
  const n = notice ?? {};
  if (n.ground === undefined) errors['notice.ground'] = 'required';
  else if (!isGround(n.ground)) errors['notice.ground'] = 'invalid';
  const law = textCode(n.law, NOTICE_LIMITS.lawMax);
  if (law) errors['notice.law'] = law;
  const locations = locationsCode(n.locations);
  if (locations) errors['notice.locations'] = locations;
  notifierErrors(n.ground, n.notifier, errors);
  if (n.goodFaith !== true) errors['notice.goodFaith'] = 'required';
  const details = typeof report.details === 'string' ? codePointLength(report.details) : 0;
  if (details < NOTICE_LIMITS.detailsMin) errors.details = details ? 'too-short' : 'required';
  return errors;
}

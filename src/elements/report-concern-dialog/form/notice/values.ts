/**
 * A notice's answers in the form, and the `notice` sent from them. The form
 * keeps them opaque in `values.notice` (drafts and the outbox carry them
 * as they are); only this module reads them. Pure; tested in Node.
 */
import type { PartialConfig } from '../../../../config.js';
import { ANONYMOUS_GROUND, isGround, type Ground, type Notice, type Notifier } from '../../../../report/notice.js';
import type { Subject } from '../../../../report/schema.js';
import { codePointLength, withoutUnsafe } from '../../../../report/text.js';

export interface NoticeValues {
  ground?: Ground;
  law: string;
  /** The addresses besides the subject's own, as typed: one per line. */
  locations: string;
  name: string;
  email: string;
  goodFaith: boolean;
}

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The subject's own address: the first location of every notice about it. */
export function subjectUrl(subject: Subject): string {
  return subject.kind === 'user' ? subject.profileUrl : subject.url;
}

/**
 * The answers the form holds: from a draft (as written here), from a report
 * back from the outbox (the wire's `notice`), or none yet, when a
 * signed-in member's name and email (config `notifier`) fill them in.
 */
export function noticeValuesOf(raw: unknown, subject: Subject, config: PartialConfig): NoticeValues {
  if (!isObject(raw)) {
    const member = isObject(config.notifier) ? config.notifier : {};
    return { law: '', locations: '', name: textOf(member.name), email: textOf(member.email), goodFaith: false };
  }
  const own = subjectUrl(subject);
  // The wire's form: addresses as a list with the subject's first, the notifier apart.
  const person = isObject(raw.notifier) ? raw.notifier : raw;
  const locations = Array.isArray(raw.locations) ? raw.locations.filter((l) => l !== own).join('\n') : textOf(raw.locations);
  return {
    ground: isGround(raw.ground) ? raw.ground : undefined,
    law: textOf(raw.law),
    locations,
    name: textOf(person.name),
    email: textOf(person.email),
    goodFaith: raw.goodFaith === true,
  };
}

/** Trimmed, without unsafe characters, or undefined when nothing visible is left (report/text.ts). */
function visible(text: string): string | undefined {
  return codePointLength(text) ? withoutUnsafe(text).trim() : undefined;
}

/** The addresses typed, one per line or space, without the subject's own (which goes first anyway) or repeats. */
export function extraLocations(v: NoticeValues, subject: Subject): string[] {
  const own = subjectUrl(subject);
  return [...new Set(v.locations.split(/\s+/).filter((l) => l && l !== own))];
}

/**
 * The `notice` as sent: the subject's address first, texts trimmed, optional
 * parts left out, and no notifier at all when an anonymous notice names
 * nobody. Built as it stands, valid or not: the rules judge it.
 */
export function noticeOf(v: NoticeValues, subject: Subject): Notice {
  const notifier: Notifier = {};
  const name = visible(v.name);
  const email = v.email.trim();
  if (name) notifier.name = name;
  if (email) notifier.email = email;
  const anonymous = v.ground === ANONYMOUS_GROUND && !name && !email;
  const notice = {
    ground: v.ground,
    law: visible(v.law),
    locations: [subjectUrl(subject), ...extraLocations(v, subject)],
    notifier: anonymous ? undefined : notifier,
    goodFaith: v.goodFaith || undefined,
  };
  for (const key of Object.keys(notice) as (keyof typeof notice)[]) if (notice[key] === undefined) delete notice[key];
  return notice as Notice;
}

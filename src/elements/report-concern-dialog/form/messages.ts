/**
 * The sentences the form composes from its strings and people's text.
 * People's text (names, file names, links, a receiver's words) is wrapped in
 * Unicode isolates, so its direction never mixes with the sentence around
 * it; the templates render each isolate as a `<bdi>`. Pure; tested in Node.
 */
import type { Category } from '../../../report/categories.js';
import type { Subject } from '../../../report/schema.js';
import { OUTBOX_LIMITS } from '../../../outbox/outbox.js';
import type { Strings } from '../../../i18n/strings.js';
import type { Queued } from './machine.js';

/** First-strong isolate … pop directional isolate. */
const FSI = '\u2068';
const PDI = '\u2069';

/** People's text inside one of the form's sentences. */
export const iso = (text: string): string => FSI + text + PDI;

/** Splits a sentence into the form's text (even places) and isolated people's text (odd places). */
export function isolates(text: string): string[] {
  return text.split(/\u2068([^\u2069]*)\u2069/);
}

/**
 * A sentence about a named person. A name that ends a sentence itself
 * ("Marco T.") takes no second full stop from the sentence.
 */
export function aboutName(compose: (name: string | undefined) => string, name: string | undefined): string {
  if (!name) return compose(undefined);
  const text = compose(iso(name));
  return /[.。．]$/u.test(name) ? text.replace(new RegExp(`${PDI}[.。．]`, 'u'), PDI) : text;
}

/** The first line of the form: what it is about. */
export function introOf(s: Strings, subject: Subject): string {
  return subject.kind === 'user' ? aboutName(s.introUser, subject.userName) : s.introContent(subject.contentType);
}

/** What a reporter should know at once for the category chosen: money, danger, blocking. */
export function adviceOf(s: Strings, category: Category | undefined, isUser: boolean): string | undefined {
  if (category === 'scam') return s.scamAdvice;
  if (category === 'hate') return s.threatAdvice;
  return category === 'harassment' && isUser ? s.harassmentAdvice : undefined;
}

/** Why a queued report is not delivered yet. */
export function queuedReasonOf(s: Strings, q: Queued): string {
  const t = s.queued;
  if (q.reason === 'auth') return t.auth;
  if (q.reason === 'expired') return t.expired(Math.round(OUTBOX_LIMITS.ageMs / 86_400_000));
  return q.reason === 'network' ? t.network : t.server;
}

/** When the report is kept only in this page's memory: why, else nothing. */
export function memoryOnlyOf(s: Strings, q: Queued): string | undefined {
  if (q.kept.where !== 'memory') return undefined;
  return q.kept.reason === 'limit' ? s.queued.limit(OUTBOX_LIMITS.count) : s.queued.memoryOnly;
}

/** The whole queued state in one sentence, for `report-error`'s message. */
export function queuedMessageOf(s: Strings, q: Queued): string {
  return [s.queued.title, queuedReasonOf(s, q), memoryOnlyOf(s, q)].filter(Boolean).join(' ');
}

/** The confirmation of a block request, when the report was about a member. */
export function blockConfirmedOf(s: Strings, subject: Subject | undefined, blocked: boolean): string | undefined {
  return blocked && subject?.kind === 'user' ? aboutName(s.blockConfirmed, subject.userName) : undefined;
}

/** A sentence for hosts (event details, marks): the isolates taken out. */
export function plain(sentence: string): string {
  return sentence.replace(/[\u2068\u2069]/g, '');
}

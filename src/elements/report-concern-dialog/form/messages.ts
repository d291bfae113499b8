/**
 * The sentences the form composes from its strings and people's text.
 * People's text (names, file names, links, a receiver's words) is wrapped in
 * Unicode isolates, so its direction never mixes with the sentence around
 * it; the templates render each isolate as a `<bdi>`. Pure; tested in Node.
 */
import type { Category } from '../../../report/categories.js';
import type { Subject } from '../../../report/schema.js';
import { savedMessage, savedNotice, type SavedNotice } from '../../../outbox/saved-notice.js';
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

/** What the dialog says of a queued report: why it waits, and where it is kept (outbox/saved-notice.ts). */
export function queuedNoticeOf(s: Strings, q: Queued): SavedNotice {
  return savedNotice(s.queued, q.reason, q.kept);
}

/** The whole queued state in one sentence, for `report-error`'s message. */
export function queuedMessageOf(s: Strings, q: Queued): string {
  return savedMessage(queuedNoticeOf(s, q));
}

/** The confirmation of a block request, when the report was about a member. */
export function blockConfirmedOf(s: Strings, subject: Subject | undefined, blocked: boolean): string | undefined {
  return blocked && subject?.kind === 'user' ? aboutName(s.blockConfirmed, subject.userName) : undefined;
}

/** A sentence for hosts (event details, marks): the isolates taken out. */
export function plain(sentence: string): string {
  return sentence.replace(/[\u2068\u2069]/g, '');
}

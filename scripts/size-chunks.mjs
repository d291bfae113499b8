// Which built chunks a text report in English does not need: the walk of
// scripts/size.mjs's `contentReport` group, from report-concern.js, does
// not enter them. Each is recognised by its name without the content hash,
// and reached only through dynamic edges (a screenshot-only chunk also
// through a url edge, as the image worker is). Their static dependencies
// count only when reached some other way.
//
// - a non-English locale: the name has `locale`, `locales`, `i18n` or
//   `lang` as a word, or is a two-letter ISO 639-1 code with an optional
//   region (`de`, `pt-BR`), and is not English (`en`, `en-GB`, `…-en`);
// - screenshots and image work
//   (/screenshot|evidence|worker|image|exif|webp|canvas|capture/i);
// - the help popovers: floating-ui's placement and the categories' English
//   help (/placement|floating|help/), loaded when a help is opened;
// - the notice mode (/notice/), only with `legalNotices: true`;
// - the full v1 rules with zod (/schema|validat/): the form checks its own
//   fields as they are filled, and loads these only when a `report-submit`
//   listener changed the report (a captcha token in `extensions`, say);
// - what a report delivered at its first attempt never runs
//   (undelivered, retry, news: a refusal, a queued report, the outbox's
//   retries, marks for reports delivered in the background) and a phone's
//   on-screen keyboard (keyboard-inset);
// - the status view of an earlier report (/follow-up|outcome/), only with
//   `receipts`;
// - the English words of a report about a member (/member/);
// - bot friction (/friction/), only with `honeypot` or `minSubmitMs`.
import { basename } from 'node:path';

/** ISO 639-1 codes, for recognising chunks named after a language. */
const LANGUAGES = new Set(
  ('aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu ' +
    'fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko ' +
    'kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi ' +
    'pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ' +
    'ur uz ve vi vo wa wo xh yi yo za zh zu').split(' '),
);

/** A chunk's name without `.js` and without the content hash rollup/rolldown/vite append. */
export function stemOf(file) {
  return basename(file)
    .replace(/\.m?js$/, '')
    .replace(/[-.][A-Za-z0-9_-]{8}$/, '');
}

/** True for a chunk holding the strings of a language other than English. */
export function isForeignLocaleChunk(file) {
  const stem = stemOf(file);
  const words = stem.split(/[-_.]/);
  const lower = words.map((w) => w.toLowerCase());
  const named = lower.some((w) => w === 'locale' || w === 'locales' || w === 'i18n' || w === 'lang');
  const tag = /^[a-z]{2}([-_][A-Za-z]{2,4})?$/.test(stem) && LANGUAGES.has(lower[0]);
  if (!named && !tag) return false;
  return !lower.includes('en');
}

const SCREENSHOT_ONLY = /screenshot|evidence|worker|image|exif|webp|canvas|capture/i;

const AFTER_THANKS = /placement|floating|help/i;
const HOST_CHANGED = /schema|validat/i;
const NOT_AT_ONCE = /^(undelivered|retry|news|keyboard-inset)$/;
/** True for a chunk that a report delivered at its first attempt never loads (see the header). */
export function isNotAtOnceChunk(file) {
  return NOT_AT_ONCE.test(stemOf(file));
}
/** True for the chunk of the full v1 rules, loaded when host code changed a report (see the header). */
export function isHostCheckChunk(file) {
  return HOST_CHANGED.test(stemOf(file));
}
const NOTICES = /notice/i;
/** True for a chunk of the notice mode, loaded only with `legalNotices` (see the header). */
export function isNoticeChunk(file) {
  return NOTICES.test(stemOf(file));
}
/** True for the floating-ui chunk and the help's English words: the optional help popovers (see the header). */
export function isPlacementChunk(file) {
  return AFTER_THANKS.test(stemOf(file));
}

const MEMBER = /member/i;
/** True for the chunk of English words only a report about a member shows (see the header). */
export function isMemberChunk(file) {
  return MEMBER.test(stemOf(file));
}

const FOLLOW_UP = /follow-up|outcome/i;
/** True for the status view's chunk: only pages that follow reports load it (see the header). */
export function isFollowUpChunk(file) {
  return FOLLOW_UP.test(stemOf(file));
}

const FRICTION = /friction/i;
/** True for the bot friction's chunk: only pages with `honeypot` or `minSubmitMs` load it (see the header). */
export function isFrictionChunk(file) {
  return FRICTION.test(stemOf(file));
}

/** True for a chunk only needed when a reporter adds screenshots (see the header). */
export function isScreenshotOnlyChunk(file) {
  return SCREENSHOT_ONLY.test(stemOf(file));
}

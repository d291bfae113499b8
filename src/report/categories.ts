/**
 * The problems a member can report, in the order the dialog offers them by
 * default. `illegal` makes the report a notice of illegal content
 * (docs/PROTOCOL.md §8) and is offered only with `legalNotices` in config.
 */
export const CATEGORIES = [
  'spam',
  'sexual',
  'hate',
  'scam',
  'harassment',
  'religious-political',
  'illegal',
  'other',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** The categories every form offers: all but `illegal`, whose words load with the notice mode. */
export type StandardCategory = Exclude<Category, 'illegal'>;

/** Where an incident with a member took place (user reports only). */
export const PLACES = ['site', 'messages', 'lesson', 'video-call', 'email', 'elsewhere'] as const;

export type Place = (typeof PLACES)[number];

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

/**
 * Reads a `categories` setting (a comma list or an array) into the categories
 * to offer, in the order given. Unknown words are dropped; an empty or absent
 * setting means all of them. `illegal` is offered only with `notices`
 * (`legalNotices` in config): where the setting names it, else before `other`.
 */
export function parseCategories(value: string | readonly string[] | undefined | null, notices = false): Category[] {
  const offered = (c: string): c is Category => isCategory(c) && (notices || c !== 'illegal');
  const words = value == null ? [] : typeof value === 'string' ? value.split(',') : value;
  let chosen = [...new Set(words.map((w) => String(w).trim()))].filter(offered);
  if (!chosen.length) chosen = CATEGORIES.filter(offered);
  const other = chosen.indexOf('other');
  if (notices && !chosen.includes('illegal')) chosen.splice(other < 0 ? chosen.length : other, 0, 'illegal');
  return chosen;
}

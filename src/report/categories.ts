/** The problems a member can report, in the order the dialog offers them by default. */
export const CATEGORIES = [
  'spam',
  'sexual',
  'hate',
  'scam',
  'harassment',
  'religious-political',
  'other',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** Where an incident with a member took place (user reports only). */
export const PLACES = ['site', 'messages', 'lesson', 'video-call', 'email', 'elsewhere'] as const;

export type Place = (typeof PLACES)[number];

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

/**
 * Reads a `categories` setting (a comma list or an array) into the categories
 * to offer, in the order given. Unknown words are dropped; an empty or absent
 * setting means all of them.
 */
export function parseCategories(value: string | readonly string[] | undefined | null): Category[] {
  if (value == null) return [...CATEGORIES];
  const words = typeof value === 'string' ? value.split(',') : value;
  const chosen: Category[] = [];
  for (const word of words) {
    const w = String(word).trim();
    if (isCategory(w) && !chosen.includes(w)) chosen.push(w);
  }
  return chosen.length ? chosen : [...CATEGORIES];
}

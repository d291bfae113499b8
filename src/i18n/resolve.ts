import en from './en.js';
import type { Strings } from './strings.js';

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ckb']);

export function isRtl(locale: string): boolean {
  return RTL_LANGUAGES.has(locale.toLowerCase().split(/[-_]/)[0]);
}

/** The languages bundled so far; others fall back to English. */
const AVAILABLE: Record<string, Strings> = { en };

/**
 * The strings for a locale with the host's overrides laid over them, first
 * override layer lowest. Nested groups (categories, errors…) merge key by key.
 */
export function resolveStrings(
  locale: string,
  overrides: readonly (Partial<Strings> | undefined)[],
): { locale: string; strings: Strings } {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  const resolved = AVAILABLE[language] ? language : 'en';
  let strings: Strings = AVAILABLE[resolved];
  for (const layer of overrides) if (layer) strings = mergeStrings(strings, layer);
  return { locale: resolved, strings };
}

function mergeStrings(base: Strings, layer: Partial<Strings>): Strings {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(layer)) {
    if (value === undefined) continue;
    const current = out[key];
    out[key] =
      current && typeof current === 'object' && value && typeof value === 'object'
        ? { ...current, ...value }
        : value;
  }
  return out as unknown as Strings;
}

import en from './en.js';
import type { Locale } from './locale.js';
import type { StringOverrides, Strings } from './strings.js';
import { mergeStrings } from '../config.js';

/**
 * English as the form carries it: the words only the screenshots' chunk and
 * the editor show are missing here, and those parts read them only through
 * withScreenshotWords() and withEditorWords(), which supply them.
 */
const english = en as Strings;

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ckb']);

export function isRtl(locale: string): boolean {
  return RTL_LANGUAGES.has(locale.toLowerCase().split(/[-_]/)[0]);
}

/**
 * The strings of a shipped locale. Should its chunk fail to load (offline
 * before it was ever fetched), the form still opens, in English.
 */
export async function loadStrings(locale: Locale): Promise<{ locale: Locale; strings: Strings }> {
  if (locale === 'en') return { locale, strings: english };
  try {
    const { LOADERS } = await import('./locale-loaders.js');
    return { locale, strings: (await LOADERS[locale]()).default };
  } catch {
    return { locale: 'en', strings: english };
  }
}

/**
 * The strings for a locale with the host's overrides laid over them, first
 * override layer lowest. Nested groups (categories, errors…) merge key by key.
 */
export async function resolveStrings(
  locale: Locale,
  overrides: readonly (StringOverrides | undefined)[],
): Promise<{ locale: Locale; strings: Strings }> {
  const loaded = await loadStrings(locale);
  let strings = loaded.strings;
  for (const layer of overrides) if (layer) strings = mergeStrings(strings, layer);
  return { locale: loaded.locale, strings };
}

import en from './en.js';
import type { Locale } from './locale.js';
import type { Strings } from './strings.js';

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ckb']);

export function isRtl(locale: string): boolean {
  return RTL_LANGUAGES.has(locale.toLowerCase().split(/[-_]/)[0]);
}

/**
 * Each non-English locale is its own chunk (~3 KB gzip), fetched only when a
 * dialog opens in that language. Named one by one, not with a template
 * import, so every bundler and the test runner split them alike.
 */
const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Strings }>> = {
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  de: () => import('./locales/de.js'),
  'pt-BR': () => import('./locales/pt-BR.js'),
  it: () => import('./locales/it.js'),
  ru: () => import('./locales/ru.js'),
  tr: () => import('./locales/tr.js'),
  ja: () => import('./locales/ja.js'),
  ko: () => import('./locales/ko.js'),
  'zh-CN': () => import('./locales/zh-CN.js'),
  ar: () => import('./locales/ar.js'),
  he: () => import('./locales/he.js'),
};

/**
 * The strings of a shipped locale. Should its chunk fail to load (offline
 * before it was ever fetched), the form still opens, in English.
 */
export async function loadStrings(locale: Locale): Promise<{ locale: Locale; strings: Strings }> {
  if (locale === 'en') return { locale, strings: en };
  try {
    return { locale, strings: (await LOADERS[locale]()).default };
  } catch {
    return { locale: 'en', strings: en };
  }
}

/**
 * The strings for a locale with the host's overrides laid over them, first
 * override layer lowest. Nested groups (categories, errors…) merge key by key.
 */
export async function resolveStrings(
  locale: Locale,
  overrides: readonly (Partial<Strings> | undefined)[],
): Promise<{ locale: Locale; strings: Strings }> {
  const loaded = await loadStrings(locale);
  let strings = loaded.strings;
  for (const layer of overrides) if (layer) strings = mergeStrings(strings, layer);
  return { locale: loaded.locale, strings };
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

/**
 * The loaders of the locale chunks, in a chunk of their own that the form
 * fetches only for a language other than English. Reached only through the
 * form, so the locales share its number and plural helpers instead of
 * splitting them into one more request for every reporter.
 */
import type { Locale } from './locale.js';
import type { Strings } from './strings.js';

/**
 * Each locale is its own chunk (~3 KB gzip), fetched only when a dialog
 * opens in that language. Named one by one, not with a template import, so
 * every bundler and the test runner split them alike.
 */
export const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Strings }>> = {
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

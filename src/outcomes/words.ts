/**
 * The status view's words in the form's language: English ships with the
 * view (en.ts); each other locale's are a chunk of their own
 * (locales/), which only a page that follows reports fetches, rather than
 * part of every form in that language. Named one by one, as the form's
 * own locale loaders are (i18n/locale-loaders.ts).
 */
import type { Locale } from '../i18n/locale.js';
import type { OutcomeStrings } from '../i18n/strings.js';
import en from './en.js';

const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<{ default: OutcomeStrings }>> = {
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

/** The words for `locale`; English should its chunk not load (offline since the form loaded). */
export async function outcomeWords(locale: string): Promise<OutcomeStrings> {
  const load = LOADERS[locale as Exclude<Locale, 'en'>];
  return load ? load().then((m) => m.default, () => en) : en;
}

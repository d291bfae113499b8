/**
 * The notice mode (docs/PROTOCOL.md §8): the category `illegal` and its
 * questions, rules, words and thank-you, in a chunk of its own that the
 * form loads only when the page config says `legalNotices: true`. English
 * comes with it; every other language is a small chunk of its own.
 */
import { adoptNoticeStyles } from './styles.js';
import type { Locale } from '../../../../i18n/locale.js';
import type { NoticeStrings } from '../../../../i18n/notice/strings.js';
import en from '../../../../i18n/notice/en.js';
import type { Kit, NoticeMode } from './contract.js';
import { kit } from './kit.js';
import { checkNotice } from './check.js';
import { noticeFields } from './fields.js';
import { noticeThanks } from './thanks.js';
import { noticeOf, noticeValuesOf } from './values.js';

/** Named one by one, as the form's own locales are (i18n/locale-loaders.ts). */
const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<{ default: NoticeStrings }>> = {
  es: () => import('../../../../i18n/notice/es.js'),
  fr: () => import('../../../../i18n/notice/fr.js'),
  de: () => import('../../../../i18n/notice/de.js'),
  'pt-BR': () => import('../../../../i18n/notice/pt-BR.js'),
  it: () => import('../../../../i18n/notice/it.js'),
  ru: () => import('../../../../i18n/notice/ru.js'),
  tr: () => import('../../../../i18n/notice/tr.js'),
  ja: () => import('../../../../i18n/notice/ja.js'),
  ko: () => import('../../../../i18n/notice/ko.js'),
  'zh-CN': () => import('../../../../i18n/notice/zh-CN.js'),
  ar: () => import('../../../../i18n/notice/ar.js'),
  he: () => import('../../../../i18n/notice/he.js'),
};

/** The notice's words in `locale` (the form's, already resolved); English should its chunk fail to load. */
async function loadNoticeStrings(locale: string): Promise<NoticeStrings> {
  const load = LOADERS[locale as Exclude<Locale, 'en'>];
  return load ? load().then((m) => m.default, () => en) : en;
}

/**
 * The locale's words with a host's overrides laid over them, group by group.
 * (config.ts `mergeStrings` does the same, but importing it from the page's
 * script would make that script export one more name: a byte on every page.)
 */
function withOverrides(n: NoticeStrings, o: Partial<NoticeStrings> | undefined): NoticeStrings {
  if (!o) return n;
  return { ...n, ...o, grounds: { ...n.grounds, ...o.grounds }, errors: { ...n.errors, ...o.errors } };
}

export async function loadNoticeMode(locale: string, given: Kit): Promise<NoticeMode> {
  Object.assign(kit, given);
  adoptNoticeStyles(given.root);
  const loaded = await loadNoticeStrings(locale);
  return {
    strings(s) {
      // A host's overrides (`strings.notice`, `strings.categories.illegal`) win over the locale's words.
      const n = withOverrides(loaded, s.notice);
      return {
        ...s,
        notice: n,
        categories: { ...s.categories, illegal: s.categories.illegal ?? n.category },
        // English's help of the other categories comes with the first popover (i18n/en-help.ts), so it may not be here yet.
        categoryHelp: { ...s.categoryHelp, illegal: s.categoryHelp?.illegal ?? n.categoryHelp },
      };
    },
    fields: (m) => (m.values.category === 'illegal' ? noticeFields(m) : undefined),
    validate({ values, subject, config, s }) {
      if (values.category !== 'illegal') return {};
      return checkNotice(noticeValuesOf(values.notice, subject, config), values.details, subject, s, s.notice!);
    },
    notice({ values, subject, config }) {
      return values.category === 'illegal' ? noticeOf(noticeValuesOf(values.notice, subject, config), subject) : undefined;
    },
    thanks: (m, view) => (view.notice ? noticeThanks(m, view.reference, view.notice) : undefined),
  };
}

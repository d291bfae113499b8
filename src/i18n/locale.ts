/**
 * Which language the widget speaks, docs/PROTOCOL.md §3: the button's `locale`, the
 * dialog's, the page config's, the nearest `lang` around the button (across
 * shadow roots), then the browser's languages. The first of these that names
 * a language the widget has wins; a region it lacks falls back to the
 * language (`pt-PT` → `pt-BR`, `zh` → `zh-CN`, `es-MX` → `es`).
 *
 * Small on purpose: the buttons use it on page load to name themselves.
 */

/** The locales the widget ships: English in the form, the others as lazy chunks. */
export const LOCALES = ['en', 'es', 'fr', 'de', 'pt-BR', 'it', 'ru', 'tr', 'ja', 'ko', 'zh-CN', 'ar', 'he'] as const;

export type Locale = (typeof LOCALES)[number];

/**
 * The shipped locale for a BCP 47 tag, or undefined. Traditional Chinese
 * (`zh-TW`, `zh-HK`, `zh-Hant`) is not matched by Simplified: the next
 * candidate decides instead.
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const parts = tag.trim().toLowerCase().replace(/_/g, '-').split('-');
  const base = parts[0] === 'iw' ? 'he' : parts[0];
  if (base === 'zh' && parts.some((p) => p === 'tw' || p === 'hk' || p === 'mo' || p === 'hant')) return undefined;
  return LOCALES.find((l) => l.split('-')[0].toLowerCase() === base);
}

/** The first candidate the widget speaks, else English. */
export function pickLocale(candidates: readonly (string | null | undefined)[]): Locale {
  for (const c of candidates) {
    const found = matchLocale(c);
    if (found) return found;
  }
  return 'en';
}

/** The nearest `lang` around an element, crossing shadow roots. */
export function nearestLang(el: Element | null | undefined): string | undefined {
  let node: Element | null | undefined = el;
  while (node) {
    const found = node.closest('[lang]');
    if (found) return found.getAttribute('lang') || undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  return undefined;
}

/** The locale for a report opened from `trigger` (either may be missing). */
export function localeFor(
  trigger: (Element & { locale?: string }) | undefined,
  dialogLocale: string | undefined,
  configLocale: string | undefined,
): Locale {
  return pickLocale([
    trigger?.locale,
    dialogLocale,
    configLocale,
    nearestLang(trigger),
    ...(typeof navigator !== 'undefined' ? navigator.languages ?? [navigator.language] : []),
  ]);
}

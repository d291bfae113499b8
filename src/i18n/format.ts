/**
 * Numbers and plural forms for the strings of every locale, through the
 * platform's `Intl` (no data of our own): Arabic has six plural forms,
 * Russian four, Japanese one, and each writes its digits its own way.
 */

/**
 * Languages whose default digits are 0-9. With grouping from five digits
 * only, their counts under 10,000 read exactly as `String(n)`: the form's
 * counter takes that path, because the first `Intl.NumberFormat` of a page
 * loads the platform's number data (30 to 200 ms measured in headless
 * Chromium, on the click that opens the form).
 */
const LATIN_DIGITS = new Set(['en', 'es', 'fr', 'de', 'pt', 'it', 'ru', 'tr', 'ja', 'ko', 'zh', 'he']);

const formats = new Map<string, Intl.NumberFormat>();
const rules = new Map<string, Intl.PluralRules>();

/** A count in the locale's digits; grouping only from five digits, so "2000" stays short in a counter. */
export function num(locale: string, n: number): string {
  if (Number.isInteger(n) && n >= 0 && n < 10000 && LATIN_DIGITS.has(locale.split('-')[0].toLowerCase())) return String(n);
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.NumberFormat(locale, { useGrouping: 'min2' })));
  return format.format(n);
}

/**
 * The form for `n` among `forms` (keys are `Intl.PluralRules` categories;
 * `other` is required), with `#` replaced by the number in the locale's digits.
 */
export function plural(
  locale: string,
  n: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  const form = forms[rule.select(n)] ?? forms.other;
  return form.replace('#', num(locale, n));
}

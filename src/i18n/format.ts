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
const LATIN_DIGITS = /^(en|es|fr|de|pt|it|ru|tr|ja|ko|zh|he)(-|$)/i;

/** A count in the locale's digits; grouping only from five digits, so "2000" stays short in a counter. */
export function num(locale: string, n: number): string {
  if (Number.isInteger(n) && n >= 0 && n < 1e4 && LATIN_DIGITS.test(locale)) return String(n);
  return new Intl.NumberFormat(locale, { useGrouping: 'min2' }).format(n);
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
  const form = forms[new Intl.PluralRules(locale).select(n)] ?? forms.other;
  return form.replace('#', num(locale, n));
}

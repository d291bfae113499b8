/**
 * Numbers and plural forms for the strings of every locale, through the
 * platform's `Intl` (no data of our own): Arabic has six plural forms,
 * Russian four, Japanese one, and each writes its digits its own way.
 */

/** A count in the locale's digits; grouping only from five digits, so "2000" stays short in a counter. */
export function num(locale: string, n: number): string {
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

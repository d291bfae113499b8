// Media emulation (prefers-color-scheme, prefers-reduced-motion) is a
// Chromium DevTools command: neither Firefox over WebDriver BiDi nor
// WebKitWebDriver has it. What these engines can do honestly is confirm that
// the page already matches what a test asks for (a light, full-motion
// default), and refuse anything else, so a test wanting dark mode fails
// loudly (and is listed in test/browser/engine-skips.mjs) instead of passing
// on the wrong colours.

/** `evaluate(fn, arg)` runs fn in the page; resolves when every feature already matches. */
export async function confirmMediaFeatures(evaluate, features) {
  const queries = features.map(({ name, value }) => `(${name}: ${value})`);
  const unmet = await evaluate((list) => list.filter((q) => !matchMedia(q).matches), queries);
  if (unmet.length) throw new Error(`this engine cannot emulate media features; the page does not match ${unmet.join(', ')}`);
}

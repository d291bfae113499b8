// Tests an engine cannot run, by file and title (a full test title, the name
// of a describe block, or no title for the whole file), each with the reason.
// They are skipped in that engine only, and each skip is printed with its
// reason at the end of the run (scripts/wtr-engines.mjs). Keep this list for
// what the engine or its driver truly cannot do; a product difference is
// fixed in src/ or written down in the README's browser-support table.

const CDP_THROTTLE = 'upload throttling is a Chromium DevTools (CDP) command; no WebDriver equivalent';
const ROUTE = "cut-network uses Playwright's request routing, which this engine's driver lacks";
const CLIPBOARD = 'clipboard permission grants are a Playwright/Chromium command; no WebDriver equivalent';

export const ENGINE_SKIPS = {
  chromium: [],
  firefox: [],
  webkit: [],
};

export { CDP_THROTTLE, ROUTE, CLIPBOARD };

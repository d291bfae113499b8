// A web-test-runner launcher for Firefox: Debian's firefox-esr, headless,
// driven over WebDriver BiDi by puppeteer-core (no browser download). It is
// web-test-runner's own puppeteer launcher class, given puppeteer-core and
// Firefox, so the command plugins (sendKeys, sendMouse, setViewport) treat
// it as puppeteer.
import { ChromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { confirmMediaFeatures } from './wtr-media.mjs';

export const FIREFOX = '/usr/bin/firefox-esr';

/**
 * The page the command plugins get. Puppeteer presses one key at a time;
 * tests also press chords such as
 * "Shift+Tab" and "Control+V" (playwright's spelling): hold the modifiers,
 * press the last key.
 */
function adapted(page) {
  const press = page.keyboard.press.bind(page.keyboard);
  page.keyboard.press = async (combo, options) => {
    const parts = combo.length > 1 ? combo.split('+') : [combo];
    const last = parts.pop();
    for (const modifier of parts) await page.keyboard.down(modifier);
    await press(last, options);
    for (const modifier of parts.reverse()) await page.keyboard.up(modifier);
  };
  // Puppeteer's media emulation is CDP-only: see scripts/wtr-media.mjs.
  page.emulateMediaFeatures = (features) => confirmMediaFeatures((fn, arg) => page.evaluate(fn, arg), features);
  return page;
}

/** Launches are retried: on a loaded machine Firefox can miss its first start. */
function retrying(attempts) {
  return {
    ...puppeteer,
    async launch(options) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await puppeteer.launch(options);
        } catch (error) {
          if (attempt >= attempts) throw error;
          console.warn(`[firefox] launch attempt ${attempt} failed (${error.message}); retrying`);
        }
      }
    },
  };
}

export function firefoxLauncher({ executablePath = FIREFOX, attempts = 3, concurrency } = {}) {
  return new ChromeLauncher(
    { browser: 'firefox', executablePath, headless: true, protocolTimeout: 120_000 },
    ({ browser }) => browser.defaultBrowserContext(),
    async ({ context }) => adapted(await context.newPage()),
    retrying(attempts),
    concurrency,
  );
}

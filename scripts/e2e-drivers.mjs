// Drivers for the end-to-end journeys in Firefox and WebKit, where the
// Chromium run's playwright-core cannot go: Firefox over WebDriver BiDi with
// puppeteer-core, WebKit over classic WebDriver (scripts/wtr-webkit-launcher.mjs).
// Both give the same few verbs, and find elements the way a member does:
// by role and accessible name, through open shadow roots.
import { writeFileSync } from 'node:fs';
import * as puppeteer from 'puppeteer-core';
import { findEngine } from './find-browser.mjs';
import { WebKitDriver } from './wtr-webkit-launcher.mjs';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs in the page: the first element under `scope` (a CSS selector, or the
 * document) with this role and name, looking into open shadow roots. Names
 * come from aria-label, aria-labelledby, the <label>s of a control, or the
 * text; whitespace is collapsed. A null name matches any.
 */
function findByRole(role, name, scope) {
  const clean = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
  const nameOf = (el) => {
    if (el.getAttribute('aria-label')) return clean(el.getAttribute('aria-label'));
    const by = el.getAttribute('aria-labelledby');
    if (by) return clean(by.split(/\s+/).map((id) => el.getRootNode().getElementById?.(id)?.textContent).join(' '));
    if (el.labels?.length) return clean([...el.labels].map((l) => l.textContent).join(' '));
    return clean(el.textContent);
  };
  const input = (type) => (el) => el.localName === 'input' && el.type === type;
  const is = {
    button: (el) => el.localName === 'button' || el.getAttribute('role') === 'button',
    radio: input('radio'),
    checkbox: input('checkbox'),
    file: input('file'),
    textbox: (el) => el.localName === 'textarea' || (el.localName === 'input' && /^(text|url|email|search)$/.test(el.type)),
    dialog: (el) => el.localName === 'dialog' && el.open,
  }[role];
  const all = [];
  const walk = (root) => {
    if (root.shadowRoot) walk(root.shadowRoot);
    for (const el of root.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(scope ? document.querySelector(scope) ?? document.createElement('div') : document);
  return all.find((el) => is(el) && (name === null || nameOf(el) === name)) ?? null;
}

/** Runs in the page: all text under `scope`, shadow roots included. */
function deepText(scope) {
  const parts = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent);
    if (node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(scope ? document.querySelector(scope) ?? document.body : document.body);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Polls `attempt` until it gives something, or throws `what` after `timeout`. */
async function poll(what, attempt, timeout = 15_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const found = await attempt();
    if (found) return found;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** The verbs the journeys use, on top of `find`, `call` and `run` of one engine. */
function verbs({ find, run, ...rest }) {
  return {
    ...rest,
    find,
    run,
    get: (role, name, scope) => poll(`${role} "${name}"`, () => find(role, name, scope)),
    /** Waits until the text under `scope` matches `pattern`, and returns the match. */
    waitForText: (pattern, scope) =>
      poll(`text ${pattern}`, async () => (await run(deepText, scope ?? null))?.match(pattern)),
    /** All text under `scope` (for a failure's message: what the page showed instead). */
    text: (scope) => run(deepText, scope ?? null),
  };
}

/** Firefox ESR, headless, over WebDriver BiDi with puppeteer-core. */
export async function firefoxDriver() {
  const executablePath = await findEngine('firefox');
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true, protocolTimeout: 120_000 });
  const page = await browser.defaultBrowserContext().newPage();
  await page.setViewport({ width: 1100, height: 900 });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return verbs({
    name: 'Firefox',
    problems,
    version: await browser.version(),
    goto: (url) => page.goto(url),
    run: (fn, ...args) => page.evaluate(fn, ...args),
    async find(role, name, scope) {
      const handle = await page.evaluateHandle(findByRole, role, name, scope ?? null);
      return handle.asElement() ?? undefined;
    },
    click: (el) => el.click(),
    checked: (el) => el.evaluate((e) => e.checked),
    screenshot: (path) => page.screenshot({ path }),
    fill: (el, text) => el.type(text),
    upload: (el, path) => el.uploadFile(path),
    close: () => browser.close(),
  });
}

/** WebKitGTK's MiniBrowser over WebDriver, on a virtual display. */
export async function webkitDriver() {
  await findEngine('webkit');
  const driver = new WebKitDriver();
  try {
    await driver.start();
  } catch (error) {
    await driver.stop();
    throw error;
  }
  await driver.send('POST', '/window/rect', { width: 1100, height: 900 });
  const run = (fn, ...args) =>
    driver.send('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments)`, args });
  const id = (el) => el[ELEMENT];
  return verbs({
    name: 'WebKit',
    problems: [],
    version: driver.version,
    goto: (url) => driver.send('POST', '/url', { url }),
    run,
    find: async (role, name, scope) => (await run(findByRole, role, name, scope ?? null)) ?? undefined,
    async click(el) {
      // WebDriver scrolls an element only just into view, and WebKit may
      // click where it was before its scroll (or the dialog's entrance) is
      // over: a checkbox at the bottom edge of the dialog's scrolling body
      // was missed about one time in forty. Like playwright's "stable" check
      // in Chromium: centre it, then wait until it stays put for a frame.
      await driver.runAsync((e, done) => {
        e.scrollIntoView({ block: 'center', inline: 'nearest' });
        let last = '';
        const settled = (frames) => {
          const r = e.getBoundingClientRect();
          const now = `${r.x},${r.y},${r.width},${r.height}`;
          if (now === last || frames > 60) return done();
          last = now;
          requestAnimationFrame(() => settled(frames + 1));
        };
        requestAnimationFrame(() => settled(0));
      }, el);
      await driver.send('POST', `/element/${id(el)}/click`, {});
    },
    checked: (el) => run((e) => e.checked, el),
    async screenshot(path) {
      writeFileSync(path, Buffer.from(await driver.send('GET', '/screenshot'), 'base64'));
    },
    async fill(el, text) {
      await driver.send('POST', `/element/${id(el)}/clear`, {});
      await driver.send('POST', `/element/${id(el)}/value`, { text });
    },
    upload: (el, path) => driver.send('POST', `/element/${id(el)}/value`, { text: path }),
    close: () => driver.stop(),
  });
}

// A web-test-runner launcher for WebKit: Debian's WebKitGTK MiniBrowser,
// driven over classic WebDriver by Debian's WebKitWebDriver, on a virtual
// display (`xvfb-run -a`: MiniBrowser's --headless hung on these machines).
//
// It talks plain WebDriver HTTP with fetch, so it needs no client library.
// It calls itself type 'puppeteer' and hands the command plugins of
// @web/test-runner-commands a small page object with the puppeteer methods
// they use (keyboard, mouse, setViewport), each done with WebDriver actions,
// so sendKeys, sendMouse and setViewport work unchanged in tests.
import { spawn } from 'node:child_process';
import { freePort } from './free-port.mjs';
import { confirmMediaFeatures } from './wtr-media.mjs';

export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** WebDriver's code points for the key names tests use (puppeteer/playwright spelling). */
const KEYS = {
  Backspace: '\uE003', Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Control: '\uE009',
  Alt: '\uE00A', Escape: '\uE00C', Space: ' ', PageUp: '\uE00E', PageDown: '\uE00F',
  End: '\uE010', Home: '\uE011', ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014',
  ArrowDown: '\uE015', Delete: '\uE017', Meta: '\uE03D',
};
const key = (name) => KEYS[name] ?? name;
const BUTTONS = { left: 0, middle: 1, right: 2 };

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The longest a page may take to take on a new window size: a bound for a loaded machine, not a wait. */
const RESIZE_LIMIT_MS = 5_000;

/**
 * Runs in the page: calls `done` with [innerWidth, innerHeight] once they
 * are `width`×`height`, or with what they are when `limit` ms have passed.
 * WebDriver answers a window resize before the page has taken on its new
 * size (the web process hears of it later, and later still on a loaded
 * machine), so the size is read again on every resize event and animation
 * frame until it arrives.
 */
function whenPageSized(width, height, limit, done) {
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    removeEventListener('resize', check);
    done([innerWidth, innerHeight]);
  };
  function check() {
    if (innerWidth === width && innerHeight === height) finish();
  }
  const frame = () => {
    check();
    if (!finished) requestAnimationFrame(frame);
  };
  addEventListener('resize', check);
  setTimeout(finish, limit);
  frame();
}

/** One WebKitWebDriver on a virtual display, with one browser session. */
export class WebKitDriver {
  async start() {
    const port = await freePort();
    this.base = `http://127.0.0.1:${port}`;
    // Its own process group, so stopping it also stops Xvfb and MiniBrowser.
    this.process = spawn('xvfb-run', ['-a', WEBKIT_DRIVER, `--port=${port}`, '--host=127.0.0.1'], {
      detached: true,
      stdio: 'ignore',
    });
    this.process.once('error', () => undefined);
    // Detached, it would outlive us: stop it whenever this process ends.
    this.kill = () => {
      try {
        process.kill(-this.process.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    };
    process.once('exit', this.kill);
    await this.waitReady(30_000);
    const { sessionId, capabilities } = await this.call('POST', '/session', {
      capabilities: {
        alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } },
      },
    });
    this.session = `/session/${sessionId}`;
    this.version = `${capabilities?.browserName ?? 'MiniBrowser'} ${capabilities?.browserVersion ?? ''}`.trim();
  }

  async waitReady(timeout) {
    const until = Date.now() + timeout;
    for (;;) {
      const ready = await fetch(`${this.base}/status`).then((r) => r.ok, () => false);
      if (ready) return;
      if (Date.now() > until || this.process.exitCode !== null) throw new Error('WebKitWebDriver did not start');
      await sleep(200);
    }
  }

  async call(method, path, body) {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: body ? { 'Content-Type': 'application/json' } : undefined,
      body: body ? JSON.stringify(body) : undefined,
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.error} ${value?.message ?? ''}`);
    return value;
  }

  /** Calls on this browser session. */
  send(method, path = '', body) {
    return this.call(method, `${this.session}${path}`, body);
  }

  async actions(source) {
    await this.send('POST', '/actions', { actions: [source] });
  }

  /** Runs `fn(...args, done)` in the page and resolves with what it passes to `done`. */
  runAsync(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1]; (${fn}).apply(null, [...arguments].slice(0, -1).concat(done));`;
    return this.send('POST', '/execute/async', { script, args });
  }

  /**
   * What MiniBrowser's window adds around the page (its toolbar), measured
   * once while no resize is on its way: WebDriver sizes windows, and tests
   * ask for page sizes.
   */
  async chrome() {
    this.chromeSize ??= (async () => {
      const rect = await this.send('GET', '/window/rect');
      const [width, height] = await this.runAsync((done) => requestAnimationFrame(() => done([innerWidth, innerHeight])));
      return { width: rect.width - width, height: rect.height - height };
    })();
    return this.chromeSize;
  }

  /**
   * Sizes the window so that the page is `width`×`height`, and resolves once
   * the page has that size. WebKit answers WebDriver's Set Window Rect as
   * soon as it has asked for the new frame, before the window and the page
   * have it, so reading the page's size at once can give the old one: hence
   * the wait in the page. MiniBrowser's toolbar keeps its window at least
   * 447 px wide, so a narrower page never comes.
   */
  async sizePage(width, height) {
    const chrome = await this.chrome();
    const asked = { width: width + chrome.width, height: height + chrome.height };
    await this.send('POST', '/window/rect', asked);
    const got = await this.runAsync(whenPageSized, width, height, RESIZE_LIMIT_MS);
    if (got[0] !== width || got[1] !== height) {
      const rect = await this.send('GET', '/window/rect');
      throw new Error(
        `MiniBrowser cannot show a ${width}×${height} page: its window, asked for ${asked.width}×${asked.height}, is ${rect.width}×${rect.height} and the page ${got.join('×')}`,
      );
    }
  }

  async stop() {
    if (this.session) await this.send('DELETE').catch(() => undefined);
    if (this.kill) process.off('exit', this.kill);
    this.kill?.();
  }
}

/** The puppeteer page methods @web/test-runner-commands calls, done over WebDriver. */
function pageFor(driver) {
  const keys = (actions) => driver.actions({ type: 'key', id: 'keyboard', actions });
  const pointer = (actions) =>
    driver.actions({ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions });
  // "Shift+Tab", "Control+V": hold the modifiers, press the last key.
  const press = (combo) => {
    const parts = combo === '+' ? ['+'] : combo.split('+').map(key);
    return keys([
      ...parts.map((value) => ({ type: 'keyDown', value })),
      ...parts.reverse().map((value) => ({ type: 'keyUp', value })),
    ]);
  };
  return {
    keyboard: {
      press,
      type: (text) => keys([...text].flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }])),
      down: (name) => keys([{ type: 'keyDown', value: key(name) }]),
      up: (name) => keys([{ type: 'keyUp', value: key(name) }]),
    },
    mouse: {
      move: (x, y) => pointer([{ type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' }]),
      click: (x, y, { button = 'left' } = {}) =>
        pointer([
          { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' },
          { type: 'pointerDown', button: BUTTONS[button] },
          { type: 'pointerUp', button: BUTTONS[button] },
        ]),
      down: ({ button = 'left' } = {}) => pointer([{ type: 'pointerDown', button: BUTTONS[button] }]),
      up: ({ button = 'left' } = {}) => pointer([{ type: 'pointerUp', button: BUTTONS[button] }]),
      reset: () => driver.send('DELETE', '/actions'),
    },
    setViewport: ({ width, height }) => driver.sizePage(width, height),
    emulateMediaFeatures: (features) =>
      confirmMediaFeatures(
        (fn, arg) => driver.send('POST', '/execute/sync', { script: `return (${fn})(arguments[0])`, args: [arg] }),
        features,
      ),
  };
}

/**
 * The launcher: one MiniBrowser window, one test file at a time (a WebDriver
 * session is one window). The start is retried: on a loaded machine the
 * driver or the display can miss their first start.
 */
export function webkitLauncher({ attempts = 3 } = {}) {
  let driver;
  let starting;
  const active = new Set();
  async function startDriver() {
    for (let attempt = 1; ; attempt++) {
      const candidate = new WebKitDriver();
      try {
        await candidate.start();
        return candidate;
      } catch (error) {
        await candidate.stop();
        if (attempt >= attempts) throw error;
        console.warn(`[webkit] launch attempt ${attempt} failed (${error.message}); retrying`);
      }
    }
  }
  return {
    name: 'WebKit',
    type: 'puppeteer',
    concurrency: 1,
    async initialize() {},
    async stop() {
      await driver?.stop();
    },
    async startSession(sessionId, url) {
      starting ??= startDriver();
      driver = await starting;
      active.add(sessionId);
      // Every file starts on an 800×600 page, as in the other engines.
      await driver.sizePage(800, 600);
      await driver.send('POST', '/url', { url });
    },
    isActive: (sessionId) => active.has(sessionId),
    getBrowserUrl: () => driver.send('GET', '/url'),
    startDebugSession() {
      throw new Error('No debugging in the WebKit launcher: run MiniBrowser yourself.');
    },
    async stopSession(sessionId) {
      active.delete(sessionId);
      // A blank page stops the test page's timers before the next file.
      await driver.send('POST', '/url', { url: 'about:blank' });
      return {};
    },
    getPage: () => pageFor(driver),
  };
}

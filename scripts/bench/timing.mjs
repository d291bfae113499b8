// Click → an open, focused, interactive form, for report-concern and for
// Sentry's feedback widget, in headless Chromium through playwright-core.
//
// Each run is a fresh context (empty cache) and page (bench/page.html or
// bench/sentry.html). After the page has loaded and the widget's button has
// rendered, CPU throttling is set (CDP Emulation.setCPUThrottlingRate, 1 or
// 4) and a script in the page takes performance.now(), clicks the button and
// watches for the form:
// - report-concern is ready when its <dialog> is open and a field inside it
//   has focus (it focuses the first category right after showModal());
// - Sentry is ready when its <dialog> is open with its message box rendered
//   (Sentry asks for autofocus on that box, which Chromium does not grant to
//   a box inserted after the page has had focus; waiting for focus would
//   never end, so Sentry stops earlier, which favours it).
// The page checks at every focus change, every DOM mutation in the widget's
// shadow roots, report-concern's `report-open` (fired right after it
// focuses) and every animation frame, so the moment is not rounded to a
// frame; "painted" adds the next animation frame and one task, when the
// form is on screen.
// Preloaded: report-concern's own preload (the pointer moves onto the
// button: pointerenter loads the form), Sentry's own
// `lazyLoadIntegration('feedbackModalIntegration')`; then the network falls
// idle and two frames pass before the click.

/** In the page: clicks the widget's button and times it to the ready form. */
function clickToForm(widget) {
  return new Promise((resolve, reject) => {
    const sentryRoot = document.querySelector('#sentry-feedback')?.shadowRoot;
    const button =
      widget === 'rc'
        ? document.querySelector('flag-button')?.shadowRoot?.querySelector('button')
        : sentryRoot?.querySelector('.widget__actor');
    if (!button) return reject(new Error('no button to click'));
    const observers = [];
    const timer = setTimeout(() => finish(new Error('the form was not ready within 20 s')), 20000);
    const finish = (error) => {
      clearTimeout(timer);
      for (const o of observers) o.disconnect();
      document.removeEventListener('focusin', check, true);
      document.removeEventListener('report-open', check, true);
      if (error) reject(error);
    };
    const ready = () => {
      if (widget === 'rc') {
        const root = document.querySelector('report-concern-dialog')?.shadowRoot;
        const active = root?.activeElement;
        return Boolean(root?.querySelector('dialog[open]') && active?.closest('dialog[open]') && !active.disabled);
      }
      return Boolean(sentryRoot.querySelector('dialog[open] #message'));
    };
    let t0 = 0;
    let done = false;
    function check() {
      if (done || !ready()) return;
      done = true;
      const at = performance.now() - t0;
      finish();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const active = widget === 'rc' ? document.querySelector('report-concern-dialog')?.shadowRoot?.activeElement : sentryRoot.activeElement;
          resolve({ ready: at, painted: performance.now() - t0, focused: active ? `${active.localName}#${active.id}` : null });
        };
        channel.port2.postMessage(0);
      });
    }
    const watch = (root) => {
      const o = new MutationObserver(check);
      o.observe(root, { childList: true, subtree: true, attributes: true });
      observers.push(o);
    };
    document.addEventListener('focusin', check, true);
    document.addEventListener('report-open', check, true);
    const everyFrame = () => {
      check();
      if (!done) requestAnimationFrame(everyFrame);
    };
    requestAnimationFrame(everyFrame);
    if (sentryRoot) watch(sentryRoot);
    // report-concern's dialog is created on the first click: watch its shadow root once it exists.
    let watched = document.querySelector('report-concern-dialog')?.shadowRoot;
    if (watched) watch(watched);
    const body = new MutationObserver(() => {
      const root = document.querySelector('report-concern-dialog')?.shadowRoot;
      if (root && root !== watched) watch((watched = root));
      check();
    });
    body.observe(document.body, { childList: true });
    observers.push(body);
    t0 = performance.now();
    button.click();
  });
}

const PAGES = { rc: '/bench/page.html', sentry: '/bench/sentry.html' };

async function waitIdle(page) {
  // No resource started or finished in the last 300 ms (Resource Timing), then two frames.
  await page.waitForFunction(
    () => {
      const entries = performance.getEntriesByType('resource');
      const lastEnd = Math.max(0, ...entries.map((e) => e.responseEnd));
      window.__seen ??= { count: -1, at: 0 };
      if (entries.length !== window.__seen.count) window.__seen = { count: entries.length, at: performance.now() };
      return performance.now() - Math.max(lastEnd, window.__seen.at) > 300;
    },
    undefined,
    { polling: 50, timeout: 20000 },
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * One timed click in a fresh context: resolves to `{ ready, painted, focused }`
 * (ms after the click; `focused` names the element with focus when painted).
 */
export async function timeClick(browser, origin, { widget, rate, preload }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await page.goto(`${origin}${PAGES[widget]}`, { waitUntil: 'load' });
    await page.locator(widget === 'rc' ? 'flag-button button' : '#sentry-feedback .widget__actor').waitFor();
    await waitIdle(page);
    if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    if (preload) {
      if (widget === 'rc') await page.hover('flag-button button');
      else await page.evaluate(() => window.__preloadForm());
      await waitIdle(page);
    }
    return await page.evaluate(clickToForm, widget);
  } finally {
    await context.close();
  }
}

/** Medians and ranges of a configuration's samples. */
export function summarize(samples) {
  return {
    ready: stats(samples.map((s) => s.ready)),
    painted: stats(samples.map((s) => s.painted)),
    unfocused: samples.filter((s) => !s.focused || s.focused.startsWith('body')).length,
  };
}

export function stats(values) {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}

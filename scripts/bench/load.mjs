// Long tasks and heap growth of report-concern's built widget (moved here
// from scripts/bench.mjs when it grew into journeys; unchanged methods).
//
// Long tasks: bench/fifty.html (50 buttons) loaded 5 times unthrottled and 5
// times at 4×; a PerformanceObserver('longtask', buffered) registered in the
// page's <head> before the widget's script collects them until all fifty
// buttons have rendered, a frame and 100 ms more. Reported: long tasks per
// load (median and max) and the longest one seen; also when the fiftieth
// button had rendered (ms after navigation start, median).
// Heap: bench/page.html, one open–close cycle to load everything, then
// HeapProfiler.collectGarbage (twice) and Runtime.getHeapUsage; 100 cycles of
// click → report-open → a frame → dialog.close() → report-close; collect
// garbage again and read the heap. Growth = used JS heap after − before;
// Memory.getDOMCounters gives the DOM node and listener growth. A second
// batch of 100 shows whether the growth repeats (a leak) or was warm-up.
import { stats } from './timing.mjs';

const LONGTASK_RUNS = 5;
const CYCLES = 100;

/** A fresh context (empty cache, storage and IndexedDB) and page; `rate` throttles the CPU from the start. */
async function newPage(browser, rate = 1) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const throttle = (r) => cdp.send('Emulation.setCPUThrottlingRate', { rate: r });
  if (rate !== 1) await throttle(rate);
  return { context, page, cdp, throttle };
}

const buttonRendered = () =>
  customElements.whenDefined('flag-button').then(() => document.querySelector('flag-button')?.updateComplete);

export async function longTasks(browser, origin, rate) {
  const loads = [];
  for (let i = 0; i < LONGTASK_RUNS; i++) {
    const { context, page } = await newPage(browser, rate);
    try {
      await page.goto(`${origin}/bench/fifty.html`, { waitUntil: 'load' });
      const rendered = await page.waitForFunction(
        () => {
          const buttons = document.querySelectorAll('flag-button');
          const done = buttons.length === 50 && [...buttons].every((b) => b.shadowRoot?.querySelector('button'));
          return done && performance.now();
        },
        undefined,
        { polling: 'raf', timeout: 30000 },
      );
      const allRendered = await rendered.jsonValue();
      const tasks = await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(window.__longTasks), 100))),
      );
      if (tasks === null) throw new Error('this Chromium has no longtask PerformanceObserver');
      loads.push({ count: tasks.length, longest: Math.max(0, ...tasks.map((t) => t.duration)), total: tasks.reduce((n, t) => n + t.duration, 0), allRendered });
    } finally {
      await context.close();
    }
  }
  return {
    rate,
    loads: loads.length,
    count: stats(loads.map((l) => l.count)),
    longest: Math.max(...loads.map((l) => l.longest)),
    allRendered: stats(loads.map((l) => l.allRendered)),
  };
}

export async function heapGrowth(browser, origin) {
  const { context, page, cdp } = await newPage(browser, 1);
  try {
    await page.goto(`${origin}/bench/page.html`, { waitUntil: 'load' });
    await page.evaluate(buttonRendered);
    const cycles = (n) =>
      page.evaluate(async (count) => {
        const button = document.querySelector('flag-button').shadowRoot.querySelector('button');
        const once = (type) => new Promise((r) => document.addEventListener(type, r, { once: true }));
        for (let i = 0; i < count; i++) {
          const opened = once('report-open');
          button.click();
          await opened;
          await new Promise((r) => requestAnimationFrame(r));
          const closed = once('report-close');
          document.querySelector('report-concern-dialog').close();
          await closed;
        }
      }, n);
    const snapshot = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters');
      return { used: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
    };
    await cycles(1);
    const before = await snapshot();
    const t0 = Date.now();
    await cycles(CYCLES);
    const ms = Date.now() - t0;
    const after = await snapshot();
    // A second batch tells a leak (grows again) from one-time warm-up (JIT, caches).
    await cycles(CYCLES);
    const again = await snapshot();
    return {
      cycles: CYCLES,
      before,
      after,
      again,
      growthKB: (after.used - before.used) / 1024,
      secondGrowthKB: (again.used - after.used) / 1024,
      nodes: after.nodes - before.nodes,
      listeners: after.listeners - before.listeners,
      msPerCycle: ms / CYCLES,
    };
  } finally {
    await context.close();
  }
}

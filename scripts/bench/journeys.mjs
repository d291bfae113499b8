// What a reporter's browser fetches, journey by journey, for report-concern
// and for Sentry's feedback widget: each journey is driven in a fresh
// browser context (empty cache) the way a person goes through it, and every
// response Chromium logs (Playwright's network events, workers included) is
// kept. Bytes = each fetched widget file compressed on its own (gzip level
// 9, brotli quality 11), summed, as a server with precompressed files sends
// them. The host page itself and the receivers' answers are not counted.
//
// report-concern (bench/page.html, one Flag button, the built dist/):
//   page       the page loads, the button renders, the network falls idle;
//   text       + click, choose a category, type details, Submit, the
//              thank-you, Close, the "Reported" mark beside the button;
//   screenshot the text report with one screenshot chosen in the file input
//              (its thumbnail shown) before Submit;
//   redacted   the same, the screenshot redacted first ("Hide parts", one
//              area hidden, Apply);
//   help       the text report with the chosen category's help popover
//              opened and closed on the way.
// Sentry (bench/sentry.html, its own button):
//   page       the page loads, the feedback button renders, idle;
//   text       + click, the form, a message, Send, its thank-you (screenshot
//              add-on off: Sentry's lightest text report);
//   screenshot the same with the screenshot add-on on (loaded with the form,
//              as on any desktop page), a capture of the tab taken with
//              "Add a screenshot" where Chromium grants it.
// Sentry's redaction is part of its screenshot add-on and it has no help
// popovers, so report-concern's "redacted" compares with Sentry's
// "screenshot" and "help" with Sentry's "text".
import { deflateSync } from 'node:zlib';
import { compressedSizes, markersIn } from '../size.mjs';
import { pngChunk } from '../png-chunk.mjs';

/**
 * Budgets held by `npm test` (test/node/journey-size.test.ts), in gzip bytes
 * of what the browser fetched through the whole journey, the mark included.
 * The goals are ratios to Sentry's same journey in one run (npm run bench,
 * @sentry/browser 11.12.0): page 42,370, page + form 56,776, page + form +
 * screenshot 64,574 bytes gzip. The budgets hold what this build fetches
 * (6,052, 28,274 and 34,726 on 2026-12-05) with a little room, so the gains
 * are kept; `page` and `text` are inside their goals (0.15 × 42,370 and
 * 0.50 × 56,776 = 28,388), `screenshot` still above its own (0.50 ×
 * 64,574 = 32,287). The README's "Size and speed" section says why;
 * CHANGELOG.md what moved each figure.
 */
export const JOURNEY_BUDGETS = { page: 6080, text: 28320, screenshot: 34780 };
export const JOURNEY_GOALS = { page: 0.15 * 42370, text: 0.5 * 56776, screenshot: 0.5 * 64574 };


// ---- A screenshot to attach: a real PNG made here -----------------------------------

/** A 640×400 RGB PNG of a chat (two bubbles on a grey page). */
export function chatPng(width = 640, height = 400) {
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      let rgb = [244, 246, 249];
      if (y > 40 && y < 140 && x > 30 && x < 420) rgb = [238, 241, 246];
      if (y > 200 && y < 300 && x > 200 && x < 600) rgb = [223, 241, 232];
      row.set(rgb, 1 + x * 3);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- Network log -----------------------------------------------------------------------

/**
 * Records what a context fetches, and how many downloads are still in flight
 * (GETs only: Sentry posts with `keepalive`, whose end Chromium may not log).
 */
function networkLog(context) {
  const responses = [];
  let inFlight = 0;
  let last = Date.now();
  context.on('request', (request) => {
    if (request.method() !== 'GET') return;
    inFlight++;
    last = Date.now();
  });
  const done = (request) => {
    if (request.method() !== 'GET') return;
    inFlight--;
    last = Date.now();
  };
  context.on('requestfinished', done);
  context.on('requestfailed', done);
  context.on('response', (response) => {
    if (response.request().method() === 'GET') responses.push(response);
  });
  return {
    responses,
    /** Resolves once nothing has been in flight for `quiet` ms. */
    async idle(quiet = 300, timeout = 20000) {
      const start = Date.now();
      while (inFlight > 0 || Date.now() - last < quiet) {
        if (Date.now() - start > timeout) throw new Error(`the network did not fall idle (${inFlight} requests in flight)`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
  };
}

// ---- The journeys ------------------------------------------------------------------------

const dialog = (page) => page.locator('report-concern-dialog');

async function rcOpen(page) {
  await page.locator('flag-button button').click();
  await dialog(page).locator('dialog[open]').waitFor();
}

async function rcFill(page, category = 'Commercial spam') {
  await dialog(page).getByRole('radio', { name: category }).check();
  await dialog(page).getByRole('textbox', { name: /Details/ }).fill('Links to an essay shop in every answer');
}

async function rcAttach(page) {
  await dialog(page).locator('input[type="file"]').setInputFiles({ name: 'chat.png', mimeType: 'image/png', buffer: chatPng() });
  await dialog(page).locator('img').first().waitFor();
}

async function rcSubmitToMark(page) {
  await dialog(page).getByRole('button', { name: 'Submit' }).click();
  await dialog(page).getByText(/Thank you/).first().waitFor({ timeout: 20000 });
  await dialog(page).getByRole('button', { name: 'Close' }).last().click();
  await page.locator('flag-button [part="mark"]').waitFor();
}

export const RC_JOURNEYS = {
  page: async () => {},
  text: async (page) => {
    await rcOpen(page);
    await rcFill(page);
    await rcSubmitToMark(page);
  },
  screenshot: async (page) => {
    await rcOpen(page);
    await rcFill(page);
    await rcAttach(page);
    await rcSubmitToMark(page);
  },
  redacted: async (page) => {
    await rcOpen(page);
    await rcFill(page);
    await rcAttach(page);
    await dialog(page).getByRole('button', { name: /Hide parts/ }).first().click();
    await dialog(page).getByRole('button', { name: 'Hide this area' }).click();
    await dialog(page).getByRole('button', { name: 'Apply' }).click();
    await dialog(page).getByText(/hidden areas are removed/).first().waitFor();
    await rcSubmitToMark(page);
  },
  help: async (page) => {
    await rcOpen(page);
    await rcFill(page, 'Scams, phishing or fraud');
    await dialog(page).getByRole('button', { name: /^About .Scams/ }).click();
    // Placed by floating-ui (its chunk loaded), not only open: under load, Escape could
    // otherwise close it before its toggle event (dispatched later) asked for placement.
    await dialog(page).locator('[popover]:popover-open[style*="left"]').waitFor();
    await page.keyboard.press('Escape');
    await rcSubmitToMark(page);
  },
};

const sentry = (page) => page.locator('#sentry-feedback');

async function sentryText(page, { capture = false } = {}) {
  await sentry(page).locator('.widget__actor').click();
  await sentry(page).locator('#message').waitFor();
  let note;
  if (capture) {
    await sentry(page).getByRole('button', { name: 'Add a screenshot' }).click();
    // The editor's canvas appears once the tab was captured; headless Chromium may refuse.
    note = await sentry(page)
      .locator('canvas')
      .first()
      .waitFor({ timeout: 5000 })
      .then(() => undefined, () => 'tab capture refused: add-on loaded, no image taken');
  }
  await sentry(page).locator('#message').fill('Links to an essay shop in every answer');
  await sentry(page).getByRole('button', { name: 'Send Bug Report' }).click();
  await sentry(page).getByText(/Thank you/).waitFor({ timeout: 20000 });
  return note;
}

export const SENTRY_JOURNEYS = {
  page: { query: '', run: async () => {} },
  text: { query: '', run: (page) => sentryText(page) },
  screenshot: { query: '?screenshot', run: (page) => sentryText(page, { capture: true }) },
};

/** Which widget files a response is: report-concern's under /dist/, Sentry's page bundle and add-ons. */
const WIDGET = { rc: /^\/dist\//, sentry: /^\/(sentry\/|\d+\.\d+\.\d+[^/]*\/)/ };

/**
 * Runs one journey in a fresh context. Resolves to `{ files: [{ path, raw,
 * gzip, brotli }], gzip, brotli, raw, note? }`.
 */
export async function runJourney(browser, origin, widget, name) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const log = networkLog(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    let note;
    if (widget === 'rc') {
      await page.goto(`${origin}/bench/page.html`);
      await page.locator('flag-button button').waitFor();
      await RC_JOURNEYS[name](page);
    } else {
      const journey = SENTRY_JOURNEYS[name];
      await page.goto(`${origin}/bench/sentry.html${journey.query}`);
      await sentry(page).locator('.widget__actor').waitFor();
      note = await journey.run(page);
    }
    await log.idle();
    const files = [];
    for (const response of log.responses) {
      const path = new URL(response.url()).pathname;
      if (!WIDGET[widget].test(path) || response.status() !== 200) continue;
      const body = await response.body();
      files.push({ path, ...compressedSizes(body), contains: markersIn(body.toString('utf8')) });
    }
    const sum = (key) => files.reduce((n, f) => n + f[key], 0);
    return { files, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli'), note, errors };
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`${widget} "${name}" journey failed: ${why}${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`);
  } finally {
    await context.close();
  }
}

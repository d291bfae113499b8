// The end-to-end journeys in Firefox and WebKit (scripts/run-e2e.mjs runs
// them after the Chromium ones, against the same built demo and receiver):
// a content report with a screenshot, a member report, and the page with
// only the pasted snippet. Each checks what lands on disk, as in Chromium.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firefoxDriver, webkitDriver } from './e2e-drivers.mjs';

// The reference as the form shows it, isolated from the sentence around it (U+2068 … U+2069).
const REFERENCE = /Your reference: \u2068?(RC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4})/;
const DIALOG = 'report-concern-dialog';
// Where a failed journey's picture of the page goes (run-e2e.mjs's E2E_SCREENSHOTS).
const SHOTS = process.env.E2E_SCREENSHOTS ?? '.cache/e2e';

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * Clicks a radio button or checkbox and checks that the click checked it, as
 * a person would see: a click that misses fails here, by name, not later.
 */
async function check(b, role, name) {
  const box = await b.get(role, name, DIALOG);
  await b.click(box);
  assert(await b.checked(box), `clicking the ${role} "${name}" checked it`);
  return box;
}

/** Picks a category, submits, and returns the reference the thank-you shows. */
async function submit(b, category) {
  await check(b, 'radio', category);
  await b.click(await b.get('button', 'Submit', DIALOG));
  return (await b.waitForText(REFERENCE, DIALOG))[1];
}

/** The one stored report with this reference. */
function stored(storedReports, reportsDir, reference) {
  const found = storedReports(reportsDir).filter((r) => r.meta.reference === reference);
  assert(found.length === 1, `one report ${reference} on disk, found ${found.length}`);
  return found[0];
}

/** The screenshot on disk: re-encoded (no metadata left) and the size the report says. */
function checkScreenshot({ report, files, folder }, png) {
  const [meta] = report.evidence?.screenshots ?? [];
  assert(meta && meta.width === 360 && meta.height === 240, `one 360×240 screenshot, got ${JSON.stringify(meta)}`);
  const image = files.find((f) => /^screenshot-1\.(png|jpe?g|webp)$/.test(f));
  assert(image, `the screenshot is on disk (files: ${files.join(', ')})`);
  const bytes = readFileSync(join(folder, image));
  assert(bytes.length === meta.size, `size on disk ${bytes.length} matches the report's ${meta.size}`);
  assert(!bytes.equals(png), 'the image was re-encoded in the browser');
  assert(!bytes.includes(Buffer.from('Calle Falsa')), 'the metadata of the picked file is gone');
  return meta.type;
}

function journeys({ base, reportsDir, storedReports, png, pngPath, formats }) {
  return {
    async 'flags an answer with a screenshot'(b) {
      await b.goto(`${base}/index.html`);
      await b.click(await b.get('button', 'Flag', '#a-8820'));
      await b.get('dialog', 'Report Concern', DIALOG);
      await b.fill(await b.get('textbox', 'Details', DIALOG), 'Asks for 150 € by Western Union.');
      await b.upload(await b.get('file', null, DIALOG), pngPath);
      await b.get('button', 'Remove chat.png', DIALOG);
      const reference = await submit(b, 'Scams, phishing or fraud');
      const report = stored(storedReports, reportsDir, reference);
      assert(report.report.subject.contentId === 'a-8820' && report.report.category === 'scam', 'the answer, as a scam');
      assert(report.report.details === 'Asks for 150 € by Western Union.', 'the details verbatim');
      formats.push(checkScreenshot(report, png));
    },
    async 'reports a member, with message text and a block'(b) {
      await b.goto(`${base}/profile.html`);
      await b.click(await b.get('button', 'Report Concern'));
      await b.get('dialog', 'Report Concern', DIALOG);
      await check(b, 'radio', 'In messages');
      await b.fill(await b.get('textbox', 'Message text', DIALOG), 'Marco: pay me outside the site');
      await check(b, 'checkbox', 'Also block this user');
      const reference = await submit(b, 'Scams, phishing or fraud');
      const { report } = stored(storedReports, reportsDir, reference);
      assert(report.subject.kind === 'user' && report.subject.userId === 'u-marco', 'the member is the subject');
      assert(report.incident?.messageText === 'Marco: pay me outside the site', 'the message text verbatim');
      assert(report.block === true, 'the block wish is recorded');
      await b.waitForText(/block member u-marco/, '#event-log');
    },
    async 'sends from a page with only the pasted snippet'(b) {
      await b.goto(`${base}/plain.html`);
      await b.click(await b.get('button', 'Flag', 'flag-button[content-id="c-9001"]'));
      const reference = await submit(b, 'Scams, phishing or fraud');
      const { report } = stored(storedReports, reportsDir, reference);
      assert(report.subject.contentId === 'c-9001' && report.subject.contentType === 'comment', 'the comment from the snippet page');
    },
  };
}

// `E2E_ENGINES=webkit` (or `firefox`) runs the journeys in that engine only.
const ENGINES = [['firefox', firefoxDriver], ['webkit', webkitDriver]].filter(
  ([engine]) => !process.env.E2E_ENGINES || process.env.E2E_ENGINES.split(',').includes(engine),
);

/**
 * Runs the journeys in Firefox and WebKit, pushing `{ name, ok }` to
 * `results` and printing each as run-e2e.mjs does. An engine that does not
 * start fails one entry and the others still run.
 */
export async function runOtherEngines({ base, reportsDir, storedReports, makePng, results }) {
  const dir = mkdtempSync(join(tmpdir(), 'report-concern-e2e-files-'));
  const png = makePng();
  const pngPath = join(dir, 'chat.png');
  writeFileSync(pngPath, png);
  mkdirSync(SHOTS, { recursive: true });
  try {
    for (const [engine, start] of ENGINES) {
      const formats = [];
      let b;
      try {
        b = await start();
      } catch (error) {
        results.push({ name: `${engine}: start`, ok: false });
        console.log(`  ✖ ${engine}: could not start (${error.message})`);
        continue;
      }
      console.log(`e2e in ${b.name} ${b.version}`);
      for (const [name, body] of Object.entries(journeys({ base, reportsDir, storedReports, png, pngPath, formats }))) {
        const started = Date.now();
        try {
          await body(b);
          assert(b.problems.length === 0, b.problems.splice(0).join('\n'));
          results.push({ name: `${engine}: ${name}`, ok: true });
          console.log(`  ✔ ${engine}: ${name} (${Date.now() - started} ms)`);
        } catch (error) {
          results.push({ name: `${engine}: ${name}`, ok: false });
          console.log(`  ✖ ${engine}: ${name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`);
          console.log(`    the dialog showed: ${(await b.text(DIALOG).catch((e) => `(could not read: ${e.message})`)) || '(nothing)'}`);
          const picture = join(SHOTS, `${engine}-${name.replace(/\W+/g, '-')}.png`);
          if (await b.screenshot(picture).then(() => true, () => false)) console.log(`    the page then: ${picture}`);
        }
      }
      if (formats.length) console.log(`  (${engine} sent its screenshot as ${formats.join(', ')})`);
      await b.close().catch(() => undefined);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

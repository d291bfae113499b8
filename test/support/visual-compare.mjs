// The node side of the visual suite (test/visual/): a web-test-runner command
// plugin that photographs the test page and compares the picture with its
// reviewed reference, pixel by pixel.
//
//   visual-compare { name }   the viewport as it is now, against
//                             test/visual/references/<name>.png
//   visual-readme  { file }   the open dialog alone, written to docs/<file>
//                             (only when references are being updated)
//
// With VISUAL_UPDATE=1 (`npm run test:visual -- --update`) a missing or
// changed reference is written instead of compared; a picture within the
// tolerance of its reference is left alone, so git stays clean. Without it a
// mismatch writes <name>.actual.png and <name>.diff.png (differing pixels in
// red) to .cache/visual/ and fails the test that asked, with the name.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';

export const REFERENCES = 'test/visual/references';
export const OUT = '.cache/visual';
const DOCS = 'docs';

/**
 * Tolerance. A pixel differs when its colour is further than THRESHOLD
 * (pixelmatch's perceptual distance, 0…1) from the reference's and it is not
 * anti-aliasing; a picture fails when more than MAX_DIFF_PIXELS differ. One
 * changed letter is a few hundred pixels; font hinting noise between two
 * machines is a few dozen at most.
 */
const THRESHOLD = 0.1;
const MAX_DIFF_PIXELS = 100;

const updating = () => process.env.VISUAL_UPDATE === '1';

/** How `actual` (PNG bytes) differs from `reference`: the count of differing pixels and a diff picture. */
export function comparePng(actual, reference) {
  const a = PNG.sync.read(actual);
  const r = PNG.sync.read(reference);
  if (a.width !== r.width || a.height !== r.height) {
    return { pixels: Infinity, why: `size ${a.width}×${a.height}, reference ${r.width}×${r.height}` };
  }
  const diff = new PNG({ width: a.width, height: a.height });
  const pixels = pixelmatch(a.data, r.data, diff.data, a.width, a.height, { threshold: THRESHOLD, alpha: 0.2 });
  return { pixels, diff: PNG.sync.write(diff), why: `${pixels} pixels differ (at most ${MAX_DIFF_PIXELS} may)` };
}

function safeName(name) {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`a picture name is lower-case words and dashes, got "${name}"`);
  return name;
}

/** Compares (or, when updating, records) one picture; returns what happened, for the test to assert on. */
export function checkPicture(name, actual) {
  const file = join(REFERENCES, `${safeName(name)}.png`);
  const had = existsSync(file);
  const result = had ? comparePng(actual, readFileSync(file)) : { pixels: Infinity, why: 'no reference yet' };
  const same = result.pixels <= MAX_DIFF_PIXELS;
  for (const kind of ['actual', 'diff']) rmSync(join(OUT, `${name}.${kind}.png`), { force: true });
  if (same) return { ok: true, name, pixels: result.pixels };
  if (updating()) {
    mkdirSync(REFERENCES, { recursive: true });
    writeFileSync(file, actual);
    return { ok: true, name, written: true, why: result.why };
  }
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, `${name}.actual.png`), actual);
  if (result.diff) writeFileSync(join(OUT, `${name}.diff.png`), result.diff);
  const how = had ? '' : ' (run `npm run test:visual -- --update`, look at the picture, commit it)';
  return { ok: false, name, why: `${result.why}${how}; see ${OUT}/${name}.actual.png` };
}

export function visualPlugin() {
  return {
    name: 'report-concern-visual',
    async executeCommand({ command, payload, session }) {
      if (command !== 'visual-compare' && command !== 'visual-readme') return undefined;
      const page = session.browser.getPage(session.id);
      // Animations run to their end, the caret is hidden: the same state gives the same pixels.
      const options = { animations: 'disabled', caret: 'hide', scale: 'css' };
      if (command === 'visual-compare') return checkPicture(payload.name, await page.screenshot(options));
      if (!updating()) return { ok: true, skipped: true };
      const file = join(DOCS, String(payload.file).replace(/[^\w.-]/g, ''));
      const shot = await page.locator('report-concern-dialog dialog[open]').screenshot(options);
      if (!existsSync(file) || comparePng(shot, readFileSync(file)).pixels > MAX_DIFF_PIXELS) writeFileSync(file, shot);
      return { ok: true, file };
    },
  };
}

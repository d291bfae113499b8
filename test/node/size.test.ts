import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error -- a plain .mjs script without types
import { measure, isForeignLocaleChunk, isHostCheckChunk, isNotAtOnceChunk, isScreenshotOnlyChunk, BUDGETS, FORM_CHUNK } from '../../scripts/size.mjs';

interface Group {
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
}
interface Row {
  file: string;
  gzip: number;
  pageLoad: boolean;
  contentReport: boolean;
  contains: string[];
}
interface Measured {
  pageLoad: Group;
  contentReport: Group;
  total: Group;
  files: Row[];
  external: string[];
  warnings: string[];
}

const fmt = (n: number) => n.toLocaleString('en-US');

let measured: Promise<Measured> | undefined;
/** dist/ measured once for all the budget tests (a missing build fails each with the same message). */
const measureDist = (): Promise<Measured> => (measured ??= measure('dist'));

describe('the size budgets of the built widget (dist/)', () => {
  const entry = join('dist', 'report-concern.js');

  test('dist/report-concern.js has been built', () => {
    assert.ok(existsSync(entry), `${entry} is missing: run \`npm run build\` first (npm test builds before the node tests).`);
  });

  test(`page load (report-concern.js and its static imports) is at most ${fmt(BUDGETS.pageLoad)} bytes gzip`, async () => {
    const m = await measureDist();
    const files = m.files.filter((r) => r.pageLoad).map((r) => r.file);
    assert.ok(
      m.pageLoad.gzip <= BUDGETS.pageLoad,
      `page load is ${fmt(m.pageLoad.gzip)} bytes gzip (${files.join(', ')}); budget ${fmt(BUDGETS.pageLoad)}. ` +
        'See `node scripts/size.mjs` for the per-file table.',
    );
  });

  test(`the form's own chunk is at most ${fmt(BUDGETS.formChunk)} bytes gzip`, async () => {
    const m = await measureDist();
    const form = m.files.filter((r) => FORM_CHUNK.test(r.file));
    assert.equal(form.length, 1, `one form chunk (dialog-impl-*.js): ${m.files.map((r) => r.file).join(', ')}`);
    assert.ok(form[0].gzip <= BUDGETS.formChunk, `${form[0].file} is ${fmt(form[0].gzip)} bytes gzip; budget ${fmt(BUDGETS.formChunk)}`);
  });

  test('the one-tag script imports no bare specifier a page could not load', async () => {
    const m = await measureDist();
    assert.deepEqual(m.external, []);
  });

  test('the capture code is in one lazy chunk that the form only imports dynamically', async () => {
    const m = await measureDist();
    // The capture asks for the tab with getDisplayMedia({...}); the form only checks that it exists.
    const asking = m.files.filter((r) => /\.getDisplayMedia\(\{/.test(readFileSync(join('dist', r.file), 'utf8')));
    assert.equal(asking.length, 1, `getDisplayMedia({…}) in ${asking.map((r) => r.file).join(', ') || 'no file'}`);
    const [chunk] = asking;
    assert.match(chunk!.file, /capture/, 'named for capture, so the size check counts it as screenshot-only');
    assert.equal(chunk!.pageLoad, false, 'not on page load');
    assert.equal(chunk!.contentReport, false, 'not fetched by a text report');
    const form = m.files.find((r) => /dialog-impl/.test(r.file))!;
    const name = chunk!.file.split('/').pop()!;
    assert.match(readFileSync(join('dist', form.file), 'utf8'), new RegExp(`import\\(\\W\\./${name.replace(/[.$-]/g, '\\$&')}\\W\\)`), 'loaded by import()');
  });

  test('lit is in the build once, in its production form', async () => {
    const m = await measureDist();
    assert.deepEqual(
      m.warnings.filter((w) => /lit/.test(w)),
      [],
    );
  });
});

describe('how the measurement reads a build', () => {
  test('follows static, re-export, dynamic and worker-URL edges; ignores imports in strings and comments', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'size-test-'));
    try {
      const w = (name: string, text: string) => writeFileSync(join(dir, name), text);
      w(
        'report-concern.js',
        'import{a as e}from"./shared-AbCd1234.js";export{b}from"./reexport.js";' +
          'const s="import(\\"./in-string.js\\")";/* import("./in-comment.js") */' +
          'const t=`${e} import("./in-template.js")`;const r=/import\\("\\.\\/in-regex\\.js"\\)/;' +
          'export const load=()=>import("./dialog-impl-Xy_z9876.js");console.log(s,t,r);',
      );
      w('shared-AbCd1234.js', 'export const a=1;');
      w('reexport.js', 'export const b=2;');
      w(
        'dialog-impl-Xy_z9876.js',
        'import{a}from"./shared-AbCd1234.js";export const de=()=>import("./de-Qwer5678.js");' +
          'export const en=()=>import("./en-Qwer5678.js");export const shots=()=>import("./screenshots-Zxcv4321.js");',
      );
      w('de-Qwer5678.js', 'export default {flag:"Melden"};');
      w('en-Qwer5678.js', 'export default {flag:"Flag"};');
      w(
        'screenshots-Zxcv4321.js',
        'export const worker=()=>new Worker(new URL("./webp-worker.js",import.meta.url),{type:"module"});' +
          // How vite writes a worker's URL: bare, relative to the chunk.
          'export const image=(W)=>new W(new URL(new URL(`image-worker-Bn4t5678.js`,import.meta.url).href,``+import.meta.url));',
      );
      w('webp-worker.js', 'self.onmessage=()=>{};');
      w('image-worker-Bn4t5678.js', 'self.onmessage=()=>{};');
      for (const name of ['in-string.js', 'in-comment.js', 'in-template.js', 'in-regex.js', 'index.js']) w(name, 'export{};');

      const m: Measured = await measure(dir);
      const names = (pick: (r: Row) => boolean) => m.files.filter(pick).map((r) => r.file).sort();
      assert.deepEqual(names((r) => r.pageLoad), ['reexport.js', 'report-concern.js', 'shared-AbCd1234.js']);
      assert.deepEqual(names((r) => r.contentReport && !r.pageLoad), ['dialog-impl-Xy_z9876.js', 'en-Qwer5678.js']);
      assert.deepEqual(names(() => true), [
        'de-Qwer5678.js',
        'dialog-impl-Xy_z9876.js',
        'en-Qwer5678.js',
        'image-worker-Bn4t5678.js',
        'reexport.js',
        'report-concern.js',
        'screenshots-Zxcv4321.js',
        'shared-AbCd1234.js',
        'webp-worker.js',
      ]);
      assert.equal(m.total.files, 9);
      assert.ok(m.pageLoad.gzip > 0 && m.pageLoad.brotli > 0);
      assert.ok(m.pageLoad.gzip < m.contentReport.gzip && m.contentReport.gzip < m.total.gzip);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a missing build is an error that says to build', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'size-test-'));
    try {
      await assert.rejects(measure(dir), /run `npm run build` first/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('non-English locale chunks are recognised by name, English ones and look-alikes are not', () => {
    for (const f of ['de-Qwer5678.js', 'pt-BR-Qwer5678.js', 'locale-fr.js', 'i18n-es-Abcd1234.js', 'lang.ja.js']) {
      assert.equal(isForeignLocaleChunk(f), true, f);
    }
    for (const f of ['en-Qwer5678.js', 'en-GB.js', 'locale-en.js', 'dom-Abcd1234.js', 'dialog-impl-Xy_z9876.js', 'css.js']) {
      assert.equal(isForeignLocaleChunk(f), false, f);
    }
  });

  test('the chunk of the full rules (loaded when a listener changed the report) is recognised by name', () => {
    assert.equal(isHostCheckChunk('chunks/schema-BXGDdelj.js'), true);
    assert.equal(isHostCheckChunk('dialog-impl-Xy_z9876.js'), false);
  });

  test('the content report of the real build does not hold zod: it loads only when a listener changed the report', async () => {
    const m = await measureDist();
    const withZod = m.files.filter((r) => r.contains.includes('zod'));
    assert.ok(withZod.length > 0, 'zod is in the build somewhere');
    assert.deepEqual(withZod.filter((r) => r.contentReport).map((r) => r.file), []);
  });

  test('the chunks a report delivered at once never loads are recognised by name', () => {
    for (const f of ['chunks/undelivered-B4gnClIl.js', 'chunks/retry-CnnKkeS-.js', 'chunks/news-BxlFI5bb.js', 'chunks/keyboard-inset-DWNAWb4U.js']) {
      assert.equal(isNotAtOnceChunk(f), true, f);
    }
    for (const f of ['chunks/dialog-impl-l1ngXeQk.js', 'chunks/retry-after-B0KxEPCO.js', 'chunks/newsletter-Ab12Cd34.js']) assert.equal(isNotAtOnceChunk(f), false, f);
  });

  test('screenshot-only chunks are recognised by name', () => {
    assert.equal(isScreenshotOnlyChunk('screenshots-Zxcv4321.js'), true);
    assert.equal(isScreenshotOnlyChunk('image-worker.js'), true);
    assert.equal(isScreenshotOnlyChunk('dialog-impl-Xy_z9876.js'), false);
    assert.equal(isScreenshotOnlyChunk('placement-DvEnkWsW.js'), false);
  });
});

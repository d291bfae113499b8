// The second minifier pass of the one-tag build (scripts/terser-pass.mjs):
// its output keeps every property name, and the maps of the built files
// (dist/, chained through both minifiers) still lead to the source line.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { minify } from 'terser';
import { terserFile } from '../../scripts/terser-pass.mjs';

interface RawMap {
  sources: string[];
  sourcesContent?: (string | null)[];
}

/** Of the string literals in `code`, how many its map leads to a source line holding the same text. */
function mappedStrings(code: string, rawMap: RawMap): { checked: number; found: number; misses: string[] } {
  const map = new SourceMap(rawMap as ConstructorParameters<typeof SourceMap>[0]);
  const out = { checked: 0, found: 0, misses: [] as string[] };
  for (const [line, text] of code.split('\n').entries()) {
    for (const m of text.matchAll(/["'`]([A-Za-z][\w ./-]{5,30})["'`]/g)) {
      const entry = map.findEntry(line, m.index) as { originalSource?: string; originalLine?: number };
      // Only strings of our own source count (Lit's files on npm are minified already).
      if (!entry.originalSource?.includes('/src/')) continue;
      const i = rawMap.sources.findIndex((s) => entry.originalSource!.endsWith(s.replace(/^(\.\.\/)+/, '')));
      const original = rawMap.sourcesContent?.[i]?.split('\n')[entry.originalLine!] ?? '';
      out.checked++;
      if (original.includes(m[1])) out.found++;
      else out.misses.push(`${m[1]} → ${entry.originalSource}:${entry.originalLine! + 1}`);
    }
  }
  return out;
}

describe('the terser pass', () => {
  test('keeps property names and chains the map it was given', async () => {
    const source = 'const limits = { screenshotBytesMax: 5, detailsMax: 2000 };\nexport function record(note) {\n  return { reporterNote: note, label: "a report", max: limits.screenshotBytesMax };\n}\n';
    const first = await minify(source, { module: true, compress: false, mangle: false, sourceMap: { asObject: true, includeSources: true } });
    const map = { ...(first.map as object), sources: ['/src/record.ts'], sourcesContent: [source] };
    const { code, map: chained } = await terserFile(`${first.code}\n//# sourceMappingURL=record.js.map`, map);
    assert.match(code, /\{reporterNote:\w+,label:"a report",max:\w+\}/, 'the returned record keeps its property names');
    assert.doesNotMatch(code, /detailsMax/, 'an unread property of a module-local object is dropped');
    assert.match(code, /\n\/\/# sourceMappingURL=record\.js\.map$/);
    assert.deepEqual((chained as RawMap).sources, ['/src/record.ts']);
    const { found, checked } = mappedStrings(code, chained as RawMap);
    assert.ok(checked > 0 && found === checked, `${found} of ${checked} strings mapped to their line`);
  });

  test('minifies a file the build wrote no map for, and gives no map back', async () => {
    const { code, map } = await terserFile('export const record = { reporterNote: "a note" };\n', undefined);
    assert.equal(code, 'export const record={reporterNote:"a note"};');
    assert.equal(map, undefined);
  });

  test('the built files and the image worker map back to their sources', { skip: !existsSync('dist/report-concern.js') && 'no dist/' }, () => {
    const chunks = readdirSync('dist/chunks').filter((f) => /^(dialog-impl|image-worker|evidence-work)-[\w-]{8}\.js$/.test(f));
    assert.equal(chunks.length, 3, `the form, the screenshot work and the worker are built: ${chunks.join(', ')}`);
    let all = 0;
    let right = 0;
    for (const file of ['report-concern.js', ...chunks.map((f) => join('chunks', f))]) {
      const code = readFileSync(join('dist', file), 'utf8');
      const { checked, found, misses } = mappedStrings(code, JSON.parse(readFileSync(join('dist', `${file}.map`), 'utf8')) as RawMap);
      // Some strings lead to a line nearby: those in CSS and in the form's templates, which the
      // build squeezes before bundling (no map of their own), and a few where oxc's map names the statement.
      assert.ok(checked >= 3 && found / checked >= 0.8, `${file}: ${found} of ${checked} strings lead to their source line; not: ${misses.slice(0, 5).join(', ')}`);
      all += checked;
      right += found;
    }
    assert.ok(right / all >= 0.85, `${right} of ${all} strings lead to their source line`);
    const worker = readFileSync(join('dist/chunks', chunks.find((f) => f.startsWith('image-worker'))!), 'utf8');
    assert.doesNotMatch(worker, /detailsMax/, 'the worker went through the pass (it reads one limit of thirteen)');
  });
});

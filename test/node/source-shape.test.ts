/**
 * The style guide's measures of the source (scripts/source-shape.mjs): no
 * file in src/ over 400 lines, no function over 60 of its own lines.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error -- a plain .mjs script without types
import { functionsIn, measureSource, LIMITS } from '../../scripts/source-shape.mjs';

/**
 * Allowed over the limit: the PostgreSQL migration is one template of SQL
 * text (the same text ships as sql/postgres/001-reports.sql), not logic.
 */
const KNOWN = new Set(['src/server/postgres/sql.ts:reports']);

describe('the shape of the source', () => {
  const { files, functions } = measureSource('src');

  test(`no file in src/ is over ${LIMITS.fileLines} lines`, () => {
    assert.deepEqual(files, []);
  });

  test(`no function in src/ is over ${LIMITS.functionLines} lines of its own`, () => {
    const over = functions.filter((f: { file: string; name: string }) => !KNOWN.has(`${f.file}:${f.name}`));
    assert.deepEqual(over, []);
  });

  test('counts a function’s own lines, less the functions written inside it', () => {
    const code = ['function outer() {', '  const a = 1;', '  const inner = () => {', '    return a;', '  };', '  return inner;', '}'].join('\n');
    const [outer, inner] = functionsIn(code);
    assert.deepEqual([outer.name, outer.span, outer.own], ['outer', 7, 4]);
    assert.deepEqual([inner.name, inner.span, inner.own], ['inner', 3, 3]);
  });

  test('counts the body of a Promise executor in the function that writes it', () => {
    const body = Array.from({ length: 70 }, (_, i) => `    step(${i});`);
    const code = ['function long() {', '  return new Promise((resolve) => {', ...body, '    resolve();', '  });', '}'].join('\n');
    const found = functionsIn(code);
    assert.deepEqual(
      found.map((f: { name: string; own: number }) => [f.name, f.own]),
      [['long', 75]],
    );
  });

  test('counts inline callbacks in their function, and named closures on their own', () => {
    const code = [
      'function outer(list) {',
      '  const doubled = list.map((n) => {',
      '    return n * 2;',
      '  });',
      '  const api = {',
      '    add(n) {',
      '      list.push(n);',
      '    },',
      '  };',
      '  api.clear = () => {',
      '    list.length = 0;',
      '  };',
      '  return () => {',
      '    list.length = 0;',
      '  };',
      '}',
    ].join('\n');
    const found = functionsIn(code).map((f: { name: string; span: number; own: number }) => [f.name, f.span, f.own]);
    assert.deepEqual(found, [
      ['outer', 16, 10],
      ['add', 3, 3],
      ['clear', 3, 3],
    ]);
  });

  test('counts a callback named by the string before it (a test, a listener) on its own', () => {
    const code = [
      'function suite() {',
      "  test('keeps the report', () => {",
      '    one();',
      '    two();',
      '  });',
      "  el.addEventListener('close', () => {",
      '    three();',
      '  });',
      '  setTimeout(() => {',
      '    four();',
      '  }, 1);',
      '}',
    ].join('\n');
    const found = functionsIn(code).map((f: { name: string; own: number }) => [f.name, f.own]);
    assert.deepEqual(found, [
      ['suite', 5],
      ['keeps the report', 4],
      ['close', 3],
    ]);
  });

  test('measures a class field, a top-level callback and a function under `as` as functions', () => {
    const code = [
      'class A {',
      '  f = () => {',
      '    go();',
      '  };',
      '}',
      'queueMicrotask(() => {',
      '  go();',
      '});',
      'const g = ((): void => {',
      '  go();',
      '}) as Go;',
    ].join('\n');
    const found = functionsIn(code).map((f: { name: string; span: number }) => [f.name, f.span]);
    assert.deepEqual(found, [
      ['f', 3],
      ['(anonymous)', 3],
      ['g', 3],
    ]);
  });
});

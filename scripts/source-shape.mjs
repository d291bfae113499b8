// How big the source is, by the style guide's measures: no file in src/
// over 400 lines, no function over 60. A function's length is its own lines:
// the lines it spans less those of the functions written inside it, so a
// controller made of closures counts each closure on its own.
//
// `node scripts/source-shape.mjs` prints what is over; the node test
// test/node/source-shape.test.ts fails on it. Parsed with the TypeScript
// parser vite's bundler ships (rolldown's oxc), not by pattern.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAst } from 'rolldown/parseAst';

export const LIMITS = { fileLines: 400, functionLines: 60 };

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield path;
  }
}

/** Every function in `code`, with the lines it spans and its own lines. */
export function functionsIn(code) {
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const out = [];
  const walk = (node, owner, name) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => walk(n, owner, name));
    let inner = owner;
    if (FUNCTIONS.has(node.type)) {
      const fn = { name: node.id?.name ?? name ?? '(anonymous)', line: lineOf(node.start), span: lineOf(node.end) - lineOf(node.start) + 1, nested: 0 };
      if (owner) owner.nested += fn.span;
      out.push(fn);
      inner = fn;
    }
    const label = node.type === 'VariableDeclarator' || node.type === 'Property' || node.type === 'MethodDefinition' ? (node.id ?? node.key)?.name : undefined;
    for (const [key, value] of Object.entries(node)) if (key !== 'type') walk(value, inner, label ?? name);
  };
  walk(parseAst(code, { lang: 'ts' }), undefined, undefined);
  return out.map((fn) => ({ ...fn, own: fn.span - fn.nested }));
}

/** Files over the line limit and functions whose own lines are over the function limit. */
export function measureSource(dir = 'src') {
  const files = [];
  const functions = [];
  for (const path of sourceFiles(dir)) {
    const code = readFileSync(path, 'utf8');
    const name = relative('.', path);
    const lines = code.split('\n').length - (code.endsWith('\n') ? 1 : 0);
    if (lines > LIMITS.fileLines) files.push({ file: name, lines });
    for (const fn of functionsIn(code)) if (fn.own > LIMITS.functionLines) functions.push({ file: name, ...fn });
  }
  return { files, functions };
}

if (process.argv[1]?.endsWith('source-shape.mjs')) {
  const { files, functions } = measureSource(process.argv[2] ?? 'src');
  for (const f of files) console.log(`${f.file}: ${f.lines} lines (limit ${LIMITS.fileLines})`);
  for (const f of functions) console.log(`${f.file}:${f.line} ${f.name}: ${f.own} own lines of ${f.span} (limit ${LIMITS.functionLines})`);
  if (!files.length && !functions.length) console.log('No file over 400 lines, no function over 60.');
  process.exitCode = files.length || functions.length ? 1 : 0;
}

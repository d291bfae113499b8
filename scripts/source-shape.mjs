// How big the source is, by the style guide's measures: no file in src/
// over 400 lines, no function over 60. A function's length is its own lines:
// the lines it spans less those of the functions written inside it that are
// units of their own, so a controller made of closures counts each closure on
// its own. A unit of its own is a function with a name: declared with one,
// bound to a variable, a property, a method or a class field, or passed
// after a string that names it (`test('…', () => …)`,
// `addEventListener('close', () => …)`). Any other function written inside
// one (a Promise's executor, a `.map()` callback, a returned cleanup) is part
// of the function it is written in: its lines count there, or a long body
// could hide in `return new Promise((resolve) => { … })`.
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

/** Nodes that wrap a value without changing it: `(f)`, `f as T`, `f satisfies T`, `f!`. */
const WRAPPERS = new Set(['ParenthesizedExpression', 'TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression']);
const unwrap = (node) => (node && WRAPPERS.has(node.type) ? unwrap(node.expression) : node);
const isFunction = (node) => FUNCTIONS.has(unwrap(node)?.type);

/** The name of a key or an assignment target (`a`, `o.a`, `'a'`), if it has one. */
function keyName(node) {
  if (!node) return undefined;
  if (node.type === 'Identifier' || node.type === 'PrivateIdentifier') return node.name;
  if (node.type === 'Literal') return String(node.value);
  if (node.type === 'MemberExpression' && !node.computed) return node.property.name;
  return undefined;
}

/** The text of a string argument that names a callback after it (a test's or a listener's), if the call has one. */
function calledName(call) {
  const [first] = call.arguments;
  if (first?.type === 'Literal' && typeof first.value === 'string') return first.value;
  if (first?.type === 'TemplateLiteral') return first.quasis.map((q) => q.value.cooked).join('…');
  return undefined;
}

/**
 * The names this node gives the functions that are its direct values, as a
 * map from child to name: `const a = () => …`, `{ a() {} }`, `a = () => …`,
 * class fields, and the callbacks after a naming string.
 */
function namedValues(node) {
  const names = new Map();
  const give = (child, name) => {
    if (name !== undefined && isFunction(child)) names.set(child, name);
  };
  if (node.type === 'VariableDeclarator') give(node.init, node.id?.name);
  else if (node.type === 'Property' || node.type === 'MethodDefinition' || node.type === 'PropertyDefinition') give(node.value, keyName(node.key));
  else if (node.type === 'AssignmentExpression') give(node.right, keyName(node.left));
  else if (node.type === 'ExportDefaultDeclaration') give(node.declaration, 'default');
  else if (node.type === 'CallExpression' || node.type === 'NewExpression') {
    const name = calledName(node);
    for (const arg of node.arguments.slice(1)) give(arg, name);
  }
  return names;
}

/** Every function in `code` that is a unit of its own, with the lines it spans and its own lines. */
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
  // `unit` is the innermost enclosing unit; `name` is what the parent named this node, if anything.
  const walk = (node, unit, name) => {
    if (!node || typeof node !== 'object') return;
    let inner = unit;
    const fnName = node.type === 'FunctionDeclaration' ? (node.id?.name ?? 'default') : (name ?? node.id?.name);
    if (FUNCTIONS.has(node.type) && (fnName !== undefined || !unit)) {
      const fn = { name: fnName ?? '(anonymous)', line: lineOf(node.start), span: lineOf(node.end) - lineOf(node.start) + 1, nested: 0 };
      if (unit) unit.nested += fn.span;
      out.push(fn);
      inner = fn;
    }
    const names = namedValues(node);
    // A name given to `(() => …) as T` is the function's.
    if (name !== undefined && WRAPPERS.has(node.type)) names.set(node.expression, name);
    for (const [key, value] of Object.entries(node)) {
      if (key === 'type') continue;
      if (Array.isArray(value)) value.forEach((v) => walk(v, inner, names.get(v)));
      else walk(value, inner, names.get(value));
    }
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

// What the built widget costs on the wire, measured from dist/ as shipped.
//
// `measure(distDir)` starts at `<distDir>/report-concern.js` (the one-tag
// entry) and follows the import graph of the built ES modules. The graph is
// read from the output files themselves, not from the build's own metadata:
// esbuild parses each file (a real JS parser, so strings, comments, template
// literals and regex literals cannot fake an import) and reports every
// `import … from "./x.js"`, `export … from "./x.js"`, `import "./x.js"`
// (kind "static") and `import("./x.js")` (kind "dynamic"). A regex adds
// `new URL("./x.js", import.meta.url)` (kind "url": workers, wasm), which is
// not an import to a parser. Nothing is bundled or written.
//
// Every byte count is per file and then summed, because that is what the
// browser downloads: one response per module, each compressed on its own.
//   gzip:   zlib level 9
//   brotli: zlib quality 11 (max), text mode, size hint = file length
//
// Groups (each a set of files, counted once):
//   pageLoad      report-concern.js + its static imports, transitively: what
//                 a page with the snippet loads before anyone clicks.
//   contentReport pageLoad + every chunk reachable through any edge, except
//                 the chunks a text report in English does not need
//                 (scripts/size-chunks.mjs says which, and how each is
//                 recognised); their static dependencies count only when
//                 reached some other way.
//   total         every .js file reachable from report-concern.js by any edge.
//
// `node scripts/size.mjs [distDir]` prints the table; `--json` prints JSON.
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import {
  isFollowUpChunk,
  isForeignLocaleChunk,
  isFrictionChunk,
  isHostCheckChunk,
  isMemberChunk,
  isNotAtOnceChunk,
  isNoticeChunk,
  isPlacementChunk,
  isScreenshotOnlyChunk,
} from './size-chunks.mjs';

export const ENTRY = 'report-concern.js';

/**
 * Budgets in gzip bytes, a little above what the build measures now, so a
 * gain is kept: the page-load script (6,052 on 2026-12-05) and the form's
 * own chunk, `dialog-impl` (22,222 on 2026-12-05; 23,810 at that day's
 * start, 24,475 before issue 14). CHANGELOG.md says what each step moved.
 * What a journey fetches (a text report through the thank-you) is budgeted
 * from a real run in Chromium: test/node/journey-size.test.ts and
 * scripts/bench/journeys.mjs.
 */
export const BUDGETS = { pageLoad: 6080, formChunk: 22270 };

/** The form's chunk: `dialog-impl` and its content hash. */
export const FORM_CHUNK = /(^|\/)dialog-impl-[\w-]{8}\.js$/;

// The chunk rules stay part of this module's interface (test/node/size.test.ts reads them here).
export * from './size-chunks.mjs';

export function compressedSizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

/**
 * Libraries and parts recognisable in minified output by names minifiers
 * keep (globals, property names, strings). Used to spot duplicates (two
 * copies of lit-html) and misplaced code (zod in the page-load part).
 */
export const MARKERS = {
  'lit-html': /\blitHtmlVersions\b/,
  'reactive-element': /\breactiveElementVersions\b/,
  'lit-element': /\blitElementVersions\b/,
  'lit dev mode': /Lit is in dev mode|lit-html is in dev mode|reactive-element is in dev mode/,
  zod: /\b_zod\b/,
  'floating-ui': /\bgetClippingRect\b/,
  'image re-encoding': /\b(createImageBitmap|OffscreenCanvas|convertToBlob)\b/,
};

export function markersIn(text) {
  return Object.entries(MARKERS)
    .filter(([, re]) => re.test(text))
    .map(([name]) => name);
}

// `new URL("x.js", import.meta.url)` with or without `./` (vite writes the
// worker's URL bare, relative to the chunk that starts it).
const URL_EDGE = /new\s+URL\(\s*(["'`])((?:\.{1,2}\/)?[\w./-]+?\.m?js)\1\s*,\s*import\.meta\.url\s*\)/g;

/**
 * The import graph of the ES modules reachable from `entries`: a Map from
 * absolute file path to `{ edges: [{ to, kind }], external: [specifier] }`.
 */
export async function importGraph(entries) {
  const result = await build({
    entryPoints: entries,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    outdir: join(dirname(entries[0]), '.size-analysis-not-written'),
    // Bare specifiers are left unresolved and reported: the one-tag script
    // cannot load them from a page.
    packages: 'external',
    logLevel: 'silent',
    // The entry files are already built; nothing to transform or minify.
    minify: false,
    treeShaking: false,
  });
  const cwd = process.cwd();
  const graph = new Map();
  for (const [input, info] of Object.entries(result.metafile.inputs)) {
    const file = resolve(cwd, input);
    const node = { edges: [], external: [] };
    for (const imp of info.imports) {
      if (imp.external) {
        node.external.push(imp.original ?? imp.path);
        continue;
      }
      const kind = imp.kind === 'dynamic-import' ? 'dynamic' : imp.kind === 'import-statement' ? 'static' : imp.kind;
      node.edges.push({ to: resolve(cwd, imp.path), kind });
    }
    graph.set(file, node);
  }
  // `new URL("./x.js", import.meta.url)` is no import to esbuild: scan for it.
  for (const [file, node] of [...graph]) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(URL_EDGE)) {
      const to = resolve(dirname(file), m[2]);
      if (!existsSync(to)) continue;
      node.edges.push({ to, kind: 'url' });
      if (!graph.has(to)) {
        const sub = await importGraph([to]);
        for (const [k, v] of sub) if (!graph.has(k)) graph.set(k, v);
      }
    }
  }
  return graph;
}

function walk(graph, start, follow) {
  const seen = new Set();
  const stack = [start];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const edge of graph.get(file)?.edges ?? []) if (follow(edge)) stack.push(edge.to);
  }
  return seen;
}

function sum(files, sizes) {
  const out = { files: files.size, raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) {
    const s = sizes.get(f);
    out.raw += s.raw;
    out.gzip += s.gzip;
    out.brotli += s.brotli;
  }
  return out;
}

/**
 * Measures the built widget in `distDir` (default `dist`).
 *
 * Returns `{ distDir, pageLoad, contentReport, total, files, external,
 * unreachable, budgets }`, where each group is `{ files, raw, gzip, brotli }`
 * and `files` is one row per reachable file:
 * `{ file, raw, gzip, brotli, pageLoad, contentReport, via, note }`.
 * Throws if `<distDir>/report-concern.js` is missing.
 */
export async function measure(distDir = 'dist') {
  const dir = resolve(distDir);
  const entry = join(dir, ENTRY);
  const shown = relative(process.cwd(), entry);
  if (!existsSync(entry)) {
    throw new Error(`${shown.startsWith('..') ? entry : shown} is missing: run \`npm run build\` first.`);
  }
  const graph = await importGraph([entry]);

  const pageLoad = walk(graph, entry, (e) => e.kind === 'static');
  const skipped = (file) =>
    isForeignLocaleChunk(file) ||
    isScreenshotOnlyChunk(file) ||
    isPlacementChunk(file) ||
    isHostCheckChunk(file) ||
    isNotAtOnceChunk(file) ||
    isNoticeChunk(file) ||
    isFollowUpChunk(file) ||
    isMemberChunk(file) ||
    isFrictionChunk(file);
  const contentReport = walk(graph, entry, (e) => e.kind === 'static' || !skipped(e.to));
  const total = walk(graph, entry, () => true);

  // How each file is reached (the kinds of the edges into it), for the table.
  const via = new Map([[entry, new Set(['entry'])]]);
  for (const file of total) {
    for (const edge of graph.get(file)?.edges ?? []) {
      if (!via.has(edge.to)) via.set(edge.to, new Set());
      via.get(edge.to).add(edge.kind);
    }
  }

  const sizes = new Map();
  const contains = new Map();
  for (const file of total) {
    const bytes = readFileSync(file);
    sizes.set(file, compressedSizes(bytes));
    contains.set(file, markersIn(bytes.toString('utf8')));
  }

  const rows = [...total]
    .map((file) => {
      const note = isForeignLocaleChunk(file)
        ? 'non-English locale'
        : isScreenshotOnlyChunk(file) && !contentReport.has(file)
          ? 'screenshots only'
          : isPlacementChunk(file) && !contentReport.has(file)
            ? 'help popovers'
            : isHostCheckChunk(file) && !contentReport.has(file)
              ? 'full v1 rules, when a report-submit listener changed the report'
              : isNotAtOnceChunk(file) && !contentReport.has(file)
                ? 'only for a report not delivered at once, or a phone keyboard'
                : isNoticeChunk(file) && !contentReport.has(file)
                  ? 'notice mode (legalNotices)'
                  : isFollowUpChunk(file) && !contentReport.has(file)
                    ? 'status of an earlier report, pages with receipts only'
                    : isMemberChunk(file) && !contentReport.has(file)
                      ? 'English words of a report about a member'
                      : isFrictionChunk(file) && !contentReport.has(file)
                        ? 'bot friction (honeypot, minSubmitMs)'
                        : '';
      return {
        file: relative(dir, file),
        ...sizes.get(file),
        pageLoad: pageLoad.has(file),
        contentReport: contentReport.has(file),
        via: [...(via.get(file) ?? [])].join('+'),
        contains: contains.get(file),
        note,
      };
    })
    .sort((a, b) => Number(b.pageLoad) - Number(a.pageLoad) || Number(b.contentReport) - Number(a.contentReport) || b.gzip - a.gzip);

  const external = [...total].flatMap((f) => (graph.get(f)?.external ?? []).map((spec) => `${relative(dir, f)} → ${spec}`));
  const unreachable = listJs(dir)
    .filter((f) => !total.has(f))
    .map((f) => relative(dir, f));

  // Warnings about the build itself: lit twice, lit's dev build, zod up front.
  const warnings = [];
  for (const lib of ['lit-html', 'reactive-element', 'lit-element']) {
    const copies = rows.filter((r) => r.contains.includes(lib));
    if (copies.length > 1) warnings.push(`${lib} is in ${copies.length} files: ${copies.map((r) => r.file).join(', ')}`);
  }
  for (const r of rows) {
    if (r.contains.includes('lit dev mode')) warnings.push(`${r.file} holds lit's development build`);
    if (r.pageLoad && r.contains.includes('zod')) warnings.push(`${r.file} (page load) holds zod`);
    if (r.pageLoad && r.contains.includes('floating-ui')) warnings.push(`${r.file} (page load) holds floating-ui`);
    if (r.pageLoad && r.contains.includes('image re-encoding')) warnings.push(`${r.file} (page load) holds the screenshot code`);
  }

  return {
    distDir: relative(process.cwd(), dir) || '.',
    entry: ENTRY,
    pageLoad: sum(pageLoad, sizes),
    contentReport: sum(contentReport, sizes),
    total: sum(total, sizes),
    files: rows,
    external,
    unreachable,
    warnings,
    budgets: { ...BUDGETS },
  };
}

/** The .js files under dir, except dist/server, dist/types and dist/esm (not the one-tag widget). */
function listJs(dir, top = dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) {
      if (dir === top && (name === 'server' || name === 'types' || name === 'esm')) continue;
      out.push(...listJs(path, top));
    } else if (/\.m?js$/.test(name)) out.push(path);
  }
  return out;
}

const fmt = (n) => n.toLocaleString('en-US');

/** The per-file table and the three sums as text. */
export function formatSizes(m) {
  const lines = [];
  const w = Math.max(28, ...m.files.map((r) => r.file.length));
  const row = (a, raw, gz, br, tail = '') =>
    `${a.padEnd(w)}  ${String(raw).padStart(8)}  ${String(gz).padStart(7)}  ${String(br).padStart(7)}  ${tail}`;
  lines.push(row('file', 'raw', 'gzip', 'brotli', 'loaded'));
  for (const r of m.files) {
    const when = r.pageLoad ? 'page load' : r.contentReport ? 'on first report' : 'later';
    const extra = [r.note, r.contains.length ? `has ${r.contains.join(', ')}` : ''].filter(Boolean).join('; ');
    lines.push(row(r.file, fmt(r.raw), fmt(r.gzip), fmt(r.brotli), `${when} (${r.via})${extra ? `; ${extra}` : ''}`));
  }
  lines.push('');
  const budget = (name) => {
    const b = m.budgets[name];
    if (!b) return '';
    return m[name].gzip <= b ? `budget ${fmt(b)} gzip: ok` : `budget ${fmt(b)} gzip: OVER by ${fmt(m[name].gzip - b)}`;
  };
  for (const name of ['pageLoad', 'contentReport', 'total']) {
    const g = m[name];
    lines.push(row(`${name} (${g.files} files)`, fmt(g.raw), fmt(g.gzip), fmt(g.brotli), budget(name)));
  }
  for (const w of m.warnings) lines.push(`warning: ${w}`);
  if (m.external.length) lines.push('', `bare imports the page cannot load: ${m.external.join(', ')}`);
  if (m.unreachable.length) lines.push('', `not reachable from ${m.entry} (not counted): ${m.unreachable.join(', ')}`);
  return lines.join('\n');
}

// Run as a script, not when bundled into a test (where import.meta.url is the test's).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && /\/size\.mjs$/.test(import.meta.url)) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
  try {
    const m = await measure(dist);
    console.log(json ? JSON.stringify(m, null, 2) : formatSizes(m));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

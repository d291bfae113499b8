// What a built file's gzip bytes are made of, source module by source module.
//
// A module's cost is what the file loses when that module's code is left
// out: gzip(file) − gzip(file without the characters its source map gives
// to that module). It answers "what would removing this save?", which a
// share of the minified length does not: a module that repeats its
// neighbours' words costs less than its length, one of fresh tokens more.
// The costs do not add up to the file's size (what modules share counts in
// none of them); the table says so with the remainder.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { gzipSync } from 'node:zlib';

const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** A source path as the tables name it: from `src/` or `node_modules/` on. */
const short = (source) => source?.replace(/^.*?\/(src|node_modules)\//, '$1/') ?? '(no source)';

/** For each character of `code`, the source module its map names (the last mapping at or before it). */
function owners(code, map) {
  const owner = new Array(code.length);
  let line = 0;
  let column = 0;
  for (let i = 0; i < code.length; i++) {
    owner[i] = short(map.findEntry(line, column)?.originalSource);
    if (code[i] === '\n') {
      line++;
      column = 0;
    } else column++;
  }
  return owner;
}

/**
 * `[{ module, gzip, raw }]` for the built file at `path` (its `.map` beside
 * it), costliest first, and `{ gzip, shared }`: the file's own gzip size and
 * what no single module accounts for.
 */
export function moduleCosts(path) {
  const code = readFileSync(path, 'utf8');
  const map = new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8')));
  const owner = owners(code, map);
  const whole = gzip(code);
  const rows = [];
  for (const module of new Set(owner)) {
    let rest = '';
    let raw = 0;
    let from = 0;
    // Keep the runs of characters owned by anything else.
    for (let i = 0; i <= code.length; i++) {
      if (i < code.length && owner[i] !== module) continue;
      rest += code.slice(from, i);
      from = i + 1;
      if (i < code.length) raw++;
    }
    rows.push({ module, gzip: whole - gzip(rest), raw });
  }
  rows.sort((a, b) => b.gzip - a.gzip);
  return { rows, gzip: whole, shared: whole - rows.reduce((n, r) => n + r.gzip, 0) };
}

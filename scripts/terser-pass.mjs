// A second minifier pass over the one-tag build's output: terser after
// vite's own (oxc). Terser drops what oxc keeps, e.g. the unused properties
// of an object literal only one of whose keys a chunk reads (the image
// worker read one of LIMITS' thirteen) and some needless parentheses and
// `let`s, a few hundred bytes gzip in all. Terser alone, in place of oxc,
// ends larger than oxc alone, so it runs after it, not instead.
//
// It runs in `generateBundle`, once every file is final: at `renderChunk`
// rolldown has not minified yet. Every `.js` file is rewritten, chunks and
// assets alike, so the image worker (built apart and handed to this build
// as an asset) gets the same pass. Terser reads the file's map, where the
// build writes one, and writes one that still leads to src/ (the maps
// chain). File names keep the hash of the oxc output: still a function of
// the source, so caches stay right.
import { minify } from 'terser';

/**
 * What terser may do, and why each is safe:
 * - `module`: these are ES modules: strict mode, and top-level names are
 *   the module's own, so they can be renamed or dropped (exports keep their
 *   exported names);
 * - `ecma: 2020`: the build targets ES2022, so terser may write ES2020
 *   forms (`{a}` for `{a:a}`); its behaviour-changing rewrites (arrows for
 *   functions, methods) stay behind their `unsafe_*` switches, all off;
 * - `compress` with its defaults, one pass (two or three gave the same
 *   bytes or more, gzip, on the form's chunk), plus `hoist_funs`: function
 *   declarations move to the top of their scope, where JavaScript hoists
 *   them anyway (off by default as it can cost bytes: here it takes 116
 *   off the form's chunk and adds 11 to the page's); no `unsafe` (it rewrites `String(x)` to `""+x`,
 *   which throws for a symbol) and no `pure_getters` (it would drop a
 *   property read kept for its effect, like a layout read);
 * - `mangle` of local names only: property names are never renamed (the
 *   report's wire format, IndexedDB records and page config keys are
 *   property names);
 * - no comments: oxc has already removed them all.
 */
export const TERSER_OPTIONS = {
  module: true,
  ecma: 2020,
  compress: { hoist_funs: true },
  mangle: true,
  format: { comments: false },
};

const MAP_COMMENT = /\n?\/\/# sourceMappingURL=[^\n]*\n?$/;

/** The file's text and map (if the build writes maps), and how to put them back. */
function entryOf(bundle, file) {
  const js = bundle[file];
  const map = bundle[`${file}.map`]?.type === 'asset' ? bundle[`${file}.map`] : undefined;
  return {
    code: js.type === 'chunk' ? js.code : String(js.source),
    map: map && JSON.parse(String(map.source)),
    write(newCode, newMap) {
      if (js.type === 'chunk') {
        js.code = newCode;
        if (newMap) js.map = Object.assign(js.map ?? {}, newMap);
      } else js.source = newCode;
      if (map) map.source = JSON.stringify(newMap);
    },
  };
}

/** Minifies one file again; given its map, returns one chained to it. */
export async function terserFile(code, map, options = TERSER_OPTIONS) {
  const comment = code.match(MAP_COMMENT)?.[0] ?? '';
  const result = await minify(code.slice(0, code.length - comment.length), {
    ...options,
    sourceMap: map ? { content: map, asObject: true, includeSources: true } : false,
  });
  if (result.code === undefined) throw new Error('terser returned no code');
  const tail = comment && `\n${comment.replace(/^\n/, '')}`;
  if (!map) return { code: result.code + tail, map: undefined };
  const newMap = { ...result.map, file: map.file };
  // Sources to skip when debugging (node_modules), by name: terser may list the sources in another order.
  if (map.ignoreList) {
    const ignored = new Set(map.ignoreList.map((i) => map.sources[i]));
    newMap.ignoreList = newMap.sources.flatMap((source, i) => (ignored.has(source) ? [i] : []));
  }
  return { code: result.code + tail, map: newMap };
}

/** The vite plugin: every `.js` file of the bundle, after oxc. */
export function terserPass(options = TERSER_OPTIONS) {
  return {
    name: 'report-concern-terser-pass',
    apply: 'build',
    async generateBundle(_output, bundle) {
      for (const file of Object.keys(bundle)) {
        if (!file.endsWith('.js')) continue;
        const entry = entryOf(bundle, file);
        const { code, map } = await terserFile(entry.code, entry.map, options);
        entry.write(code, map);
      }
    },
  };
}

/**
 * Builds a consumer project's example files as its own bundler would: the
 * server entry for Node (packages left to the project's node_modules), the
 * client entry for the browser. `.vue` files go through the project's own
 * `vue/compiler-sfc`, with the `isCustomElement` of examples/vue.
 */
import { build, transform, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface SfcCompiler {
  parse(
    source: string,
    options: { filename: string; templateParseOptions: { isCustomElement(tag: string): boolean } },
  ): { descriptor: unknown; errors: unknown[] };
  compileScript(
    descriptor: unknown,
    options: { id: string; inlineTemplate: boolean; templateOptions: { compilerOptions: { isCustomElement(tag: string): boolean } } },
  ): { content: string };
}

/** Compiles `.vue` files with the consumer's Vue, the way @vitejs/plugin-vue would. */
function vueFiles(projectDir: string, isCustomElement: (tag: string) => boolean): Plugin {
  const sfc = createRequire(join(projectDir, 'package.json'))('vue/compiler-sfc') as SfcCompiler;
  return {
    name: 'stacks-vue-sfc',
    setup(b) {
      b.onLoad({ filter: /\.vue$/ }, async ({ path }) => {
        // The template is parsed here, once: custom elements must be known already.
        const source = await readFile(path, 'utf8');
        const { descriptor, errors } = sfc.parse(source, { filename: path, templateParseOptions: { isCustomElement } });
        if (errors.length) throw new Error(`${basename(path)}: ${errors.map(String).join('\n')}`);
        const script = sfc.compileScript(descriptor, {
          id: basename(path),
          inlineTemplate: true,
          templateOptions: { compilerOptions: { isCustomElement } },
        });
        const js = await transform(script.content, { loader: 'ts', sourcefile: path });
        return { contents: js.code, loader: 'js', resolveDir: join(path, '..') };
      });
    },
  };
}

const VUE_FLAGS = {
  __VUE_OPTIONS_API__: 'true',
  __VUE_PROD_DEVTOOLS__: 'false',
  __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'true',
};

export interface Built {
  /** The server entry, imported into this process. */
  server?: { render(): string | Promise<string> };
  /** The browser bundle's text. */
  client: string;
}

/**
 * Bundles `client` for the browser and, when given, `server` for Node (then
 * imported here). Both resolve packages from `projectDir`, as the project's
 * own bundler would.
 */
export async function bundleProject(
  projectDir: string,
  { client, server, vue }: { client: string; server?: string; vue?: (tag: string) => boolean },
): Promise<Built> {
  const plugins = vue ? [vueFiles(projectDir, vue)] : [];
  const common = { absWorkingDir: projectDir, bundle: true, format: 'esm', jsx: 'automatic', logLevel: 'warning', plugins } as const;
  const out: Built = { client: '' };
  if (server) {
    const outfile = join(projectDir, 'out', 'server.mjs');
    // Packages stay imports, resolved from the project's node_modules as in a real Node server.
    await build({ ...common, entryPoints: [server], outfile, platform: 'node', packages: 'external', define: VUE_FLAGS });
    out.server = (await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`)) as Built['server'];
  }
  const result = await build({
    ...common,
    entryPoints: [client],
    write: false,
    outdir: join(projectDir, 'out'),
    platform: 'browser',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"', ...VUE_FLAGS },
  });
  out.client = result.outputFiles.map((f) => f.text).join('\n');
  return out;
}

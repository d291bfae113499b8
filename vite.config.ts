/**
 * Three jobs, one file:
 * - `vite` (npm start): the demo in demo/, with the real receiver at
 *   /api/reports and `/report-concern.js` served from source, so the pasted
 *   snippet works as it will on a real page;
 * - `vite build`: the one-tag `dist/report-concern.js` with its lazy chunks;
 * - `vite build --mode esm`: `dist/esm/`, one module per source file for
 *   bundlers (`import { FlagButton } from 'report-concern'`);
 * - `vite build --mode demo` / `vite preview --mode demo`: the demo built to
 *   dist-demo/ and served with the same receiver (used by the e2e run).
 */
import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type PreviewServer, type UserConfig, type ViteDevServer } from 'vite';
import { receiverPlugin } from './demo/receiver-plugin.js';
import { litPolicyPlugin } from './scripts/lit-policy.mjs';
import { serverSafeLitPlugin } from './scripts/server-safe-lit.mjs';
import { terserPass } from './scripts/terser-pass.mjs';
import { STRICT_CSP } from './scripts/strict-csp.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const demoDir = resolve(root, 'demo');
const entry = resolve(root, 'src/report-concern.ts');

/**
 * `/report-concern.js`, the URL the CMS snippet names, is the one-tag entry:
 * served from source in dev, and emitted under that exact name by the demo
 * build (the snippet's tag carries `vite-ignore`, so vite leaves it, and its
 * `data-endpoint`, as a CMS author pasted it).
 */
function snippetEntry(command: 'build' | 'serve'): Plugin {
  return {
    name: 'report-concern-snippet-entry',
    resolveId(id) {
      return id === '/report-concern.js' ? entry : undefined;
    },
    buildStart() {
      if (command !== 'build') return;
      this.emitFile({ type: 'chunk', id: entry, fileName: 'report-concern.js' });
    },
  };
}

/**
 * Squeezes the whitespace and comments out of the widget's static ``css`…` ``
 * templates (Lit keeps them verbatim): about a fifth of their bytes, on every
 * page that shows a button. Only what CSS never needs goes: whitespace around
 * `{ } ; ,`, after `:` that ends a property name, and runs of spaces; in
 * selectors, the spaces around `+ > ~` and the quotes around a plain
 * attribute value; in values, the spaces around `*` and `/` and the `0`
 * before a decimal point (`0.75` is `.75`). `+` and `-` in `calc()` keep
 * theirs. Templates with `${…}` are left alone.
 */
export function minifyCssTemplates(): Plugin {
  const template = /\bcss`([^`$\\]*)`/g;
  const selector = (text: string) => text.replace(/\s*([+>~])\s*/g, '$1').replace(/=(['"])([\w-]+)\1\]/g, '=$2]');
  const value = (text: string) => text.replace(/\s*([*/])\s*/g, '$1').replace(/(^|[^\w.])0\.(\d)/g, '$1.$2');
  const squeeze = (text: string) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/([a-z-]):\s+/g, '$1:')
      .replace(/;}/g, '}')
      .trim()
      // Each piece before `{` is a selector (or an at-rule's prelude), each piece between `{`/`;` and `;`/`}` a declaration.
      .replace(/(^|[{}])([^{}]*)(?=\{)/g, (_, edge: string, sel: string) => edge + (sel.startsWith('@') ? sel : selector(sel)))
      .replace(/([{;])([a-z-]+:)([^{};]*)(?=[;}])/g, (_, edge: string, prop: string, val: string) => edge + prop + value(val));
  return {
    name: 'report-concern-minify-css',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return undefined;
      return { code: code.replace(template, (_, body: string) => `css\`${squeeze(body)}\``), map: null };
    },
  };
}

/**
 * The form's templates (src/elements/report-concern-dialog/form/templates/,
 * and the dialog's frame in dialog-impl.ts: files where every template
 * literal that spans lines is lit's `html`) lose the indentation after
 * each line break: Lit keeps a template's whitespace in the bundle, and a
 * line break with no indentation renders the same.
 */
export function trimTemplateIndents(): Plugin {
  return {
    name: 'report-concern-trim-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/(form\/(templates\/[^/]+|notice\/(fields|thanks))|report-concern-dialog\/dialog-impl)\.ts$/.test(id)) return undefined;
      return { code: code.replace(/\n[ \t]+/g, '\n'), map: null };
    },
  };
}

/**
 * Serves demo/csp.html with the strict policy of scripts/strict-csp.mjs (dev
 * and preview), so the page shows the widget working under it.
 */
function strictCspPage(): Plugin {
  // Returns nothing: a function returned from these hooks would be run as a post hook.
  const add = (server: ViteDevServer | PreviewServer): void => {
    server.middlewares.use((req, res, next) => {
      if (new URL(req.url ?? '/', 'http://x').pathname === '/csp.html') res.setHeader('Content-Security-Policy', STRICT_CSP);
      next();
    });
  };
  return { name: 'report-concern-strict-csp', configureServer: add, configurePreviewServer: add };
}

/** Prints the address of every demo page under vite's own URL lines (dev and preview). */
function pageList(pages: string[]): Plugin {
  const wrap = (server: { printUrls(): void; resolvedUrls: { local: string[] } | null }) => {
    const print = server.printUrls.bind(server);
    server.printUrls = () => {
      print();
      const base = server.resolvedUrls?.local[0];
      if (!base) return;
      console.log('\n  Demo pages (reports are stored by the receiver at /api/reports):');
      for (const page of pages) console.log(`    ${new URL(page, base).href}`);
      console.log('');
    };
  };
  return { name: 'report-concern-page-list', configureServer: wrap, configurePreviewServer: wrap };
}

export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'build' && mode === 'esm') {
    // `index.js` for bundlers: one file per source module, Lit, zod and
    // floating-ui left as imports, so an app that already has Lit shares it
    // and the app's bundler splits and minifies as it likes.
    return {
      publicDir: false,
      // The image worker is built beside the modules and found relative to the one that starts it.
      base: './',
      worker: {
        format: 'es',
        rolldownOptions: { output: { entryFileNames: 'evidence/[name]-[hash].js', chunkFileNames: 'evidence/[name]-[hash].js' } },
      },
      build: {
        outDir: 'dist/esm',
        emptyOutDir: true,
        target: 'es2022',
        minify: false,
        sourcemap: true,
        lib: { entry: { index: resolve(root, 'src/index.ts') }, formats: ['es'] },
        rollupOptions: {
          external: (id) => /^(lit|@lit|lit-html|lit-element|zod|@floating-ui)(\/|$)/.test(id),
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  if (command === 'build' && mode !== 'demo') {
    // `report-concern.js` for the one-tag embed: everything a page needs
    // before a click in that one file, the rest in lazy chunks beside it.
    // A second entry would move Lit into a shared chunk: one more request and
    // its own gzip overhead on every page.
    return {
      publicDir: false,
      // Relative URLs (the image worker's), so dist/ works from any path or CDN.
      base: './',
      plugins: [minifyCssTemplates(), trimTemplateIndents(), litPolicyPlugin(), serverSafeLitPlugin(), terserPass()],
      // The image worker: an ES module beside the chunks that start it.
      // Its own lazy chunk (how marks are painted, for a marked image) goes there too.
      // `annotation: false`: the minified output keeps no `/* @__PURE__ */` (17 bytes each, of no use once bundled).
      worker: {
        format: 'es',
        rolldownOptions: {
          output: { entryFileNames: 'chunks/[name]-[hash].js', chunkFileNames: 'chunks/[name]-[hash].js', minify: true, comments: { annotation: false } },
        },
      },
      build: {
        outDir: 'dist',
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        lib: { entry: { 'report-concern': entry }, formats: ['es'] },
        rollupOptions: {
          // Lets the lazy chunks import Lit and the page config from the
          // entry itself rather than from a shared chunk split off it.
          preserveEntrySignatures: 'allow-extension',
          output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', minify: true, comments: { annotation: false } },
        },
      },
    };
  }

  const pages = Object.fromEntries(
    readdirSync(demoDir)
      .filter((f) => f.endsWith('.html'))
      .sort((a, b) => Number(b === 'index.html') - Number(a === 'index.html') || a.localeCompare(b))
      .map((f) => [f.replace(/\.html$/, ''), resolve(demoDir, f)]),
  );
  return {
    root: demoDir,
    publicDir: false,
    plugins: [snippetEntry(command), litPolicyPlugin(), strictCspPage(), receiverPlugin(root), pageList(Object.keys(pages).map((name) => `${name}.html`))],
    server: {
      // Opens a browser only where there is a screen to show it on.
      open:
        !process.env.CI && (process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY))
          ? '/index.html'
          : false,
      // The stored reports sit under demo/ (the dev root): only the receiver,
      // with its own headers, may hand them out. Vite's defaults stay denied too.
      fs: { allow: [root], deny: ['.env', '.env.*', '*.{crt,pem}', '**/.git/**', '**/.reports/**', '**/.reports-mail/**'] },
    },
    build: {
      outDir: resolve(root, 'dist-demo'),
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: pages },
    },
  };
});

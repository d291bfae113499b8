/**
 * Three jobs, one file:
 * - `vite` (npm start): the demo in demo/, with the real receiver at
 *   /api/reports and `/report-concern.js` served from source, so the pasted
 *   snippet works as it will on a real page;
 * - `vite build`: the library in dist/ (the one-tag `report-concern.js` with
 *   its lazy chunks, and `index.js` for bundlers);
 * - `vite build --mode demo` / `vite preview --mode demo`: the demo built to
 *   dist-demo/ and served with the same receiver (used by the e2e run).
 */
import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { receiverPlugin } from './demo/receiver-plugin.js';

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

export default defineConfig(({ command, mode }) => {
  if (command === 'build' && mode !== 'demo') {
    return {
      publicDir: false,
      build: {
        outDir: 'dist',
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        lib: {
          entry: { 'report-concern': entry, index: resolve(root, 'src/index.ts') },
          formats: ['es'],
        },
        rollupOptions: {
          output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
        },
      },
    };
  }

  const pages = Object.fromEntries(
    readdirSync(demoDir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f.replace(/\.html$/, ''), resolve(demoDir, f)]),
  );
  return {
    root: demoDir,
    publicDir: false,
    plugins: [snippetEntry(command), receiverPlugin(root)],
    server: {
      // Opens a browser only where there is a screen to show it on.
      open: !process.env.CI && (process.platform !== 'linux' || Boolean(process.env.DISPLAY)) ? '/index.html' : false,
      fs: { allow: [root] },
    },
    build: {
      outDir: resolve(root, 'dist-demo'),
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: pages },
    },
  };
});

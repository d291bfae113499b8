// Builds of the one-tag widget for the browser tests of hostile pages, and
// the strict CSP for their fixture pages. Mounted into web-test-runner's dev
// server as Koa middleware (see web-test-runner.config.mjs).
//
//   GET /__widget/<copy>/report-concern.js (and its chunks)
//
// `<copy>` is `a` (this version) or `b` (the same source, claiming to be an
// older version): two independent bundles, each with its own Lit, its own
// element classes and its own lazy chunks, as when a page gets the script
// from two CMS plugins. They are built with esbuild from src/ on first
// request (the tests must not depend on an earlier `npm run build`), with
// the same Trusted Types policy as the real build, and the image worker built
// beside them as the real build does (esbuild leaves `new URL(…)` alone).
//
// Every `/test/fixtures/csp*.html` page is served with scripts/strict-csp.mjs.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renameLitPolicy } from '../../scripts/lit-policy.mjs';
import { STRICT_CSP } from '../../scripts/strict-csp.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ENTRY = resolve(ROOT, 'src/report-concern.ts');
const WORKER = resolve(ROOT, 'src/evidence/image-worker.ts');
const PREFIX = '/__widget/';

/** The version each copy claims (`a` keeps the real one). */
export const COPIES = { a: undefined, b: '0.0.9-other' };

const builds = new Map();

function buildCopy(copy) {
  if (!builds.has(copy)) {
    const outdir = resolve(ROOT, `.cache/wtr/widget-${copy}`);
    const version = COPIES[copy];
    builds.set(
      copy,
      build({
        entryPoints: { 'report-concern': ENTRY, 'image-worker': WORKER },
        outdir,
        bundle: true,
        splitting: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        minify: true,
        tsconfig: resolve(ROOT, 'tsconfig.json'),
        logLevel: 'warning',
        plugins: [
          {
            name: 'copy',
            setup(b) {
              if (version) {
                b.onLoad({ filter: /[\\/]src[\\/]version\.ts$/ }, () => ({
                  contents: `export const VERSION = ${JSON.stringify(version)};`,
                  loader: 'ts',
                }));
              }
              // The worker is the entry beside the chunks: its URL names the built file.
              b.onLoad({ filter: /[\\/]src[\\/]evidence[\\/]image-pipeline\.ts$/ }, (args) => ({
                contents: readFileSync(args.path, 'utf8').replace("'./image-worker.ts'", "'./image-worker.js'"),
                loader: 'ts',
              }));
              b.onLoad({ filter: /[\\/]lit-html[\\/](development[\\/])?lit-html\.js$/ }, (args) => ({
                contents: renameLitPolicy(readFileSync(args.path, 'utf8'), args.path),
                loader: 'js',
              }));
            },
          },
        ],
      }).then(() => outdir),
    );
  }
  return builds.get(copy);
}

export function widgetBuilds() {
  return async function widgetBuildsMiddleware(ctx, next) {
    const path = ctx.path;
    if (path.startsWith(PREFIX)) {
      const [copy, ...rest] = path.slice(PREFIX.length).split('/');
      const file = rest.join('/');
      if (!(copy in COPIES) || !/^[\w-]+(\/[\w-]+)*\.js$/.test(file)) {
        ctx.status = 404;
        return;
      }
      try {
        const outdir = await buildCopy(copy);
        const full = join(outdir, file);
        if (!existsSync(full)) {
          ctx.status = 404;
          return;
        }
        ctx.type = 'text/javascript';
        ctx.set('Cache-Control', 'no-store');
        ctx.body = readFileSync(full);
      } catch (error) {
        ctx.status = 500;
        ctx.body = String(error?.stack ?? error);
      }
      return;
    }
    await next();
    if (/^\/test\/fixtures\/csp[\w-]*\.html$/.test(path)) ctx.set('Content-Security-Policy', STRICT_CSP);
  };
}

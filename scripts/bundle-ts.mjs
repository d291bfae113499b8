// Bundles a TypeScript module for Node with esbuild and imports it, so
// scripts can use the source (the v1 rules, the server handler) unbuilt.
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function bundleForNode(entry, outDir = '.cache/node') {
  await mkdir(outDir, { recursive: true });
  const outfile = resolve(join(outDir, `${basename(entry).replace(/\.ts$/, '')}.mjs`));
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
  });
  return outfile;
}

export async function importTs(entry, outDir) {
  const file = await bundleForNode(entry, outDir);
  return import(`${pathToFileURL(file).href}?t=${Date.now()}`);
}

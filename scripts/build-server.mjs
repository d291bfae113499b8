// Builds `report-concern/server` and its sub-entries (`/fs`, `/node`, the
// store `/conformance` suite on node:test, `/postgres`, `/s3`) for Node: ES
// modules sharing chunks, with every package (zod, and the optional peers pg
// and @aws-sdk/client-s3) left as an import.
import { build } from 'esbuild';

await build({
  entryPoints: {
    index: 'src/server/index.ts',
    'fs-store': 'src/server/fs-store.ts',
    node: 'src/server/node.ts',
    conformance: 'src/server/conformance.ts',
    postgres: 'src/server/postgres/index.ts',
    s3: 'src/server/s3.ts',
  },
  outdir: 'dist/server',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  tsconfig: 'tsconfig.json',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
console.log('built dist/server: index, fs-store, node, conformance, postgres and s3');

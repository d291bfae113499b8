// Builds `report-concern/server`, `report-concern/server/fs` and
// `report-concern/server/node` (the node:http adapter) and
// `report-concern/server/conformance` (the store suite, on node:test) for Node:
// ES modules with zod left as a dependency, sharing one chunk of v1 rules.
import { build } from 'esbuild';

await build({
  entryPoints: {
    index: 'src/server/index.ts',
    'fs-store': 'src/server/fs-store.ts',
    node: 'src/server/node.ts',
    conformance: 'src/server/conformance.ts',
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
console.log('built dist/server/index.js, fs-store.js, node.js and conformance.js');

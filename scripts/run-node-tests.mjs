// Runs test/node/*.test.ts with Node's own test runner: each file is bundled
// with esbuild first (TypeScript, the shared source), then `node --test`.
// The last line is `node: N passed, N failed, N skipped` for scripts/test.mjs.
// `node scripts/run-node-tests.mjs test/stacks stacks` runs another directory
// under another suite name the same way.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [dir = 'test/node', suite = 'node'] = process.argv.slice(2);
const outdir = `.cache/${suite}-tests`;
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const files = readdirSync(dir).filter((f) => f.endsWith('.test.ts'));
await build({
  entryPoints: files.map((f) => join(dir, f)),
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
const tap = join(outdir, 'results.tap');
const run = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files.map((f) => join(outdir, f.replace(/\.ts$/, '.mjs'))),
  ],
  { stdio: 'inherit' },
);
const text = readFileSync(tap, 'utf8');
const count = (name) => Number(new RegExp(`^# ${name} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
const passed = count('pass');
const failed = count('fail') + count('cancelled');
const skipped = count('skipped') + count('todo');
console.log(`${suite}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(run.status === 0 && failed === 0 && passed > 0 ? 0 : 1);

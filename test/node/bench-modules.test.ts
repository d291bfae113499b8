// The bench's module costs (scripts/bench/modules.mjs): a built file's gzip
// bytes, source module by source module, from the file's source map.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';
import { moduleCosts } from '../../scripts/bench/modules.mjs';

/** Text that gzip cannot shrink much: what a module of fresh words costs about. */
function noise(length: number, seed: number): string {
  let x = seed;
  let out = '';
  while (out.length < length) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out += 'abcdefghijklmnopqrstuvwxyz0123456789'[x % 36];
  }
  return out;
}

describe('module costs', () => {
  test('gives each source module what leaving it out of the built file saves', async () => {
    const big = noise(3000, 7);
    const small = noise(40, 11);
    const built = await minify(
      {
        'src/big.js': `export const big = () => ${JSON.stringify(big)};\n`,
        'src/small.js': `export const small = () => ${JSON.stringify(small)};\n`,
      },
      { module: true, sourceMap: { includeSources: true } },
    );
    const dir = mkdtempSync(join(tmpdir(), 'rc-modules-'));
    try {
      const file = join(dir, 'built.js');
      writeFileSync(file, built.code!);
      writeFileSync(`${file}.map`, built.map as string);
      const { rows, gzip, shared } = moduleCosts(file);

      assert.equal(gzip, gzipSync(built.code!, { level: 9 }).length);
      const cost = (name: string) => rows.find((r) => r.module === name);
      const bigCost = cost('src/big.js');
      const smallCost = cost('src/small.js');
      assert.ok(bigCost && smallCost, `modules found: ${rows.map((r) => r.module).join(', ')}`);
      // Each module's characters are counted once, and the fresh text is most of the big one's cost.
      assert.equal(rows.reduce((n, r) => n + r.raw, 0), built.code!.length);
      assert.ok(bigCost.raw >= big.length, `big.js owns ${bigCost.raw} characters`);
      assert.ok(bigCost.gzip > 0.5 * gzipSync(big, { level: 9 }).length, `big.js costs ${bigCost.gzip}`);
      assert.ok(smallCost.gzip < 100, `small.js costs ${smallCost.gzip}`);
      assert.equal(rows[0]!.module, 'src/big.js', 'costliest first');
      assert.equal(shared, gzip - rows.reduce((n, r) => n + r.gzip, 0));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The Trusted Types policy of the Lit inside report-concern.js is renamed to
// `report-concern` (scripts/lit-policy.mjs), so that a page with its own Lit
// needs no 'allow-duplicates'. Checked on the transform and on the build.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LIT_POLICY, renameLitPolicy } from '../../scripts/lit-policy.mjs';

describe('the Trusted Types policy of the bundled Lit', () => {
  test('is renamed in lit-html, production and development builds alike', () => {
    for (const file of ['node_modules/lit-html/lit-html.js', 'node_modules/lit-html/development/lit-html.js']) {
      const out = renameLitPolicy(readFileSync(file, 'utf8'), `/x/${file}`);
      assert.match(out, new RegExp(`createPolicy\\("${LIT_POLICY}"`));
      assert.doesNotMatch(out, /createPolicy\((["'`])lit-html\1/);
    }
  });

  test('other modules are left alone, and a lit-html without the policy call is an error', () => {
    const code = 'const p = trustedTypes.createPolicy("lit-html", {});';
    assert.equal(renameLitPolicy(code, '/x/node_modules/lit-element/lit-element.js'), code);
    assert.throws(() => renameLitPolicy('export const x = 1;', '/x/node_modules/lit-html/lit-html.js'), /expected one/);
  });

  test('the built report-concern.js and its chunks create report-concern (Lit) and report-concern-worker (the image worker), never lit-html', () => {
    assert.ok(existsSync('dist/report-concern.js'), 'dist/ is missing: run `npm run build` first (npm test builds before the node tests).');
    const files = ['dist/report-concern.js', ...readdirSync('dist/chunks').filter((f) => f.endsWith('.js')).map((f) => join('dist/chunks', f))];
    const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    const policies = [...code.matchAll(/createPolicy\((["'`])([^"'`]+)\1/g)].map((m) => m[2]);
    // Lit's, once; the worker's name may be inlined by the minifier or kept as a constant.
    assert.deepEqual(policies.filter((p) => p !== 'report-concern-worker'), [LIT_POLICY]);
    assert.match(code, /(["'`])report-concern-worker\1/, 'the image worker policy is in the build');
  });
});

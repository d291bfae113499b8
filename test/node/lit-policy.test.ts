// The package has one Trusted Types policy, `report-concern`
// (src/internal/trusted-types.ts): the Lit inside report-concern.js takes it
// instead of creating `lit-html` (scripts/lit-policy.mjs), and the image
// worker's URL goes through it. Checked on the transform and on the build.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LIT_POLICY, renameLitPolicy } from '../../scripts/lit-policy.mjs';

describe('the one Trusted Types policy', () => {
  test('lit-html, production and development builds alike, takes the shared policy instead of creating its own', () => {
    for (const file of ['node_modules/lit-html/lit-html.js', 'node_modules/lit-html/development/lit-html.js']) {
      const out = renameLitPolicy(readFileSync(file, 'utf8'), `/x/${file}`);
      assert.doesNotMatch(out, /createPolicy\(/);
      assert.match(out, /^import \{ reportConcernPolicy as __reportConcernPolicy \} from ".*trusted-types\.ts";/);
      assert.equal(out.match(/__reportConcernPolicy\(\)/g)?.length, 1);
    }
  });

  test('other modules are left alone, and a lit-html without the policy call is an error', () => {
    const code = 'const p = trustedTypes.createPolicy("lit-html", {});';
    assert.equal(renameLitPolicy(code, '/x/node_modules/lit-element/lit-element.js'), code);
    assert.throws(() => renameLitPolicy('export const x = 1;', '/x/node_modules/lit-html/lit-html.js'), /expected one/);
  });

  test('the built report-concern.js and its chunks create one policy, report-concern, and never lit-html', () => {
    assert.ok(existsSync('dist/report-concern.js'), 'dist/ is missing: run `npm run build` first (npm test builds before the node tests).');
    const files = ['dist/report-concern.js', ...readdirSync('dist/chunks').filter((f) => f.endsWith('.js')).map((f) => join('dist/chunks', f))];
    const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    const calls = [...code.matchAll(/createPolicy\(([^,]+),/g)].map((m) => m[1]);
    assert.equal(calls.length, 1, `one createPolicy call in the build, found ${calls.join(', ')}`);
    assert.match(code, new RegExp(`(["'\`])${LIT_POLICY}\\1`));
    assert.doesNotMatch(code, /(["'`])(lit-html|report-concern-worker)\1/);
  });
});

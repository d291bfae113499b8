// The Lit bundled into the one-tag `report-concern.js` takes the package's
// one Trusted Types policy, `report-concern` (src/internal/trusted-types.ts),
// instead of creating its own `lit-html` policy.
//
// Why: a page with its own Lit already has a `lit-html` policy, and a strict
// CSP refuses a second policy of the same name unless it says
// `'allow-duplicates'`; and the image worker's URL needs a policy too. With
// one shared policy such a page lists `trusted-types lit-html report-concern`
// and nothing more. The ESM build for bundlers keeps the app's own Lit, and
// so the app's `lit-html` policy (the worker still uses `report-concern`).
import { fileURLToPath } from 'node:url';

export const LIT_POLICY = 'report-concern';

/** The module that owns the policy, imported into lit-html by absolute path. */
export const POLICY_MODULE = fileURLToPath(new URL('../src/internal/trusted-types.ts', import.meta.url));

const LIT_HTML_MODULE = /[\\/]lit-html[\\/](?:development[\\/])?lit-html\.js$/;
// `trustedTypes.createPolicy('lit-html', { createHTML: (s) => s })`, minified or not.
const CREATE_POLICY = /[\w$]+\.createPolicy\(\s*(["'])lit-html\1\s*,\s*\{[^{}]*\}\s*\)/g;

/**
 * Makes lit-html take the shared policy; other modules come back as they
 * are. Throws when lit-html no longer reads as expected, so a Lit upgrade
 * cannot silently bring its own policy back.
 */
export function renameLitPolicy(code, id) {
  if (!LIT_HTML_MODULE.test(id)) return code;
  let count = 0;
  const out = code.replace(CREATE_POLICY, () => {
    count++;
    return '__reportConcernPolicy()';
  });
  if (count !== 1) throw new Error(`lit-policy: expected one createPolicy("lit-html", …) in ${id}, found ${count}`);
  return `import { reportConcernPolicy as __reportConcernPolicy } from ${JSON.stringify(POLICY_MODULE)};\n${out}`;
}

/** The same as a vite (rollup) plugin. */
export function litPolicyPlugin() {
  return {
    name: 'report-concern-lit-policy',
    transform(code, id) {
      const out = renameLitPolicy(code, id.split('?')[0]);
      return out === code ? undefined : { code: out, map: null };
    },
  };
}

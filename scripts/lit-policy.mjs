// The Trusted Types policy of the Lit copy bundled into the one-tag
// `report-concern.js` is renamed from `lit-html` to `report-concern`.
//
// Why: a page with its own Lit already has a `lit-html` policy, and a strict
// CSP refuses a second policy of the same name unless it says
// `'allow-duplicates'`. With the rename, such a page lists
// `trusted-types lit-html report-concern` for Lit (plus `report-concern-worker`
// for the image worker) and nothing more. The ESM build for
// bundlers keeps the app's own Lit, and so the app's `lit-html` policy.

export const LIT_POLICY = 'report-concern';

const LIT_HTML_MODULE = /[\\/]lit-html[\\/](?:development[\\/])?lit-html\.js$/;
const CREATE_POLICY = /createPolicy\((["'])lit-html\1/g;

/**
 * Renames the policy in lit-html's own module; other modules come back as
 * they are. Throws when lit-html no longer reads as expected, so a Lit
 * upgrade cannot silently bring the shared name back.
 */
export function renameLitPolicy(code, id) {
  if (!LIT_HTML_MODULE.test(id)) return code;
  let count = 0;
  const out = code.replace(CREATE_POLICY, () => {
    count++;
    return `createPolicy("${LIT_POLICY}"`;
  });
  if (count !== 1) throw new Error(`lit-policy: expected one createPolicy("lit-html") in ${id}, found ${count}`);
  return out;
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

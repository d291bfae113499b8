/**
 * The package's one Trusted Types policy, `report-concern` (docs/PROTOCOL.md
 * §3): the Lit bundled into report-concern.js turns its templates into HTML
 * through it (scripts/lit-policy.mjs points lit-html here), and the image
 * worker's URL goes through it. A strict page lists this one name.
 *
 * Created on first use, once per copy of the script: a page that loads the
 * script twice needs `'allow-duplicates'`, as for any library's policy.
 */
export const POLICY_NAME = 'report-concern';

interface Policy {
  createHTML(html: string): unknown;
  createScriptURL(url: string): unknown;
}

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createHTML(html: string): string; createScriptURL(url: string): string }): Policy;
}

/** The worker URLs this copy starts: the only script URLs the policy passes. */
const scriptUrls: string[] = [];
let policy: Policy | undefined;

/**
 * The policy, or undefined where the browser has no Trusted Types. Throws
 * when the page's CSP refuses the name (lit-html lets that throw, as it does
 * with its own policy; the worker catches it and works on the main thread).
 */
export function reportConcernPolicy(): Policy | undefined {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return undefined;
  return (policy ??= tt.createPolicy(POLICY_NAME, {
    // lit-html's templates are the developer's static markup, parsed before
    // any value is bound into them: Lit's own policy passes them as they are.
    createHTML: (html) => html,
    createScriptURL: (url) => {
      if (!scriptUrls.includes(url)) throw new TypeError(`report-concern: refusing script URL ${url}`);
      return url;
    },
  }));
}

/** `href` as a TrustedScriptURL where Trusted Types exist; registers it as one of ours. */
export function trustedScriptUrl(href: string): string {
  if (!scriptUrls.includes(href)) scriptUrls.push(href);
  const p = reportConcernPolicy();
  return p ? (p.createScriptURL(href) as string) : href;
}

// The strictest Content-Security-Policy the widget works under, as the demo's
// csp.html and the browser tests serve it. README "Strict CSP" explains each
// directive.
//
// - no 'unsafe-inline' for scripts or styles: Lit's styles are adopted
//   stylesheets and the widget sets style only through the CSSOM;
// - no 'unsafe-eval': zod runs without its `new Function` probe (jitless);
// - img-src blob: for the screenshot previews;
// - Trusted Types: `report-concern` is the package's one policy, for the Lit
//   bundled into report-concern.js and the image worker alike
//   (src/internal/trusted-types.ts), `lit-html` that of a page's own Lit or
//   of the ESM build used through a bundler.
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html report-concern',
].join('; ');

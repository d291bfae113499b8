// Lets the one-tag `report-concern.js` be imported on a server.
//
// Lit's browser build declares `class ReactiveElement extends HTMLElement`,
// which throws `HTMLElement is not defined` in Node as the module loads
// (Next.js, Nuxt, Astro and Remix evaluate imports on the server first).
// Lit's own Node build extends `globalThis.HTMLElement ?? shim` for the same
// reason; the bundled copy does the same with an empty class, for about 20
// bytes, and the entry itself defines nothing when there is no document.

const REACTIVE_ELEMENT_MODULE = /[\\/]@lit[\\/]reactive-element[\\/](?:development[\\/])?reactive-element\.js$/;
const EXTENDS = /\bextends HTMLElement\s*\{/g;

/**
 * Rewrites the base class in @lit/reactive-element's module; other modules
 * come back as they are. Throws when the module no longer reads as expected,
 * so a Lit upgrade cannot silently make the script unsafe on servers again.
 */
export function serverSafeBase(code, id) {
  if (!REACTIVE_ELEMENT_MODULE.test(id)) return code;
  let count = 0;
  const out = code.replace(EXTENDS, () => {
    count++;
    return 'extends(globalThis.HTMLElement??class{}){';
  });
  if (count !== 1) throw new Error(`server-safe-lit: expected one "extends HTMLElement" in ${id}, found ${count}`);
  return out;
}

/** The same as a vite (rollup) plugin. */
export function serverSafeLitPlugin() {
  return {
    name: 'report-concern-server-safe-lit',
    transform(code, id) {
      const out = serverSafeBase(code, id.split('?')[0]);
      return out === code ? undefined : { code: out, map: null };
    },
  };
}

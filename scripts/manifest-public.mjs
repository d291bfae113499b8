// Turns what the analyzer reads from src/ into the manifest the package
// ships: what editors, framework type generators (scripts/build-types.mjs)
// and documentation tools see of report-concern.
//
// - Only the three elements: the base class of the buttons and the form's
//   helpers are internal (not exported from the package), and private,
//   protected, static and `@internal` members are implementation.
// - Module paths name the files the package ships (dist/esm/….js), not
//   src/….ts, which it does not.
// - Events carry their type (`CustomEvent<ReportSuccessDetail>`), read from
//   the one event map in src/events.ts, so generated JSX and Vue handlers get
//   the detail instead of `CustomEvent<never>`.
import { readFileSync } from 'node:fs';

/** `src/elements/x/x.ts` → `dist/esm/elements/x/x.js`, the file bundlers import. */
export function shippedPath(path) {
  return path.replace(/^\/?src\//, 'dist/esm/').replace(/\.ts$/, '.js');
}

/** `{ 'report-open': 'CustomEvent<ReportOpenDetail>', … }` from the event map in src/events.ts. */
export function eventTypes(source = readFileSync(new URL('../src/events.ts', import.meta.url), 'utf8')) {
  const map = /interface ReportConcernEventMap\s*\{([^}]*)\}/.exec(source);
  if (!map) throw new Error('manifest: no ReportConcernEventMap in src/events.ts');
  const types = {};
  for (const [, name, type] of map[1].matchAll(/'([\w-]+)'\s*:\s*([^;]+);/g)) types[name] = type.trim();
  if (!Object.keys(types).length) throw new Error('manifest: ReportConcernEventMap in src/events.ts lists no events');
  return types;
}

const isPublicMember = (member) =>
  !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('_');

/** The public face of one custom element declaration. */
function publicElement(declaration, types) {
  const { superclass, ...rest } = declaration;
  const members = (declaration.members ?? []).filter(isPublicMember).map(({ inheritedFrom, ...m }) => m);
  const attributes = (declaration.attributes ?? []).map(({ inheritedFrom, ...a }) => a);
  const events = (declaration.events ?? []).map((event) => {
    const type = types[event.name];
    if (!type) throw new Error(`manifest: <${declaration.tagName}> documents ${event.name}, which src/events.ts does not type`);
    return { ...event, type: { text: type } };
  });
  return {
    ...rest,
    members,
    attributes,
    events,
    // The buttons' base class is internal; what a user can extend from is Lit's.
    superclass: superclass?.package ? superclass : { name: 'ReactiveElement', package: '@lit/reactive-element' },
  };
}

/** Rewrites the manifest in place (the analyzer's packageLinkPhase). */
export function publicManifest(manifest, types = eventTypes()) {
  manifest.modules = manifest.modules
    .filter((mod) => mod.declarations?.some((d) => d.customElement))
    .map((mod) => {
      const declarations = mod.declarations.filter((d) => d.customElement).map((d) => publicElement(d, types));
      const names = new Set(declarations.map((d) => d.name));
      const path = shippedPath(mod.path);
      const exports = (mod.exports ?? [])
        .filter((e) => names.has(e.declaration?.name))
        .map((e) => ({ ...e, declaration: { ...e.declaration, module: path } }));
      return { ...mod, path, declarations, exports };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

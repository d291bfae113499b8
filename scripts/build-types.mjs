// Generates, from custom-elements.json, what each stack needs to know the
// three tags (run by `npm run build`, after tsc has written dist/types/):
//
//   dist/types/react.d.ts    React 19 JSX: attributes as props, `onreport-*` events
//   dist/types/preact.d.ts   the same for Preact
//   dist/types/vue.d.ts      Vue 3 GlobalComponents: props and `@report-*` events
//   dist/types/svelte.d.ts   Svelte 5 SvelteHTMLElements
//   dist/html-custom-data.json  VS Code's HTML custom data
//   dist/web-types.json      JetBrains web-types
//
// The manifest is the one source: attribute names and descriptions, which
// attributes are required (their description starts with "Required"), the
// property-only fields (the dialog's `strings`), the events and their types.
// Value types come from the element classes themselves (`FlagButton['theme']`)
// so a generated prop can never disagree with the property it sets.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const HEADER = '// Generated from custom-elements.json by scripts/build-types.mjs: do not edit.\n';

/** One element as the generators see it. */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((mod) =>
    (mod.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((d) => {
        const attributes = (d.attributes ?? []).map((a) => ({
          name: a.name,
          field: a.fieldName,
          description: a.description ?? '',
          required: /^Required\b/.test(a.description ?? ''),
          values: literalValues(a.type?.text),
        }));
        const attributeFields = new Set(attributes.map((a) => a.field));
        const properties = (d.members ?? []).filter(
          (m) => m.kind === 'field' && !m.readonly && !m.static && !attributeFields.has(m.name),
        );
        return {
          tag: d.tagName,
          className: d.name,
          summary: d.summary ?? '',
          description: d.description ?? '',
          attributes,
          properties: properties.map((p) => ({ name: p.name, description: p.description ?? '', type: p.type?.text ?? '' })),
          events: (d.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '', type: e.type?.text ?? 'CustomEvent' })),
          slots: d.slots ?? [],
          cssParts: d.cssParts ?? [],
          cssProperties: d.cssProperties ?? [],
        };
      }),
  );
}

/** `'light' | 'dark' | 'auto' | undefined` → ['light', 'dark', 'auto']; a free string → []. */
function literalValues(text = '') {
  const parts = text.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined');
  return parts.length && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : [];
}

/** `report-success` → `ReportSuccess`; `content-id` → `contentId` with `lower`. */
const camel = (name, lower = false) => {
  const out = name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
  return lower ? out : out[0].toUpperCase() + out.slice(1);
};

const doc = (text, indent = '  ') =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, `\n${indent} * `)} */\n` : '';

/** The type names an event type text uses (`CustomEvent<ReportSuccessDetail>` → ReportSuccessDetail). */
function typeNames(elements) {
  const names = new Set(elements.map((e) => e.className));
  for (const e of elements) {
    for (const event of e.events) for (const [name] of event.type.matchAll(/\b[A-Z]\w*/g)) names.add(name);
  }
  names.delete('CustomEvent');
  return [...names].sort();
}

const importLine = (elements) => `import type { ${typeNames(elements).join(', ')} } from './index.js';\n`;

/**
 * The members one element takes as attributes and events, keyed the way the
 * stack names them: `attr(attribute)` and `event(eventName)` give the key.
 */
function members(element, { attr, event, optionalRequired = false }) {
  let out = '';
  for (const a of element.attributes) {
    const optional = a.required && !optionalRequired ? '' : '?';
    out += doc(a.description);
    out += `  '${attr(a.name)}'${optional}: NonNullable<${element.className}['${a.field}']>;\n`;
  }
  for (const p of element.properties) {
    out += doc(`${p.description}${p.description ? ' ' : ''}(A property: set from script, never an attribute.)`);
    out += `  '${p.name}'?: ${element.className}['${p.name}'];\n`;
  }
  for (const e of element.events) {
    out += doc(e.description);
    out += `  '${event(e.name)}'?: (event: ${e.type}) => void;\n`;
  }
  return out;
}

/** React 19 and Preact: attributes by their names, events as `onreport-success`. */
function jsxTypes(elements, { module, base, importBase, preamble = '' }) {
  let out = HEADER + preamble + importBase + importLine(elements) + '\n';
  for (const e of elements) {
    out += `/** \`<${e.tag}>\`: ${e.summary} */\n`;
    out += `export interface ${e.className}Attributes extends ${base(e.className)} {\n`;
    out += members(e, { attr: (n) => n, event: (n) => `on${n}` });
    out += '}\n\n';
  }
  out += `declare module '${module}' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
  for (const e of elements) out += `      '${e.tag}': ${e.className}Attributes;\n`;
  out += '    }\n  }\n}\n';
  return out;
}

export function reactTypes(elements) {
  return jsxTypes(elements, {
    module: 'react',
    preamble:
      '// React 19 sets properties where the element has them and adds an event\n' +
      '// listener for `onreport-success` (any `on` + event name) on custom elements.\n',
    importBase: "import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n",
    base: (c) => `DetailedHTMLProps<HTMLAttributes<${c}>, ${c}>`,
  });
}

export function preactTypes(elements) {
  return jsxTypes(elements, {
    module: 'preact',
    preamble: '// Preact adds an event listener for `onreport-success` (`on` + event name).\n',
    importBase: "import type { HTMLAttributes } from 'preact';\n",
    base: (c) => `HTMLAttributes<${c}>`,
  });
}

/** Vue 3: props camelCased as Vue normalises `content-id`; `@report-success` is `onReportSuccess`. */
export function vueTypes(elements) {
  let out = HEADER;
  out += '// Declares the tags as global components for vue-tsc; at run time Vue must\n';
  out += '// treat them as custom elements (`isCustomElement`, see the README).\n';
  out += "import type { DefineComponent } from 'vue';\n" + importLine(elements) + '\n';
  for (const e of elements) {
    out += `/** \`<${e.tag}>\`: ${e.summary} */\n`;
    out += `export interface ${e.className}Props {\n`;
    out += members(e, { attr: (n) => camel(n, true), event: (n) => `on${camel(n)}` });
    out += '}\n\n';
  }
  out += "declare module 'vue' {\n  interface GlobalComponents {\n";
  for (const e of elements) out += `    '${e.tag}': DefineComponent<${e.className}Props>;\n`;
  out += '  }\n}\n';
  return out;
}

/** Svelte 5: attributes by their names, events as `onreport-success`. */
export function svelteTypes(elements) {
  let out = HEADER + "import type { HTMLAttributes } from 'svelte/elements';\n" + importLine(elements) + '\n';
  for (const e of elements) {
    out += `/** \`<${e.tag}>\`: ${e.summary} */\n`;
    out += `export interface ${e.className}Attributes extends HTMLAttributes<${e.className}> {\n`;
    out += members(e, { attr: (n) => n, event: (n) => `on${n}` });
    out += '}\n\n';
  }
  out += "declare module 'svelte/elements' {\n  interface SvelteHTMLElements {\n";
  for (const e of elements) out += `    '${e.tag}': ${e.className}Attributes;\n`;
  out += '  }\n}\n';
  return out;
}

const markdown = (value) => ({ kind: 'markdown', value });

/** VS Code: `"html.customData": ["./node_modules/report-concern/dist/html-custom-data.json"]`. */
export function vscodeData(elements, docsUrl) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((e) => ({
      name: e.tag,
      description: markdown(`${e.summary}\n\n${e.description}`.trim()),
      attributes: e.attributes.map((a) => ({
        name: a.name,
        description: markdown(a.description),
        ...(a.values.length ? { values: a.values.map((name) => ({ name })) } : {}),
      })),
      references: [{ name: 'report-concern', url: `${docsUrl}#${e.tag.replace(/-/g, '')}` }],
    })),
  };
}

/** JetBrains IDEs read it through the `web-types` field of package.json. */
export function webTypes(elements, { name, version, docsUrl }) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name,
    version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((e) => ({
          name: e.tag,
          description: `${e.summary}\n\n${e.description}`.trim(),
          'doc-url': `${docsUrl}#${e.tag.replace(/-/g, '')}`,
          attributes: e.attributes.map((a) => ({
            name: a.name,
            description: a.description,
            required: a.required,
            value: a.values.length
              ? { type: a.values.map((v) => `'${v}'`).join(' | '), kind: 'plain' }
              : { type: 'string', kind: 'plain' },
          })),
          slots: e.slots.map((s) => ({ name: s.name || 'default', description: s.description })),
          events: e.events.map((ev) => ({ name: ev.name, description: ev.description })),
          js: {
            properties: [
              ...e.attributes.map((a) => ({ name: a.field, description: a.description })),
              ...e.properties.map((p) => ({ name: p.name, description: p.description, type: p.type })),
            ],
            events: e.events.map((ev) => ({ name: ev.name, description: ev.description, type: ev.type })),
          },
          css: {
            properties: e.cssProperties.map((p) => ({ name: p.name, description: p.description })),
            parts: e.cssParts.map((p) => ({ name: p.name, description: p.description })),
          },
        })),
      },
    },
  };
}

/** Writes every file; returns their paths relative to the package root. */
export function buildTypes(root = ROOT) {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const elements = elementsOf(manifest);
  if (elements.length !== 3) throw new Error(`build-types: expected 3 elements in custom-elements.json, found ${elements.length}`);
  const docsUrl = (pkg.homepage ?? '').split('#')[0];
  const files = {
    'dist/types/react.d.ts': reactTypes(elements),
    'dist/types/preact.d.ts': preactTypes(elements),
    'dist/types/vue.d.ts': vueTypes(elements),
    'dist/types/svelte.d.ts': svelteTypes(elements),
    'dist/html-custom-data.json': `${JSON.stringify(vscodeData(elements, docsUrl), null, 2)}\n`,
    'dist/web-types.json': `${JSON.stringify(webTypes(elements, { name: pkg.name, version: pkg.version, docsUrl }), null, 2)}\n`,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return Object.keys(files);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`wrote ${buildTypes().join(', ')}`);
}

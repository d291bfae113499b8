// What `npm publish` would ship, read from `npm pack --dry-run --json` after
// the build: the built files, the types, the manifest, the schema and the
// docs; no tests, demo, sources or tooling; and every path that package.json
// names (main, module, types, exports) is in it.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

interface PackFile {
  path: string;
  size: number;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  main: string;
  module: string;
  types: string;
  customElements: string;
  'web-types': string;
  unpkg: string;
  jsdelivr: string;
  exports: Record<string, unknown>;
};

/** Every file path the exports map names, for every condition. */
function exportTargets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(exportTargets);
  return [];
}

const norm = (path: string) => path.replace(/^\.\//, '');

describe('the npm package', () => {
  let files: string[] = [];

  before(() => {
    assert.ok(existsSync('dist/report-concern.js'), 'dist/ is missing: run `npm run build` first (npm test builds before the node tests).');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const run = spawnSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const [packed] = JSON.parse(run.stdout) as { files: PackFile[] }[];
    files = packed.files.map((f) => f.path);
  });

  test('ships the one-tag script with its chunks, the ESM build, the server, the types, the manifest, the schema and the docs', () => {
    for (const path of [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'docs/SECURITY.md',
      'docs/PROTOCOL.md',
      'custom-elements.json',
      'schema/report-v1.json',
      'dist/report-concern.js',
      'dist/esm/index.js',
      'dist/server/index.js',
      'dist/server/fs-store.js',
      'dist/server/conformance.js',
      'dist/types/index.d.ts',
      'dist/types/server/index.d.ts',
      'dist/types/server/fs-store.d.ts',
      'dist/types/server/conformance.d.ts',
    ]) {
      assert.ok(files.includes(path), `${path} is in the package`);
    }
    assert.ok(files.some((f) => /^dist\/chunks\/dialog-impl-[\w-]+\.js$/.test(f)), 'the lazy form chunk is in the package');
  });

  test('ships no tests, demo, sources, tooling or caches', () => {
    const stray = files.filter(
      (f) =>
        /^(test|tests|demo|dist-demo|src|scripts|bench|docs\/internal|\.cache|\.ci|node_modules)\//.test(f) ||
        /\.test\.|\.spec\.|(^|\/)fixtures?\//.test(f) ||
        /^(tsconfig|vite\.config|web-test-runner\.config|custom-elements-manifest\.config)/.test(f) ||
        /(^|\/)\.(env|git|reports)/.test(f),
    );
    assert.deepEqual(stray, []);
    // Source maps only for shipped code: every map sits beside a shipped .js file.
    const orphanMaps = files.filter((f) => f.endsWith('.js.map') && !files.includes(f.slice(0, -'.map'.length)));
    assert.deepEqual(orphanMaps, []);
  });

  test('every path package.json names exists and is packed: main, module, types, manifest, each export', () => {
    const named = [pkg.main, pkg.module, pkg.types, pkg.customElements, pkg['web-types'], pkg.unpkg, pkg.jsdelivr, ...exportTargets(pkg.exports)].map(norm);
    assert.ok(named.length > 15, `found ${named.length} paths`);
    const missing = named.filter((path) => !existsSync(path) || !files.includes(path));
    assert.deepEqual(missing, []);
  });

  test('the element classes have their own entry points, with types', () => {
    for (const name of ['flag-button', 'report-user-button', 'report-concern-dialog']) {
      const entry = pkg.exports[`./${name}`] as { types?: string; import?: string } | undefined;
      assert.ok(entry?.import && entry.types, `./${name} is exported with types`);
      const code = readFileSync(entry.import, 'utf8');
      assert.match(code, /export\s*\{[^}]*\b(FlagButton|ReportUserButton|ReportConcernDialog)\b/, `${entry.import} exports the class`);
      assert.doesNotMatch(code, /customElements\.define\(/, `${entry.import} defines nothing on import`);
    }
  });

  test('every code entry has types, import and default; the framework types and JSON files are named too', () => {
    const code = Object.entries(pkg.exports).filter(([key]) => !/\.json$|^\.\/types\//.test(key));
    for (const [key, entry] of code) {
      const conditions = entry as Record<string, string>;
      assert.deepEqual(Object.keys(conditions), ['types', 'import', 'default'], `${key} has types first, then import and default`);
      assert.equal(conditions.import, conditions.default, `${key}: default is the same module`);
    }
    for (const stack of ['react', 'preact', 'vue', 'svelte']) {
      assert.ok(files.includes(`dist/types/${stack}.d.ts`), `report-concern/types/${stack} is packed`);
    }
    assert.ok(files.includes('dist/html-custom-data.json') && files.includes('dist/web-types.json'), 'editor data is packed');
    assert.equal(pkg.unpkg, './dist/report-concern.js');
  });

  test('the editor data names every element, attribute and event of the manifest', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
      modules: { declarations: { tagName?: string; attributes?: { name: string }[]; events?: { name: string }[] }[] }[];
    };
    const elements = manifest.modules.flatMap((m) => m.declarations).filter((d) => d.tagName);
    const vscode = JSON.parse(readFileSync('dist/html-custom-data.json', 'utf8')) as { tags: { name: string; attributes: { name: string }[] }[] };
    const jetbrains = JSON.parse(readFileSync('dist/web-types.json', 'utf8')) as {
      contributions: { html: { elements: { name: string; attributes: { name: string }[]; js: { events: { name: string }[] } }[] } };
    };
    assert.equal(elements.length, 3);
    for (const element of elements) {
      const attributes = (element.attributes ?? []).map((a) => a.name).sort();
      const events = (element.events ?? []).map((e) => e.name).sort();
      const tag = vscode.tags.find((t) => t.name === element.tagName);
      assert.deepEqual(tag?.attributes.map((a) => a.name).sort(), attributes, `VS Code: <${element.tagName}>`);
      const web = jetbrains.contributions.html.elements.find((e) => e.name === element.tagName);
      assert.deepEqual(web?.attributes.map((a) => a.name).sort(), attributes, `JetBrains: <${element.tagName}> attributes`);
      assert.deepEqual(web?.js.events.map((e) => e.name).sort(), events, `JetBrains: <${element.tagName}> events`);
      assert.ok(events.length >= 5, `<${element.tagName}> documents its events`);
    }
  });
});

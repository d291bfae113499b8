/**
 * The package as a new user gets it: `npm pack`, installed into fresh React
 * 19 + TypeScript and Vue 3 + vue-tsc projects (exact versions, cached under
 * .cache/stacks/). The examples under examples/ are the files these projects
 * check, render on the server, hydrate in Chromium and report from, to the
 * package's own receiving handler on node:http.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';
import { consumerProject, diagnosticsByFile, pack, ROOT, run, withTypo, type Packed } from './consumer.js';
import { bundleProject } from './bundle.js';
import { isCustomElement } from '../../examples/vue/custom-elements.js';
import { ssrPage, startSite, type Site } from './site.js';

const REACT = { react: '19.3.1', 'react-dom': '19.3.1', '@types/react': '19.3.3', '@types/react-dom': '19.3.0', typescript: '5.9.3' };
const VUE = { vue: '3.5.46', 'vue-tsc': '3.3.14', typescript: '5.9.3', '@types/node': '20.19.43' };
const OTHERS = { preact: '11.2.0', svelte: '5.59.1', typescript: '5.9.3' };

/** Each example directory becomes a project's root, as a user would copy it. */
const filesOf = (dir: string, names: string[]) => Object.fromEntries(names.map((n) => [`examples/${dir}/${n}`, n]));
const REACT_FILES = {
  ...filesOf('react', ['App.tsx', 'client.tsx', 'server.tsx', 'data.ts', 'report-concern.d.ts', 'tsconfig.json']),
  'examples/bundler/main.js': 'bundler/main.js',
};
const OTHER_FILES = Object.fromEntries(['preact.tsx', 'svelte.ts', 'tsconfig.json'].map((n) => [`test/stacks/fixtures/others/${n}`, n]));
const VUE_FILES = filesOf('vue', ['App.vue', 'client.ts', 'server.ts', 'data.ts', 'env.d.ts', 'custom-elements.ts', 'tsconfig.json']);

// vue-tsc took 170 s on two cores under a load average of 30; this bounds a hang, not speed.
const TYPE_CHECK_TIMEOUT = 600_000;
const started = Date.now();
let packed: Packed;
let reactDir = '';
let vueDir = '';
let othersDir = '';

before(() => {
  packed = pack();
  reactDir = consumerProject('react', REACT, packed.tarball, REACT_FILES);
  vueDir = consumerProject('vue', VUE, packed.tarball, VUE_FILES);
  othersDir = consumerProject('others', OTHERS, packed.tarball, OTHER_FILES);
});

after(() => {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `stacks: tarball ${kb(packed?.size ?? 0)} (${kb(packed?.unpackedSize ?? 0)} unpacked, ${packed?.entryCount} files); ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s in all`,
  );
});

/** The project's TypeScript (or vue-tsc) over `tsconfig`; returns exit status and diagnostics. */
function typeCheck(dir: string, bin: string, tsconfig = 'tsconfig.json') {
  const result = run(process.execPath, [bin, '-p', tsconfig], dir, TYPE_CHECK_TIMEOUT);
  assert.ok(!result.timedOut, `${bin} -p ${tsconfig} took over ${TYPE_CHECK_TIMEOUT / 1000} s`);
  return { status: result.status, output: result.output, byFile: diagnosticsByFile(result.output) };
}

/**
 * One type check of the example as it is and of a copy per typo (typos/<name>.<ext>),
 * in one program, since each run of vue-tsc costs many seconds. Returns the
 * diagnostics of the example's own files and of each typo's copy.
 */
function checkWithTypos(dir: string, bin: string, file: string, typos: Record<string, [string, string]>) {
  const [stem, ext] = file.split('.');
  // Copies left by a run before would be checked again (and foo.ts hides foo.tsx).
  rmSync(join(dir, 'typos'), { recursive: true, force: true });
  for (const [name, [right, wrong]] of Object.entries(typos)) withTypo(dir, file, `typos/${stem}-${name}.${ext}`, right, wrong);
  const base = JSON.parse(readFileSync(join(dir, 'tsconfig.json'), 'utf8')) as { include: string[] };
  writeFileSync(join(dir, 'tsconfig.typos.json'), JSON.stringify({ extends: './tsconfig.json', include: [...base.include, 'typos'] }));
  const { byFile, output } = typeCheck(dir, bin, 'tsconfig.typos.json');
  const example = [...byFile].filter(([path]) => !path.startsWith('typos/'));
  return {
    exampleErrors: example.map(([path, errors]) => `${path}: ${errors.join('\n')}`).join('\n'),
    output,
    errorsOf: (name: string) => (byFile.get(`typos/${stem}-${name}.${ext}`) ?? []).join('\n'),
  };
}

describe('the package', () => {
  test('packs into a tarball of reasonable size', () => {
    assert.ok(packed.size > 50_000 && packed.size < 1_500_000, `tarball is ${packed.size} bytes`);
  });

  test('every entry imports in Node, and defineElements() there defines nothing and throws nothing', () => {
    const entries = [
      'report-concern',
      'report-concern/report-concern.js',
      'report-concern/flag-button',
      'report-concern/report-user-button',
      'report-concern/report-concern-dialog',
    ];
    for (const entry of entries) {
      const script =
        `const m = await import(${JSON.stringify(entry)});` +
        'if (m.defineElements) m.defineElements();' +
        "const tags = ['flag-button', 'report-user-button', 'report-concern-dialog'];" +
        'console.log(JSON.stringify(tags.filter((t) => globalThis.customElements?.get(t))));';
      const result = run(process.execPath, ['--input-type=module', '-e', script], reactDir, 30_000);
      assert.equal(result.status, 0, `importing ${entry} in Node failed:\n${result.output}`);
      assert.equal(result.output.trim(), '[]', `${entry} defined elements on a server: ${result.output}`);
    }
  });
});

describe('React 19 + TypeScript', () => {
  let checked: ReturnType<typeof checkWithTypos>;
  before(() => {
    checked = checkWithTypos(reactDir, 'node_modules/typescript/bin/tsc', 'App.tsx', {
      attribute: ['label="Flag answer"', 'lable="Flag answer"'],
      // TypeScript never checks JSX names with a dash for excess; a required one is missed.
      required: ['content-id={id}', 'content-idd={id}'],
      event: ['onreport-success=', 'onreport-sucess='],
      detail: ['response.reference', 'response.referense'],
    });
  });

  test('the example type-checks with TypeScript 5.9 and 7, skipLibCheck off', () => {
    assert.equal(checked.exampleErrors, '', `TypeScript 5.9:\n${checked.output}`);
    assert.match(checked.output, /error TS/, 'the typo copies were checked in the same run');
    const ts7 = typeCheck(reactDir, join(ROOT, 'node_modules/typescript/bin/tsc'));
    assert.equal(ts7.status, 0, `TypeScript 7:\n${ts7.output}`);
  });

  test('a typo in an attribute name, an event name or an event detail field fails the type check', () => {
    const { errorsOf } = checked;
    assert.match(errorsOf('attribute'), /TS2322: .*\n.*Property 'lable' does not exist on type 'FlagButtonAttributes'/);
    assert.match(errorsOf('required'), /TS2741: Property ''content-id'' is missing/);
    // The handler of an unknown event gets no type: under strict that is an error.
    assert.match(errorsOf('event'), /TS7006: Parameter 'event' implicitly has an 'any' type/);
    assert.match(errorsOf('detail'), /TS2551: Property 'referense' does not exist on type 'DeliveryResponse'/);
  });
});

describe('Vue 3 + vue-tsc', () => {
  let checked: ReturnType<typeof checkWithTypos>;
  before(() => {
    checked = checkWithTypos(vueDir, 'node_modules/vue-tsc/bin/vue-tsc.js', 'App.vue', {
      attribute: ['content-type="answer"', 'content-tpye="answer"'],
      event: ['@report-success=', '@report-sucess='],
      detail: ['response.reference', 'response.referense'],
    });
  });

  test('the example type-checks with strictTemplates, skipLibCheck off', () => {
    assert.equal(checked.exampleErrors, '', checked.output);
    assert.match(checked.output, /error TS/, 'the typo copies were checked in the same run');
  });

  test('a typo in an attribute name, an event name or an event detail field fails the type check', () => {
    const { errorsOf } = checked;
    assert.match(errorsOf('attribute'), /TS2561: .*'contentTpye' does not exist in type/);
    assert.match(errorsOf('event'), /TS2561: .*'onReportSucess' does not exist in type/);
    assert.match(errorsOf('detail'), /TS2551: Property 'referense' does not exist on type 'DeliveryResponse'/);
  });
});

describe('Preact 11 and Svelte 5 types', () => {
  test('a correct usage type-checks, and a typo in an event detail field or a required attribute fails', () => {
    const preact = checkWithTypos(othersDir, 'node_modules/typescript/bin/tsc', 'preact.tsx', {
      detail: ['response.reference', 'response.referense'],
      required: ['content-id={id}', 'content-idd={id}'],
    });
    assert.equal(preact.exampleErrors, '', preact.output);
    assert.match(preact.errorsOf('detail'), /TS2551: Property 'referense' does not exist on type 'DeliveryResponse'/);
    assert.match(preact.errorsOf('required'), /Property ''content-id'' is missing/);
    const svelte = checkWithTypos(othersDir, 'node_modules/typescript/bin/tsc', 'svelte.ts', {
      detail: ['response.reference', 'response.referense'],
      attribute: ["'content-type': 'answer'", "'content-tpye': 'answer'"],
    });
    assert.equal(svelte.exampleErrors, '', svelte.output);
    assert.match(svelte.errorsOf('detail'), /TS2551: Property 'referense' does not exist on type 'DeliveryResponse'/);
    assert.match(svelte.errorsOf('attribute'), /''content-tpye'' does not exist in type 'FlagButtonAttributes'/);
  });
});

describe('rendered on the server, hydrated in Chromium, a report delivered', () => {
  let browser: Browser;
  let site: Site;
  let store: import('../../src/server/store.js').ModerationStore;
  let markup: { react: string; vue: string };

  before(async () => {
    const require = createRequire(join(reactDir, 'package.json'));
    const server = (await import(pathToFileURL(require.resolve('report-concern/server')).href)) as typeof import('../../src/server/index.js');
    store = server.createMemoryStore();
    const handler = server.createReportHandler({ store });
    const react = await bundleProject(reactDir, { client: 'client.tsx', server: 'server.tsx' });
    const vue = await bundleProject(vueDir, { client: 'client.ts', server: 'server.ts', vue: isCustomElement });
    const bundler = await bundleProject(reactDir, { client: 'bundler/main.js' });
    markup = { react: await react.server!.render(), vue: await vue.server!.render() };
    site = await startSite(
      {
        pages: {
          '/react': ssrPage('React', 'root', markup.react, '/react.js'),
          '/vue': ssrPage('Vue', 'app', markup.vue, '/vue.js'),
          '/html': readFileSync(join(ROOT, 'examples/html/index.html'), 'utf8'),
          '/bundler': readFileSync(join(ROOT, 'examples/bundler/index.html'), 'utf8'),
        },
        scripts: {
          '/react.js': react.client,
          '/vue.js': vue.client,
          '/main.js': bundler.client,
          '/reports.js': readFileSync(join(ROOT, 'examples/html/reports.js'), 'utf8'),
        },
        staticDir: join(reactDir, 'node_modules/report-concern/dist'),
      },
      handler,
    );
    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? (await findBrowser({ install: false })), args: BROWSER_ARGS });
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  /** Opens `path` in a fresh context, waits for `ready`, reports through `button` and returns the page's status text. */
  async function reportThrough(path: string, button: string, ready: string): Promise<{ status: string; problems: string[]; page: Page }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
    });
    page.on('console', (message) => {
      const text = message.text();
      // A failed load is named with its URL by the response listener.
      if (/^Failed to load resource/.test(text)) return;
      if (message.type() === 'error' || /hydrat/i.test(text)) problems.push(`console: ${text}`);
    });
    await page.goto(`${site.origin}${path}`);
    await page.waitForFunction(ready, undefined, { timeout: 15_000 });
    await page.getByRole('button', { name: button, exact: true }).click();
    await page.getByRole('radio', { name: 'Commercial spam' }).check({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    const status = page.getByText(/your reference is/);
    await status.waitFor({ timeout: 20_000 });
    const text = (await status.textContent()) ?? '';
    await context.close();
    return { status: text, problems, page };
  }

  const hydrated = {
    react: "Object.keys(document.querySelector('flag-button') ?? {}).some((k) => k.startsWith('__reactProps'))",
    vue: "Boolean(document.getElementById('app').__vue_app__)",
    defined: "customElements.get('flag-button') !== undefined",
  };

  async function expectDelivered(path: string, button: string, ready: string) {
    const before = (await store.list({ limit: 100 })).reports.length;
    const { status, problems } = await reportThrough(path, button, ready);
    assert.match(status, /^Thanks, your reference is \S{6,}/, `${path}: the page's own report-success handler ran`);
    assert.deepEqual(problems, [], `${path}: no errors and no hydration warnings`);
    const { reports } = await store.list({ limit: 100 });
    assert.equal(reports.length, before + 1, `${path}: the receiver stored the report`);
  }

  test('the server renders the elements with their attributes (React and Vue)', () => {
    for (const [stack, html] of Object.entries(markup)) {
      assert.match(html, /<flag-button [^>]*content-id="answer-123"[^>]*content-type="answer"/, `${stack}: ${html}`);
      assert.match(html, /<report-user-button [^>]*user-id="u-9"/, `${stack}: ${html}`);
    }
  });

  test('React: renderToString on the server, hydrateRoot in the browser, onreport-success shows the reference', async () => {
    await expectDelivered('/react', 'Flag answer', hydrated.react);
  });

  test('Vue: renderToString on the server, createSSRApp hydrating, @report-success shows the reference', async () => {
    await expectDelivered('/vue', 'Flag answer', hydrated.vue);
  });

  test('plain HTML: the one-tag script from the package and a listener on document', async () => {
    await expectDelivered('/html', 'Flag', hydrated.defined);
  });

  test('a bundler: configure() and defineElements() from the package, sharing its Lit', async () => {
    await expectDelivered('/bundler', 'Flag', hydrated.defined);
  });
});

// The source rules of docs/SECURITY.md, checked on every file under src/:
// no HTML from strings (unsafeHTML, innerHTML and their kin, eval), no
// binding into href / src / style / event-handler attributes except the few
// reviewed ones below, style written only through the CSSOM at reviewed
// places, and no console output that could carry what a reporter wrote. A
// new place that matches fails here until someone reviews it and adds it,
// with its reason, to the lists.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = 'src';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

interface Hit {
  file: string;
  line: number;
  text: string;
}

function find(pattern: RegExp, files = sourceFiles(SRC)): Hit[] {
  const hits: Hit[] = [];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((text, i) => {
      // Comments may name what they avoid.
      const code = text.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '').replace(/\/\*.*?\*\//g, '');
      if (pattern.test(code)) hits.push({ file: relative('.', file), line: i + 1, text: text.trim() });
    });
  }
  return hits;
}

const show = (hits: Hit[]) => hits.map((h) => `${h.file}:${h.line}: ${h.text}`).join('\n');

/** Reviewed bindings into URL and style attributes: `attribute=${expression}` → why it is safe. */
const REVIEWED_BINDINGS: Record<string, string> = {
  'src=${shot.url}': 'a blob: URL the dialog made with URL.createObjectURL from the re-encoded image',
  'href=${helpUrl}': "the page config's helpUrl, passed through safeHelpUrl (http or https only)",
};

/** Reviewed style writes (CSSOM, allowed under style-src 'self'): the line's code → why. */
const REVIEWED_STYLE: Record<string, string> = {
  'if (value) dialog.style.setProperty(name, value);': "--report-concern-* custom properties as computed at the button: the host's CSS, not user content",
  'else dialog.style.removeProperty(name);': 'removes them again',
  "popover.style.visibility = 'hidden';": 'a constant',
  "popover.style.visibility = '';": 'a constant',
  "floating.style.visibility = 'hidden';": 'a constant',
  "Object.assign(floating.style, { position: strategy, left: `${x}px`, top: `${y}px`, visibility: '' });": "floating-ui's numbers and a fixed strategy",
  "dialog.style.setProperty('--_keyboard', `${covered}px`);": "a number of pixels measured from visualViewport (the on-screen keyboard's height)",
  "dialog.style.removeProperty('--_keyboard');": 'removes it again',
};

/** Reviewed console output (browser code): the line → why it carries nothing personal. */
const REVIEWED_CONSOLE: Record<string, string> = {
  'console.warn(`<${this.localName}>: a required attribute is missing; nothing to report.`);': 'only the tag name',
  'else if (!taken[KEY]) console.warn(`report-concern: another script already defined <${tag}>; it will not report.`);':
    'only the tag name',
};

describe('source safety (docs/SECURITY.md)', () => {
  test('the scan sees the source (a guard against scanning nothing)', () => {
    const files = sourceFiles(SRC);
    assert.ok(files.length > 30, `found ${files.length} files`);
    assert.ok(find(/html`/).length > 5, 'the form templates are scanned');
  });

  test('no unsafeHTML, unsafeSVG, unsafeStatic or unsafeCSS', () => {
    const hits = find(/\bunsafe(HTML|SVG|MathML|Static|CSS)\b|directives\/unsafe-|lit\/static-html/);
    assert.equal(hits.length, 0, show(hits));
  });

  test('no HTML or code from strings: innerHTML, outerHTML, insertAdjacentHTML, document.write, eval, new Function', () => {
    const hits = find(/\.(innerHTML|outerHTML)\b|insertAdjacentHTML|setHTMLUnsafe|createContextualFragment|document\.write|\beval\(|new Function\b|srcdoc/);
    assert.equal(hits.length, 0, show(hits));
  });

  test('no template binding into href, src, style, action or an on* attribute except the reviewed ones', () => {
    const bindings = sourceFiles(SRC).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\s((?:href|src|style|srcset|action|formaction|xlink:href|on[a-z]+)=["']?\$\{[^}]*\})/gi)].map(
        (m) => `${relative('.', file)}: ${m[1]}`,
      ),
    );
    const unreviewed = bindings.filter((b) => !(b.split(': ')[1] in REVIEWED_BINDINGS));
    assert.deepEqual(unreviewed, [], 'bindings nobody reviewed');
    // The reviewed ones still exist (or the list is out of date).
    for (const binding of Object.keys(REVIEWED_BINDINGS)) {
      assert.ok(bindings.some((b) => b.endsWith(binding)), `${binding} is reviewed but not in src/ any more`);
    }
  });

  test('no style, href or src set from code by attribute; style only through reviewed CSSOM writes', () => {
    const attrs = find(/setAttribute(NS)?\(\s*[^,]*['"](style|href|src|srcdoc|on[a-z]+)['"]/i);
    assert.equal(attrs.length, 0, show(attrs));
    const styles = find(/\.style\b|\.cssText\b|styleMap/).filter((h) => !(h.text in REVIEWED_STYLE));
    assert.equal(styles.length, 0, show(styles));
  });

  test('console output only where reviewed, none carrying what a reporter wrote', () => {
    const browser = sourceFiles(SRC).filter((f) => !f.includes(`${SRC}/server`));
    const hits = find(/\bconsole\.\w+\(/, browser).filter((h) => !(h.text in REVIEWED_CONSOLE));
    assert.equal(hits.length, 0, show(hits));
  });
});

/** Every file under `dir`, whatever its kind. */
function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

describe('source citations (docs/PROTOCOL.md)', () => {
  // The contract the project was built from is not in the repository nor the
  // package; the source cites the project's own docs/PROTOCOL.md, whose
  // sections have the same numbers. This is `grep -rn CONTRACT src`,
  // comments included.
  test('no file under src/ cites the unshipped CONTRACT', () => {
    const files = allFiles(SRC);
    assert.ok(files.length > 20, `the walk sees the source (${files.length} files)`);
    const hits: Hit[] = [];
    for (const file of files) {
      readFileSync(file, 'utf8').split('\n').forEach((text, i) => {
        if (text.includes('CONTRACT')) hits.push({ file: relative('.', file), line: i + 1, text: text.trim() });
      });
    }
    assert.equal(hits.length, 0, `cite docs/PROTOCOL.md §N instead:\n${show(hits)}`);
  });

  test('docs/PROTOCOL.md has every section the source may cite, §1 to §10, in order', () => {
    const headings = [...readFileSync('docs/PROTOCOL.md', 'utf8').matchAll(/^## §(\d+) /gm)].map((m) => Number(m[1]));
    assert.deepEqual(headings, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  test('every "PROTOCOL.md §N" the source cites is a section of docs/PROTOCOL.md', () => {
    const sections = new Set([...readFileSync('docs/PROTOCOL.md', 'utf8').matchAll(/^## §(\d+) /gm)].map((m) => m[1]));
    const cited = allFiles(SRC).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/PROTOCOL\.md §(\d+)/g)].map((m) => ({ file, section: m[1]! })),
    );
    const unknown = cited.filter((c) => !sections.has(c.section)).map((c) => `${c.file}: §${c.section}`);
    assert.deepEqual(unknown, []);
  });
});

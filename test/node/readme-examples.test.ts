// The README's examples for each stack are the files under examples/ that
// test/stacks type-checks, renders and runs: a code block right after a link
// to `examples/…` must be that file, word for word, so neither can drift.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const README = readFileSync('README.md', 'utf8');
const SHOWN = /\[`(examples\/[^`]+)`\]\(\1\)[^\n]*\n\n```\w*\n([\s\S]*?)```/g;

test('every README block under a link to examples/ is that file', () => {
  const shown = [...README.matchAll(SHOWN)];
  assert.ok(shown.length >= 8, `found ${shown.length} example blocks in README.md`);
  for (const [, path, block] of shown) assert.equal(block, readFileSync(path, 'utf8'), `README.md shows ${path} as it is`);
});

test('the README shows the main file of every example', () => {
  const shown = new Set([...README.matchAll(SHOWN)].map((m) => m[1]));
  for (const main of ['html/index.html', 'html/reports.js', 'bundler/main.js', 'react/App.tsx', 'vue/App.vue']) {
    assert.ok(shown.has(`examples/${main}`), `README.md shows examples/${main}`);
  }
  // And nothing it links to is missing.
  const files = new Set(readdirSync('examples').flatMap((dir) => readdirSync(join('examples', dir)).map((f) => `examples/${dir}/${f}`)));
  for (const path of shown) assert.ok(files.has(path), `${path} exists`);
});

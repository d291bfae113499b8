// `npm run test:visual`: the visual suite (test/visual/), in headless Chromium
// through web-test-runner.visual.config.mjs. Prints `visual: N passed, …` last.
//
//   npm run test:visual                 compare every picture with its reference
//   npm run test:visual -- --update     write the pictures that changed (and the
//                                       README's docs/dialog-*.png) instead
//
// The pictures are drawn in DejaVu Sans, which covers Latin and Arabic; the
// references are only reproducible with that font, so this makes sure it is
// installed first (Debian's fonts-dejavu-core, installed when root on Debian,
// as scripts/find-browser.mjs does for Chromium).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FONT = 'DejaVu Sans';
const FONT_PACKAGE = 'fonts-dejavu-core';

/** Debian's file, or any DejaVu Sans fontconfig knows of (other systems). */
function hasFont() {
  if (existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')) return true;
  const list = spawnSync('fc-list', [FONT, 'family'], { encoding: 'utf8' });
  return list.status === 0 && list.stdout.split('\n').some((line) => line.split(',').includes(FONT));
}

function installFont() {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!root || !apt) return false;
  console.log(`[test-visual] ${FONT} is missing; installing Debian's ${FONT_PACKAGE}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', FONT_PACKAGE]]) {
    if (spawnSync('apt-get', args, { stdio: 'inherit', env }).status !== 0) return false;
  }
  return hasFont();
}

if (!hasFont() && !installFont()) {
  console.error(`The visual suite draws in ${FONT} and it is not installed (Debian/Ubuntu: apt-get install ${FONT_PACKAGE}).`);
  console.log('visual: 0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

const args = process.argv.slice(2);
const update = args.includes('--update');
const run = spawnSync(
  process.execPath,
  [
    resolve(ROOT, 'node_modules/@web/test-runner/dist/bin.js'),
    '--config',
    'web-test-runner.visual.config.mjs',
    ...args.filter((a) => a !== '--update'),
  ],
  { cwd: ROOT, stdio: 'inherit', env: { ...process.env, VISUAL_UPDATE: update ? '1' : '0' } },
);
process.exit(run.status ?? 1);

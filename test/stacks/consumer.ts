/**
 * Consumer projects as a new user makes them: the packed tarball installed
 * with npm into a directory of its own, beside exact versions of React or
 * Vue and TypeScript. The projects live under .cache/stacks/ (git-ignored)
 * so that a second run reuses what the first one downloaded; the tarball is
 * installed afresh every time.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve('.');
export const CACHE = join(ROOT, '.cache/stacks');

/** npm gets this long for one install before the test fails, saying why. */
const INSTALL_TIMEOUT_MS = 240_000;

export interface Packed {
  tarball: string;
  /** Bytes of the .tgz, as npm publish would upload it. */
  size: number;
  unpackedSize: number;
  entryCount: number;
}

interface Run {
  status: number | null;
  output: string;
  timedOut: boolean;
}

/** Runs a command to completion (or its timeout) and keeps its output. */
export function run(command: string, args: string[], cwd: string, timeout = 120_000): Run {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout, killSignal: 'SIGKILL' });
  const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  if (result.error && !timedOut) throw new Error(`could not start ${command}: ${result.error.message}`);
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}`, timedOut };
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** `npm pack` of the built package into .cache/stacks/. */
export function pack(): Packed {
  if (!existsSync(join(ROOT, 'dist/report-concern.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test builds before this step).');
  }
  mkdirSync(CACHE, { recursive: true });
  const packed = run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', CACHE], ROOT);
  if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.output}`);
  const [info] = JSON.parse(packed.output.slice(packed.output.indexOf('['))) as {
    filename: string;
    size: number;
    unpackedSize: number;
    entryCount: number;
  }[];
  return { tarball: join(CACHE, info.filename), size: info.size, unpackedSize: info.unpackedSize, entryCount: info.entryCount };
}

/**
 * Makes (or refreshes) the project `name` with `dependencies` at exact
 * versions plus the tarball, and copies `files` (example path → project
 * path) into it. Fails loudly when npm cannot install: a registry that
 * cannot be reached must not look like a type error, nor hang.
 */
export function consumerProject(
  name: string,
  dependencies: Record<string, string>,
  tarball: string,
  files: Record<string, string>,
): string {
  const dir = join(CACHE, name);
  mkdirSync(dir, { recursive: true });
  for (const version of Object.values(dependencies)) {
    if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`${name}: keep versions exact (got ${version})`);
  }
  const manifest = {
    name: `stacks-${name}`,
    private: true,
    type: 'module',
    dependencies: { ...dependencies, 'report-concern': `file:${tarball}` },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // The tarball changes every build under the same name: forget the old one.
  rmSync(join(dir, 'package-lock.json'), { force: true });
  rmSync(join(dir, 'node_modules/report-concern'), { recursive: true, force: true });
  const install = run(
    npm,
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--prefer-offline',
      // One quick retry: a registry that cannot be reached fails the run in well under the timeout.
      '--fetch-timeout=60000',
      '--fetch-retries=1',
      '--fetch-retry-mintimeout=2000',
      '--fetch-retry-maxtimeout=10000',
    ],
    dir,
    INSTALL_TIMEOUT_MS,
  );
  if (install.timedOut || install.status !== 0) {
    const why = install.timedOut ? `timed out after ${INSTALL_TIMEOUT_MS / 1000} s` : `exit ${install.status}`;
    throw new Error(
      `npm install in ${dir} failed (${why}). The first run downloads ${Object.keys(dependencies).join(', ')} ` +
        `from the npm registry, which must be reachable; later runs reuse .cache/stacks/.\n${install.output.slice(-2000)}`,
    );
  }
  for (const [from, to] of Object.entries(files)) {
    mkdirSync(join(dir, to, '..'), { recursive: true });
    cpSync(join(ROOT, from), join(dir, to));
  }
  return dir;
}

/** A copy of `file` in `dir` with `wrong` in place of `right`, which must occur in it. */
export function withTypo(dir: string, file: string, to: string, right: string, wrong: string): void {
  const text = readFileSync(join(dir, file), 'utf8');
  if (!text.includes(right)) throw new Error(`${file} no longer contains ${right}: update the typo cases`);
  mkdirSync(join(dir, to, '..'), { recursive: true });
  writeFileSync(join(dir, to), text.replace(right, wrong));
}

/** Type-check diagnostics by file: `{ 'typos/label.tsx': ['TS2322: …'] }`. */
export function diagnosticsByFile(output: string): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const m of output.matchAll(/^(\S[^(\n]*)\(\d+,\d+\): error (TS\d+: .*(?:\n {2}.*)*)/gm)) {
    const list = byFile.get(m[1]) ?? [];
    list.push(m[2]);
    byFile.set(m[1], list);
  }
  return byFile;
}

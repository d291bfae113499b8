// The fs store against real crashes and real limits: a writer process killed
// by its PID at random points, two processes racing for one id, and a list of
// 20,000 reports in a process allowed 256 open files.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { createFsStore } from '../../src/server/fs-store.js';
import { openFsStore } from '../../src/server/fs/store.js';
import type { ModerationStore } from '../../src/server/store.js';
import { fillFsStore, reportFor } from '../support/fs-fixtures.js';

const CHILD = '.cache/fs-child.mjs';
const STALE = 5 * 60 * 1000;

/** Fails unless the stored report is exactly the one any writer of this id writes, images included. */
async function assertWhole(store: ModerationStore, id: string): Promise<void> {
  const expected = reportFor(id);
  const stored = await store.get(id);
  assert.ok(stored, `${id} is stored`);
  assert.deepEqual(stored.report, expected.report);
  assert.equal(stored.fingerprint, expected.fingerprint);
  assert.equal(stored.images.length, expected.images.length);
  for (const [index, image] of expected.images.entries()) {
    assert.deepEqual(new Uint8Array((await store.readImage(id, index))!.bytes), new Uint8Array(image.bytes));
  }
}

/** Runs fs-child.mjs with `args`; `ready` once it says so, `doneAfter()` how long it then took to say "done". */
function inChild(args: string[]) {
  const child = spawn(process.execPath, [CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let out = '';
  let readyAt = 0;
  let doneAfter: number | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!readyAt && out.includes('ready')) (readyAt = performance.now()), resolve();
      if (doneAfter === undefined && out.includes('done')) doneAfter = performance.now() - readyAt;
    });
    child.once('exit', (code) => reject(new Error(`the writer exited (${code}) before it was ready: ${stderr}`)));
  });
  return { child, ready, doneAfter: () => doneAfter };
}

const putInChild = (dir: string, ids: string[]) => inChild(['put', dir, ids.join(',')]);

/** Kills `child` by its PID after `ms`; fine if it has finished by then. */
async function killAfter(child: ReturnType<typeof spawn>, ms: number): Promise<void> {
  const exited = once(child, 'exit');
  await new Promise((resolve) => setTimeout(resolve, ms));
  try {
    process.kill(child.pid!, 'SIGKILL');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
  await exited;
}

/** Every report the store lists, with its status, newest first. */
async function listAll(store: ModerationStore): Promise<string[]> {
  const listed: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list({ limit: 100, ...(cursor ? { cursor } : {}) });
    listed.push(...page.reports.map((s) => `${s.id} ${s.status}`));
    cursor = page.next;
  } while (cursor);
  return listed;
}

describe('fs store under crashes and limits', () => {
  let dir: string;
  before(async () => {
    await build({
      entryPoints: ['test/support/fs-child.ts'],
      outfile: CHILD,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    });
    dir = await mkdtemp(join(tmpdir(), 'rc-fs-crash-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('a writer killed by its PID at 50 random points never leaves a half report visible, and the retry succeeds', { timeout: 600_000 }, async (t) => {
    // How long three synced puts take on this machine now: the kills are spread over that.
    const calibration = putInChild(dir, [randomUUID(), randomUUID(), randomUUID()]);
    await calibration.ready;
    await once(calibration.child, 'exit');
    const writing = calibration.doneAfter() ?? 500;
    const seen = { none: 0, some: 0, all: 0 };
    for (let round = 0; round < 50; round++) {
      const ids: string[] = [randomUUID(), randomUUID(), randomUUID()];
      const { child, ready } = putInChild(dir, ids);
      await ready;
      // Past the writes when it finished all three first: a kill point after them.
      await killAfter(child, Math.random() * writing * 1.1);

      const restarted = createFsStore({ dir });
      const stored = [];
      for (const id of ids) if (await restarted.get(id)) stored.push(id);
      seen[stored.length === 0 ? 'none' : stored.length === ids.length ? 'all' : 'some']++;
      for (const id of stored) await assertWhole(restarted, id);
      // The list shows exactly the whole ones (earlier rounds' reports were checked in their round).
      const listed: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await restarted.list({ limit: 100, ...(cursor ? { cursor } : {}) });
        listed.push(...page.reports.filter((s) => ids.includes(s.id)).map((s) => s.id));
        cursor = page.next;
      } while (cursor);
      assert.deepEqual(listed.sort(), [...stored].sort(), `round ${round}: the list shows the stored reports only`);

      for (const id of ids) {
        const retry = await restarted.put(reportFor(id));
        assert.equal(retry.status, stored.includes(id) ? 'exists' : 'created', `round ${round}: the retry of ${id}`);
        await assertWhole(restarted, id);
      }
    }
    t.diagnostic(`three synced puts took ${Math.round(writing)} ms; rounds with none, some, all of the three reports stored at the kill: ${JSON.stringify(seen)}`);
    // The kills landed before, inside and after the writes, not all at one point.
    assert.ok(seen.none + seen.some > 0 && seen.some + seen.all > 0, `spread of kill points: ${JSON.stringify(seen)}`);
    const cleaned = createFsStore({ dir, staleAfterMs: 0 });
    assert.equal((await cleaned.list({ limit: 100 })).reports.length, 100, 'the 50 rounds stored 150 reports and the calibration 3');
    assert.deepEqual(await readdir(join(dir, 'tmp')), [], 'scratch folders of killed writers are cleared once stale');
  });

  test('a store killed by its PID at 20 random points while it compacts index.log leaves the old log or the new one, and loses nothing', { timeout: 600_000 }, async (t) => {
    const folder = await mkdtemp(join(tmpdir(), 'rc-fs-compact-'));
    try {
      // 1,500 reports, each moved on once and every other one twice: 2,250 superseded lines.
      const ids = fillFsStore(folder, 1500);
      const moved = ids.map((id, i) => `{"t":"status","id":"${id}","status":"in-review","v":1}\n${i % 2 ? `{"t":"status","id":"${id}","status":"decided","v":2}\n` : ''}`);
      await appendFile(join(folder, 'index.log'), moved.join(''));
      const oldLog = await readFile(join(folder, 'index.log'), 'utf8');
      const expected = await listAll(openFsStore({ dir: folder, staleAfterMs: 0, compaction: { minSuperseded: Infinity } }));
      const restore = async () => {
        await writeFile(join(folder, 'index.log'), oldLog);
        await rm(join(folder, 'tmp'), { recursive: true, force: true });
      };
      const calibration = inChild(['open', folder]);
      await calibration.ready;
      await once(calibration.child, 'exit');
      const opening = calibration.doneAfter() ?? 500;
      assert.equal((await readFile(join(folder, 'index.log'), 'utf8')).split('\n').length - 1, 1500, 'an open compacts this log');
      const left = { old: 0, compacted: 0 };
      for (let round = 0; round < 20; round++) {
        await restore();
        const { child, ready } = inChild(['open', folder]);
        await ready;
        await killAfter(child, Math.random() * opening * 1.1);
        const log = await readFile(join(folder, 'index.log'), 'utf8');
        const lines = log.split('\n').length - 1;
        assert.ok(log === oldLog || lines === 1500, `round ${round}: the old log or the compacted one, not ${lines} lines`);
        left[log === oldLog ? 'old' : 'compacted']++;
        // Read as left, then opened as usual (the crashed compaction's lock and scratch file cleared as stale).
        assert.deepEqual(await listAll(openFsStore({ dir: folder, staleAfterMs: STALE, compaction: { minSuperseded: Infinity } })), expected, `round ${round}`);
        assert.deepEqual(await listAll(openFsStore({ dir: folder, staleAfterMs: 0 })), expected, `round ${round}, compacted`);
      }
      t.diagnostic(`opening took ${Math.round(opening)} ms; the kills left the old log ${left.old} times, the compacted one ${left.compacted}`);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  test('20 concurrent copies of one report in each of two processes store exactly one', { timeout: 60_000 }, async () => {
    const id = randomUUID();
    const race = () => {
      const child = spawn(process.execPath, [CHILD, 'race', dir, id, '20'], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
      return once(child, 'exit').then(() => JSON.parse(out) as string[]);
    };
    const statuses = (await Promise.all([race(), race()])).flat();
    assert.equal(statuses.length, 40);
    assert.equal(statuses.filter((s) => s === 'created').length, 1, statuses.join(','));
    assert.ok(statuses.every((s) => s === 'created' || s === 'exists'));
    await assertWhole(createFsStore({ dir }), id);
  });

  test('lists 20,000 stored reports page by page in a process limited to 256 open files', { timeout: 600_000 }, async () => {
    // In memory where Linux offers it: this test is about open files, and 60,000
    // file creations on a disk other jobs are using can take a minute alone.
    const big = await mkdtemp(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'rc-fs-20k-'));
    try {
      fillFsStore(big, 20_000);
      const run = spawnSync('bash', ['-c', `ulimit -n 256 && exec "${process.execPath}" ${CHILD} list "${big}"`], {
        encoding: 'utf8',
        timeout: 300_000,
      });
      assert.equal(run.status, 0, run.stderr);
      const seen = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
      assert.deepEqual(seen, {
        count: 20_000,
        unique: 20_000,
        ordered: true,
        pages: 200,
        read: 40,
        reviewed: true,
        inReview: 1,
        openFilesLimit: 256,
      });
    } finally {
      await rm(big, { recursive: true, force: true });
    }
  });
});

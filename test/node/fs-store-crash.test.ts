// The fs store against real crashes and real limits: a writer process killed
// by its PID at random points, two processes racing for one id, and a list of
// 20,000 reports in a process allowed 256 open files.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { createFsStore } from '../../src/server/fs-store.js';
import type { ModerationStore } from '../../src/server/store.js';
import { fillFsStore, reportFor } from '../support/fs-fixtures.js';

const CHILD = '.cache/fs-child.mjs';

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

function putInChild(dir: string, ids: string[]) {
  const child = spawn(process.execPath, [CHILD, 'put', dir, ids.join(',')], { stdio: ['ignore', 'pipe', 'pipe'] });
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
  /** How long the writes took, once the writer said it was done. */
  return { child, ready, doneAfter: () => doneAfter };
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
      const exited = once(child, 'exit');
      await new Promise((resolve) => setTimeout(resolve, Math.random() * writing * 1.1));
      try {
        process.kill(child.pid!, 'SIGKILL');
      } catch (error) {
        // It finished all three before the kill: a kill point after the writes.
        if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
      }
      await exited;

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

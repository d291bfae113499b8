// Compaction of the fs store's index.log (src/server/fs/compaction.ts): when
// it happens, that the compacted log says all the old one said, what an
// interruption after each step leaves on disk, and what other processes'
// stores appending to the folder meanwhile see.
import { test, describe, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openFsStore } from '../../src/server/fs/store.js';
import type { CompactionSettings, CompactionStep } from '../../src/server/fs/compaction.js';
import type { ModerationStore } from '../../src/server/store.js';
import { decision, minutesIn, newAppeal, newReport } from '../../src/server/conformance/fixtures.js';

const STALE = 5 * 60 * 1000;
const open = (dir: string, compaction: CompactionSettings = { minSuperseded: 4 }) => openFsStore({ dir, staleAfterMs: STALE, compaction });
/** A store that never compacts: it reads the folder as it was left. */
const reader = (dir: string) => open(dir, { minSuperseded: Infinity });

const logLines = async (dir: string) =>
  (await readFile(join(dir, 'index.log'), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { t: string; id: string; status: string; v?: number });

/** Everything a moderator can ask a store that comes from the index. */
async function view(store: ModerationStore) {
  const ids = async (query: Parameters<ModerationStore['list']>[0]) => (await store.list(query)).reports.map((r) => `${r.id} ${r.status}`);
  return {
    all: await ids({}),
    decided: await ids({ status: 'decided' }),
    inReview: await ids({ status: 'in-review' }),
    appeals: (await store.listAppeals()).appeals.map((a) => `${a.id} ${a.status}`),
    pendingAppeals: (await store.listAppeals({ status: 'pending' })).appeals.map((a) => a.id),
    byReporter: (await store.listByReporter('u-1')).map((r) => r.id),
  };
}

/**
 * Five reports, four moderated: 5 report lines, 6 status lines and 3 appeal
 * lines for 7 records. Returns the ids, oldest first.
 */
async function moderatedFolder(dir: string): Promise<string[]> {
  const store = reader(dir);
  const entries = [1, 2, 3, 4, 5].map((minutes) => newReport({ minutes, userId: minutes % 2 ? 'u-1' : 'u-2' }));
  for (const entry of entries) await store.put(entry);
  const [a, b, c, d] = entries.map((e) => e.id);
  for (const id of [a!, b!, c!, d!]) await store.markInReview(id, 'mod-1', minutesIn(8));
  await store.decide(a!, decision());
  await store.decide(b!, decision());
  const appealed = await store.addAppeal(newAppeal(a!, 'reporter', minutesIn(20)));
  await store.addAppeal(newAppeal(b!, 'member', minutesIn(21)));
  assert.ok(appealed.ok);
  await store.decideAppeal(appealed.value.id, { upheld: true, explanation: 'Stands.', decidedBy: 'mod-2', decidedAt: minutesIn(30) });
  return entries.map((e) => e.id);
}

describe('fs store: compacting index.log', () => {
  let dir: string;
  const copies: string[] = [];
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rc-compact-'));
  });
  afterEach(async () => {
    for (const path of [dir, ...copies.splice(0)]) await rm(path, { recursive: true, force: true });
  });

  test('rewrites a mostly superseded log as one line per report and appeal when a store opens it, and answers the same', async () => {
    await moderatedFolder(dir);
    const before = await view(reader(dir));
    assert.equal((await logLines(dir)).length, 14);
    const opened = open(dir);
    assert.deepEqual(await view(opened), before);
    const lines = await logLines(dir);
    assert.deepEqual(lines.map((l) => l.t), ['report', 'report', 'report', 'report', 'report', 'appeal', 'appeal']);
    assert.deepEqual(lines.filter((l) => l.t === 'report').map((l) => l.status), ['decided', 'decided', 'in-review', 'in-review', 'received']);
    assert.deepEqual(await view(reader(dir)), before, 'a store opened afterwards reads the compacted log the same');
    assert.deepEqual(await readdir(join(dir, 'tmp')), [], 'no scratch file left');
  });

  test('leaves a log alone while fewer lines are superseded than the setting, or than are live', async () => {
    await moderatedFolder(dir);
    const text = await readFile(join(dir, 'index.log'), 'utf8');
    await open(dir, { minSuperseded: 8 }).list();
    assert.equal(await readFile(join(dir, 'index.log'), 'utf8'), text, '7 superseded lines, fewer than 8');
    const fresh = await mkdtemp(join(tmpdir(), 'rc-compact-'));
    copies.push(fresh);
    const ids = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((minutes) => newReport({ minutes }));
    const store = reader(fresh);
    for (const entry of ids) await store.put(entry);
    for (const entry of ids.slice(0, 4)) await store.markInReview(entry.id, 'mod-1', minutesIn(10));
    const few = await readFile(join(fresh, 'index.log'), 'utf8');
    await open(fresh, { minSuperseded: 1 }).list();
    assert.equal(await readFile(join(fresh, 'index.log'), 'utf8'), few, '4 superseded lines of 13: fewer than the 9 live ones');
  });

  test('an interruption after any step leaves a readable store that has lost nothing, and the next open compacts', async () => {
    await moderatedFolder(dir);
    const before = await view(reader(dir));
    const oldLog = await readFile(join(dir, 'index.log'), 'utf8');
    const at = new Map<CompactionStep, string>();
    // A crash at each point leaves the folder as it is there: copy it, and carry on.
    const afterStep = async (step: CompactionStep) => {
      const copy = await mkdtemp(join(tmpdir(), `rc-compact-${step}-`));
      copies.push(copy);
      await cp(dir, copy, { recursive: true });
      at.set(step, copy);
    };
    await open(dir, { minSuperseded: 4, afterStep }).list();
    assert.deepEqual([...at.keys()], ['written', 'caught-up', 'renamed', 'synced']);
    for (const [step, copy] of at) {
      const scratch = (await readdir(join(copy, 'tmp'))).filter((name) => name.startsWith('index.'));
      const beforeRename = step === 'written' || step === 'caught-up';
      const length = (await logLines(copy)).length;
      assert.equal(scratch.length, beforeRename ? 1 : 0, `${step}: the new log is in tmp/ until the rename`);
      assert.equal((await readFile(join(copy, 'index.log'), 'utf8')) === oldLog, beforeRename, `${step}: the old log is the log until the rename`);
      assert.deepEqual(await view(reader(copy)), before, `${step}: a store opened now answers as before`);
      assert.deepEqual(await view(open(copy)), before, `${step}: so does one that would compact`);
      assert.equal((await logLines(copy)).length, length, `${step}: which does not while the crashed compaction's lock is fresh`);
      // Once the lock is stale (here at once), it is cleared with the scratch file, and the next open compacts.
      assert.deepEqual(await view(openFsStore({ dir: copy, staleAfterMs: 0, compaction: { minSuperseded: 4 } })), before);
      assert.equal((await logLines(copy)).length, 7, `${step}: compacted once the lock is stale`);
      assert.deepEqual(await readdir(join(copy, 'tmp')), []);
    }
  });

  test('lines other stores append while it compacts reach the new log, before the rename and after it', async () => {
    const [a, b, c, d, e] = await moderatedFolder(dir);
    const others = [reader(dir), reader(dir), reader(dir)];
    for (const other of others) await other.list();
    const afterStep = async (step: CompactionStep) => {
      // Appended to the old log after the compacted text was taken: copied into the scratch file.
      if (step === 'written') await others[0]!.decide(c!, decision());
      // Appended to the old log after that copy, just before the rename: copied after it.
      if (step === 'caught-up') await others[1]!.decide(d!, decision());
      // Appended to the new log.
      if (step === 'synced') await others[2]!.markInReview(e!, 'mod-3', minutesIn(40));
    };
    await open(dir, { minSuperseded: 4, afterStep }).list();
    const after = await view(reader(dir));
    assert.deepEqual(after.decided.map((r) => r.split(' ')[0]).sort(), [a!, b!, c!, d!].sort());
    assert.deepEqual(after.inReview.map((r) => r.split(' ')[0]), [e!]);
  });

  test('two stores opening the folder at once compact it once, and both answer as before', async () => {
    await moderatedFolder(dir);
    const before = await view(reader(dir));
    const [first, second] = [open(dir), open(dir)];
    const views = await Promise.all([view(first), view(second)]);
    assert.deepEqual(views, [before, before]);
    assert.equal((await logLines(dir)).length, 7);
    assert.deepEqual(await readdir(join(dir, 'tmp')), []);
  });

  test('a store open during another’s compaction reads the new log from its start and keeps up with it', async () => {
    const [, , c, d] = await moderatedFolder(dir);
    const longOpen = reader(dir);
    const before = await view(longOpen);
    const compacting = open(dir);
    await compacting.list();
    assert.equal((await logLines(dir)).length, 7);
    // Appended to the new, shorter log: at an offset the long-open store has already read past in the old one.
    await compacting.decide(c!, decision());
    await compacting.decide(d!, decision());
    const now = await view(longOpen);
    assert.deepEqual(now.all, await view(reader(dir)).then((v) => v.all));
    assert.equal(now.decided.length, before.decided.length + 2);
  });

  test('a line read again after a newer one (a copy across a compaction) changes nothing', async () => {
    const [a, , c] = await moderatedFolder(dir);
    const lines = await logLines(dir);
    // a's in-review line (superseded by its decision), c's (its latest), and both appeals as pending.
    const older = lines.filter((l) => (l.t === 'status' && l.status === 'in-review' && (l.id === a || l.id === c)) || (l.t === 'appeal' && l.status === 'pending'));
    assert.equal(older.length, 4);
    await appendFile(join(dir, 'index.log'), older.map((l) => `${JSON.stringify(l)}\n`).join(''));
    const store = reader(dir);
    const view1 = await view(store);
    assert.ok(view1.decided.includes(`${a} decided`), 'a stays decided after its in-review line is read again');
    assert.ok(view1.inReview.includes(`${c} in-review`));
    assert.deepEqual(view1.pendingAppeals.length, 1, 'a decided appeal stays decided after its pending line is read again');
  });
});

/** Conformance: every moderation step, its conflicts, appeals and the look-ups for outcomes. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { ModerationStore } from '../store.js';
import { decision, minutesIn, newAppeal, newReport, plain } from './fixtures.js';

type Use = () => ModerationStore;
const UNKNOWN = '6f1c0f4e-8a9b-4c3d-9e2f-1a2b3c4d5e6f';

/** A stored report already decided by `mod-1` at minute 10. */
async function decided(use: Use, minutes = 0) {
  const entry = newReport({ minutes });
  await use().put(entry);
  const result = await use().decide(entry.id, decision());
  assert.ok(result.ok);
  return entry;
}

export function moderationTests(use: Use): void {
  it('marks a received report in review once, recording who and when', async () => {
    const entry = newReport();
    await use().put(entry);
    const first = await use().markInReview(entry.id, 'mod-1', minutesIn(5));
    assert.ok(first.ok);
    assert.equal(first.value.status, 'in-review');
    assert.deepEqual(first.value.history.at(-1), { type: 'review', at: minutesIn(5), by: 'mod-1' });
    const again = await use().markInReview(entry.id, 'mod-2', minutesIn(6));
    assert.ok(again.ok, 'already in review is a success');
    assert.equal(again.value.history.length, 2, 'and changes nothing');
    assert.equal((await use().get(entry.id))?.status, 'in-review');
  });

  it('refuses to mark a decided report in review (conflict) and an unknown one (not-found)', async () => {
    const entry = await decided(use);
    assert.deepEqual(await use().markInReview(entry.id, 'mod-1', minutesIn(30)), { ok: false, reason: 'conflict' });
    assert.deepEqual(await use().markInReview(UNKNOWN, 'mod-1', minutesIn(30)), { ok: false, reason: 'not-found' });
  });

  it('records a decision with its history entry, and refuses a second one', async () => {
    const entry = newReport();
    await use().put(entry);
    const taken = decision('mod-1', 10, 'warning');
    const result = await use().decide(entry.id, taken);
    assert.ok(result.ok);
    assert.equal(result.value.status, 'decided');
    assert.deepEqual(plain(result.value.decision), taken);
    assert.deepEqual(result.value.history.at(-1), { type: 'decision', at: taken.decidedAt, by: 'mod-1', action: 'warning' });
    assert.deepEqual(plain((await use().get(entry.id))?.decision), taken);
    assert.deepEqual(await use().decide(entry.id, decision('mod-2', 11)), { ok: false, reason: 'conflict' });
    assert.equal((await use().get(entry.id))?.decision?.decidedBy, 'mod-1', 'the first decision stands');
    assert.deepEqual(await use().decide(UNKNOWN, taken), { ok: false, reason: 'not-found' });
  });

  it('of two moderators deciding at once, one wins and the other gets a conflict', async () => {
    const entry = newReport();
    await use().put(entry);
    await use().markInReview(entry.id, 'mod-1', minutesIn(1));
    const results = await Promise.all([use().decide(entry.id, decision('mod-1', 10)), use().decide(entry.id, decision('mod-2', 10, 'no-action'))]);
    assert.equal(results.filter((r) => r.ok).length, 1);
    assert.deepEqual(results.find((r) => !r.ok), { ok: false, reason: 'conflict' });
    const stored = await use().get(entry.id);
    assert.equal(stored?.history.filter((h) => h.type === 'decision').length, 1);
  });

  it('takes an appeal until appealUntil and refuses one after it', async () => {
    const entry = await decided(use);
    const until = (await use().get(entry.id))!.decision!.appealUntil;
    const late = newAppeal(entry.id, 'member', new Date(Date.parse(until) + 1000).toISOString());
    assert.deepEqual(await use().addAppeal(late), { ok: false, reason: 'conflict' });
    const inTime = newAppeal(entry.id, 'member', until);
    const added = await use().addAppeal(inTime);
    assert.deepEqual(plain(added), { ok: true, value: inTime });
    const stored = await use().get(entry.id);
    assert.deepEqual(plain(stored?.appeals), [inTime]);
    assert.deepEqual(stored?.history.at(-1), { type: 'appeal', at: until, by: 'member', appealId: inTime.id });
    assert.deepEqual(plain(await use().getAppeal(inTime.id)), inTime);
    assert.equal(await use().getAppeal(late.id), undefined);
  });

  it('takes one appeal per party: a second from the same party is a conflict', async () => {
    const entry = await decided(use);
    assert.ok((await use().addAppeal(newAppeal(entry.id, 'reporter', minutesIn(20)))).ok);
    assert.deepEqual(await use().addAppeal(newAppeal(entry.id, 'reporter', minutesIn(21))), { ok: false, reason: 'conflict' });
    assert.ok((await use().addAppeal(newAppeal(entry.id, 'member', minutesIn(22)))).ok, 'the member may still appeal');
    assert.equal((await use().get(entry.id))?.appeals.length, 2);
  });

  it('refuses an appeal before a decision (conflict) and on an unknown report (not-found)', async () => {
    const entry = newReport();
    await use().put(entry);
    assert.deepEqual(await use().addAppeal(newAppeal(entry.id, 'reporter', minutesIn(1))), { ok: false, reason: 'conflict' });
    assert.deepEqual(await use().addAppeal(newAppeal(UNKNOWN, 'reporter', minutesIn(1))), { ok: false, reason: 'not-found' });
  });

  it('decides an appeal once, recording it on its report', async () => {
    const entry = await decided(use);
    const appeal = newAppeal(entry.id, 'member', minutesIn(20));
    await use().addAppeal(appeal);
    const ruling = { upheld: false, explanation: 'The rule applies.', decidedBy: 'mod-3', decidedAt: minutesIn(30) };
    const result = await use().decideAppeal(appeal.id, ruling);
    assert.deepEqual(plain(result), { ok: true, value: { ...appeal, status: 'decided', decision: ruling } });
    assert.deepEqual(plain((await use().getAppeal(appeal.id))?.decision), ruling);
    const stored = await use().get(entry.id);
    assert.deepEqual(stored?.history.at(-1), { type: 'appeal-decision', at: ruling.decidedAt, by: 'mod-3', appealId: appeal.id, upheld: false });
    assert.deepEqual(await use().decideAppeal(appeal.id, { ...ruling, upheld: true }), { ok: false, reason: 'conflict' });
    assert.deepEqual(await use().decideAppeal(UNKNOWN, ruling), { ok: false, reason: 'not-found' });
  });

  it('lists appeals newest first with their report reference, by status, page by page', async () => {
    const appeals: { appeal: ReturnType<typeof newAppeal>; reference: string }[] = [];
    for (let i = 0; i < 5; i++) {
      const entry = await decided(use, i);
      const appeal = newAppeal(entry.id, 'reporter', minutesIn(100 + i));
      await use().addAppeal(appeal);
      appeals.push({ appeal, reference: entry.reference });
    }
    const ruling = { upheld: true, explanation: 'Restored.', decidedBy: 'mod-1', decidedAt: minutesIn(200) };
    await use().decideAppeal(appeals[1]!.appeal.id, ruling);
    const first = await use().listAppeals({ limit: 2 });
    assert.deepEqual(first.appeals.map((a) => a.id), [appeals[4]!.appeal.id, appeals[3]!.appeal.id]);
    assert.deepEqual(plain(first.appeals[0]), { ...appeals[4]!.appeal, reportReference: appeals[4]!.reference });
    const rest = await use().listAppeals({ limit: 2, cursor: first.next! });
    const last = await use().listAppeals({ limit: 2, cursor: rest.next! });
    assert.deepEqual([...rest.appeals, ...last.appeals].map((a) => a.id), [2, 1, 0].map((i) => appeals[i]!.appeal.id));
    assert.equal(last.next, undefined);
    const pending = await use().listAppeals({ status: 'pending' });
    assert.deepEqual(pending.appeals.map((a) => a.id), [4, 3, 2, 0].map((i) => appeals[i]!.appeal.id));
    const done = await use().listAppeals({ status: 'decided' });
    assert.deepEqual(done.appeals.map((a) => [a.id, a.status, a.decision]), [[appeals[1]!.appeal.id, 'decided', ruling]]);
  });

  it('finds the one report whose receipt hash matches, and none for another', async () => {
    const mine = newReport({ receiptHash: 'b'.repeat(64) });
    await use().put(newReport({ receiptHash: 'c'.repeat(64) }));
    await use().put(mine);
    assert.equal((await use().findByReceipt('b'.repeat(64)))?.id, mine.id);
    assert.equal(await use().findByReceipt('d'.repeat(64)), undefined);
  });

  it("lists a reporter's own reports newest first, at most limit, and nobody else's", async () => {
    const own = [3, 1, 2].map((m) => newReport({ minutes: m, userId: 'u-reporter' }));
    for (const entry of own) await use().put(entry);
    await use().put(newReport({ minutes: 4, userId: 'u-other' }));
    await use().put(newReport({ minutes: 5 }));
    const all = await use().listByReporter('u-reporter');
    assert.deepEqual(all.map((s) => s.id), [own[0]!.id, own[2]!.id, own[1]!.id]);
    assert.ok(all.every((s) => s.reporter?.userId === 'u-reporter'));
    assert.deepEqual((await use().listByReporter('u-reporter', 2)).map((s) => s.id), [own[0]!.id, own[2]!.id]);
    assert.deepEqual(await use().listByReporter('u-nobody'), []);
  });

  it('keeps the whole history in order: received, review, decision, appeal, appeal decision', async () => {
    const entry = newReport();
    await use().put(entry);
    await use().markInReview(entry.id, 'mod-1', minutesIn(5));
    const taken = decision('mod-2', 10, 'restricted');
    await use().decide(entry.id, taken);
    const appeal = newAppeal(entry.id, 'reporter', minutesIn(20));
    await use().addAppeal(appeal);
    await use().decideAppeal(appeal.id, { upheld: true, explanation: 'Overturned.', decidedBy: 'mod-3', decidedAt: minutesIn(30) });
    const stored = await use().get(entry.id);
    assert.deepEqual(plain(stored?.history), [
      { type: 'received', at: stored!.receivedAt, by: 'system' },
      { type: 'review', at: minutesIn(5), by: 'mod-1' },
      { type: 'decision', at: taken.decidedAt, by: 'mod-2', action: 'restricted' },
      { type: 'appeal', at: minutesIn(20), by: 'reporter', appealId: appeal.id },
      { type: 'appeal-decision', at: minutesIn(30), by: 'mod-3', appealId: appeal.id, upheld: true },
    ]);
    assert.equal(stored?.status, 'decided');
  });
}

/**
 * Conformance: outcomes (docs/PROTOCOL.md §9) through the real receiving
 * handler over the store under test: receipts, `…/status` and `…/appeals`.
 * A receipt shows its one report and nothing of any other; a session sees
 * only its own; appeals keep to their rules.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createReportHandler } from '../handler.js';
import type { ModerationStore } from '../store.js';
import { decision } from './fixtures.js';

type Use = () => ModerationStore;
const ENDPOINT = 'https://receiver.example/api/reports';
/** The session is a header here: what `identify` reads is the host's business. */
const SESSION = 'x-test-session';

function handlerOf(store: ModerationStore, now?: () => Date) {
  return createReportHandler({
    store,
    identify: (request) => {
      const userId = request.headers.get(SESSION);
      return userId ? { userId } : undefined;
    },
    ...(now ? { now } : {}),
  });
}

function reportJson(subject: { contentId?: string; authorId?: string; userId?: string } = {}) {
  const id = randomUUID();
  const about = subject.userId
    ? { kind: 'user', userId: subject.userId, profileUrl: 'https://community.example/u/1' }
    : { kind: 'content', contentId: subject.contentId ?? 'a-1', contentType: 'answer', url: 'https://community.example/q/1', authorId: subject.authorId ?? 'u-author' };
  return {
    id,
    text: JSON.stringify({
      schema: 'report-concern/v1',
      id,
      createdAt: '2026-11-24T10:00:00.000Z',
      category: 'spam',
      details: 'Advertises a shop in every answer',
      subject: about,
      ...(subject.userId ? { incident: { place: 'site' } } : {}),
      evidence: { links: [], screenshots: [] },
      block: false,
      urgent: false,
      context: { pageUrl: 'https://community.example/q/1', locale: 'en', widgetVersion: '0.1.0' },
      extensions: {},
    }),
  };
}

function post(text: string, id: string, session?: string): Request {
  const body = new FormData();
  body.append('report', text);
  const headers: Record<string, string> = { 'Idempotency-Key': id, Accept: 'application/json' };
  if (session) headers[SESSION] = session;
  return new Request(ENDPOINT, { method: 'POST', body, headers });
}

const withReceipt = (receipt: string) => ({ authorization: `Receipt ${receipt}` });
const getStatus = (headers: Record<string, string>, query = '') => new Request(`${ENDPOINT}/status${query}`, { headers });
const postAppeal = (headers: Record<string, string>, body: unknown) =>
  new Request(`${ENDPOINT}/appeals`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function send(handle: ReturnType<typeof handlerOf>, options: Parameters<typeof reportJson>[0] & { session?: string } = {}) {
  const { id, text } = reportJson(options);
  const response = await handle(post(text, id, options.session));
  assert.equal(response.status, 201);
  const body = (await response.json()) as { reference: string; receipt?: string };
  return { id, text, ...body };
}

/** Decides a stored report now, so that it may be contested for six months. */
async function decideNow(use: Use, id: string, decidedAt = new Date()) {
  const taken = decision('mod-1', 0, 'removed');
  const until = new Date(decidedAt);
  until.setUTCMonth(until.getUTCMonth() + 6);
  const result = await use().decide(id, { ...taken, decidedAt: decidedAt.toISOString(), appealUntil: until.toISOString() });
  assert.ok(result.ok);
}

export function outcomeTests(use: Use): void {
  it('answers a stored report with a receipt of 256 bits, storing only its SHA-256 and the reporter', async () => {
    const handle = handlerOf(use());
    const sent = await send(handle, { session: 'u-reporter' });
    assert.match(sent.receipt!, /^[A-Za-z0-9_-]{43}$/);
    const stored = await use().get(sent.id);
    assert.match(stored!.receiptHash!, /^[0-9a-f]{64}$/);
    assert.ok(!JSON.stringify(stored).includes(sent.receipt!), 'the token itself is not stored');
    assert.deepEqual(stored!.reporter, { userId: 'u-reporter' });
  });

  it('answers a repeat with the same reference and no second receipt; the first still works', async () => {
    const handle = handlerOf(use());
    const sent = await send(handle);
    const again = await handle(post(sent.text, sent.id));
    assert.equal(again.status, 201);
    assert.deepEqual(await again.json(), { reference: sent.reference });
    const status = await handle(getStatus(withReceipt(sent.receipt!)));
    assert.equal(status.status, 200);
  });

  it('shows a receipt its one report and nothing of any other', async () => {
    const handle = handlerOf(use());
    const mine = await send(handle, { session: 'u-1' });
    const other = await send(handle, { session: 'u-1', contentId: 'a-2' });
    const response = await handle(getStatus(withReceipt(mine.receipt!)));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const body = (await response.json()) as { reports: Record<string, unknown>[] };
    assert.deepEqual(body.reports, [{ reference: mine.reference, category: 'spam', createdAt: '2026-11-24T10:00:00.000Z', status: 'received' }]);
    assert.ok(!JSON.stringify(body).includes(other.reference));
  });

  it('answers 401 to a wrong, malformed or missing receipt, and to nobody at all', async () => {
    const handle = handlerOf(use());
    const sent = await send(handle);
    const wrong = sent.receipt!.slice(0, -1) + (sent.receipt!.endsWith('A') ? 'B' : 'A');
    for (const headers of [withReceipt(wrong), withReceipt('short'), { authorization: 'Bearer x' }, {}]) {
      const response = await handle(getStatus(headers));
      assert.equal(response.status, 401, JSON.stringify(headers));
      assert.match(((await response.json()) as { message: string }).message, /receipt|sign in/i);
    }
    const appeal = await handle(postAppeal(withReceipt(wrong), { text: 'Wrong decision.' }));
    assert.equal(appeal.status, 401);
  });

  it("shows a session its own reports only, and one subject's with ?subject=", async () => {
    const handle = handlerOf(use());
    const first = await send(handle, { session: 'u-1', contentId: 'a-1' });
    const second = await send(handle, { session: 'u-1', contentId: 'a-2' });
    const theirs = await send(handle, { session: 'u-2', contentId: 'a-1' });
    const anonymous = await send(handle, { contentId: 'a-1' });
    const all = (await (await handle(getStatus({ [SESSION]: 'u-1' }))).json()) as { reports: { reference: string }[] };
    assert.deepEqual(all.reports.map((r) => r.reference).sort(), [first.reference, second.reference].sort());
    const text = JSON.stringify(all);
    for (const foreign of [theirs, anonymous]) assert.ok(!text.includes(foreign.reference));
    const one = (await (await handle(getStatus({ [SESSION]: 'u-1' }, '?subject=content:answer:a-2'))).json()) as { reports: { reference: string }[] };
    assert.deepEqual(one.reports.map((r) => r.reference), [second.reference]);
    const nobody = (await (await handle(getStatus({ [SESSION]: 'u-3' }))).json()) as { reports: unknown[] };
    assert.deepEqual(nobody.reports, []);
  });

  it('shows the statement of reasons once decided, without who decided', async () => {
    const handle = handlerOf(use());
    const sent = await send(handle);
    await decideNow(use, sent.id);
    const body = (await (await handle(getStatus(withReceipt(sent.receipt!)))).json()) as { reports: { status: string; decision: Record<string, unknown> }[] };
    const [shown] = body.reports;
    assert.equal(shown!.status, 'decided');
    assert.deepEqual(Object.keys(shown!.decision).sort(), ['action', 'appealUntil', 'automated', 'decidedAt', 'explanation', 'ground', 'groundDetail']);
    assert.equal(shown!.decision.action, 'removed');
  });

  it('takes one appeal with a receipt, shows it pending, then decided', async () => {
    const handle = handlerOf(use());
    const sent = await send(handle);
    await decideNow(use, sent.id);
    const response = await handle(postAppeal(withReceipt(sent.receipt!), { text: '  The post was a joke between friends.  ' }));
    assert.equal(response.status, 201);
    const appeal = (await response.json()) as { reference: string; status: string };
    assert.match(appeal.reference, /^AP-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    assert.equal(appeal.status, 'pending');
    const stored = (await use().get(sent.id))!;
    assert.equal(stored.appeals[0]!.text, 'The post was a joke between friends.');
    assert.equal(stored.appeals[0]!.by, 'reporter');
    const again = await handle(postAppeal(withReceipt(sent.receipt!), { text: 'Once more.' }));
    assert.equal(again.status, 409);
    assert.equal(((await again.json()) as { reason: string }).reason, 'already-appealed');
    const ruling = { upheld: true, explanation: 'Restored after review.', decidedBy: 'mod-2', decidedAt: new Date().toISOString() };
    assert.ok((await use().decideAppeal(stored.appeals[0]!.id, ruling)).ok);
    const body = (await (await handle(getStatus(withReceipt(sent.receipt!)))).json()) as { reports: { appeal: Record<string, unknown> }[] };
    assert.deepEqual(body.reports[0]!.appeal, {
      reference: appeal.reference,
      createdAt: stored.appeals[0]!.createdAt,
      status: 'decided',
      decision: { upheld: true, explanation: 'Restored after review.', decidedAt: ruling.decidedAt },
    });
  });

  it('refuses appeals with a clear reason: undecided, too late, too long, empty, not JSON', async () => {
    const handle = handlerOf(use());
    const early = await send(handle);
    const undecided = await handle(postAppeal(withReceipt(early.receipt!), { text: 'Why?' }));
    assert.equal(undecided.status, 409);
    assert.equal(((await undecided.json()) as { reason: string }).reason, 'not-decided');
    await decideNow(use, early.id, new Date(Date.now() - 200 * 24 * 3600 * 1000));
    const late = await handle(postAppeal(withReceipt(early.receipt!), { text: 'Why?' }));
    assert.equal(late.status, 409);
    const lateBody = (await late.json()) as { reason: string; message: string };
    assert.equal(lateBody.reason, 'too-late');
    assert.match(lateBody.message, /ended on \d{4}-\d{2}-\d{2}/);
    const fresh = await send(handle, { contentId: 'a-9' });
    await decideNow(use, fresh.id);
    const long = await handle(postAppeal(withReceipt(fresh.receipt!), { text: '😀'.repeat(2001) }));
    assert.equal(long.status, 422);
    assert.match(((await long.json()) as { errors: { text: string } }).errors.text, /2000/);
    const exact = await handle(postAppeal(withReceipt(fresh.receipt!), { text: '😀'.repeat(2000) }));
    assert.equal(exact.status, 201, '2000 code points are allowed, however many UTF-16 units');
    const other = await send(handle, { contentId: 'a-10' });
    await decideNow(use, other.id);
    const empty = await handle(postAppeal(withReceipt(other.receipt!), { text: '   ' }));
    assert.equal(empty.status, 422);
    const form = await handle(new Request(`${ENDPOINT}/appeals`, { method: 'POST', headers: withReceipt(other.receipt!), body: 'text=hi' }));
    assert.equal(form.status, 415);
    const got = await handle(new Request(`${ENDPOINT}/appeals`, { headers: withReceipt(other.receipt!) }));
    assert.equal(got.status, 405);
  });

  it('lets the member a decision concerns see it and contest it, and nobody else', async () => {
    const handle = handlerOf(use());
    const sent = await send(handle, { session: 'u-reporter', authorId: 'u-author' });
    const asMember = { [SESSION]: 'u-author' };
    const before = (await (await handle(getStatus(asMember, `?report=${sent.id}`))).json()) as { reports: unknown[] };
    assert.deepEqual(before.reports, [], 'not before a decision');
    await decideNow(use, sent.id);
    const seen = (await (await handle(getStatus(asMember, `?report=${sent.id}`))).json()) as { reports: { reference: string; decision?: unknown }[] };
    assert.equal(seen.reports.length, 1);
    assert.ok(seen.reports[0]!.decision);
    assert.ok(!JSON.stringify(seen).includes('u-reporter'));
    const stranger = await handle(postAppeal({ [SESSION]: 'u-stranger' }, { report: sent.id, text: 'Not fair.' }));
    assert.equal(stranger.status, 403);
    assert.equal(((await stranger.json()) as { reason: string }).reason, 'not-yours');
    const strangerSees = (await (await handle(getStatus({ [SESSION]: 'u-stranger' }, `?report=${sent.id}`))).json()) as { reports: unknown[] };
    assert.deepEqual(strangerSees.reports, []);
    const member = await handle(postAppeal(asMember, { report: sent.id, text: 'My answer broke no rule.' }));
    assert.equal(member.status, 201);
    const reporter = await handle(postAppeal({ [SESSION]: 'u-reporter' }, { reference: sent.reference, text: 'It should be a ban.' }));
    assert.equal(reporter.status, 201, 'each party appeals once');
    const appeals = (await use().get(sent.id))!.appeals.map((a) => a.by).sort();
    assert.deepEqual(appeals, ['member', 'reporter']);
    const notMine = await handle(postAppeal({ [SESSION]: 'u-stranger' }, { reference: sent.reference, text: 'Hm.' }));
    assert.equal(notMine.status, 404);
  });
}

// The moderation API over a real memory store: every route, who may call
// it, what it refuses and how, and that report content is only ever data.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createModerationHandler, createMemoryStore } from '../../src/server/index.js';
import type { ModerationStore } from '../../src/server/store.js';
import { decision, minutesIn, newAppeal, newReport } from '../../src/server/conformance/fixtures.js';
import type { Json } from './fixtures.js';

const BASE = 'http://mod.test/moderation';
const NOW = new Date('2026-08-31T09:30:00.000Z');

function setup(options: { store?: ModerationStore; authorize?: (r: Request) => string | undefined } = {}) {
  const store = options.store ?? createMemoryStore();
  const handle = createModerationHandler({
    store,
    basePath: '/moderation',
    now: () => NOW,
    authorize: options.authorize ?? ((request) => request.headers.get('x-test-moderator') ?? undefined),
  });
  const call = (path: string, init: Omit<RequestInit, 'body'> & { as?: string | null; body?: unknown } = {}) => {
    const headers = new Headers(init.headers);
    if (init.as !== null) headers.set('x-test-moderator', init.as ?? 'mod-1');
    let body = init.body as BodyInit | undefined;
    if (init.body !== undefined && typeof init.body !== 'string') {
      body = JSON.stringify(init.body);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    }
    return handle(new Request(`${BASE}/${path}`, { method: init.method ?? 'GET', headers, body }));
  };
  return { store, handle, call };
}

const json = async (response: Response) => (await response.json()) as Json;

function assertSafeHeaders(response: Response, type = /^application\/json; charset=utf-8$/): void {
  assert.match(response.headers.get('content-type') ?? '', type);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(response.headers.get('content-security-policy'), "default-src 'none'");
  assert.equal(response.headers.get('cache-control'), 'private, no-store');
}

const validDecision = { action: 'removed', ground: 'terms', groundDetail: 'Rule 4', explanation: 'Advertising.', automated: false };

describe('createModerationHandler', () => {
  test('cannot be made without authorize: there is no open default', () => {
    assert.throws(() => createModerationHandler({ store: createMemoryStore() } as never), /authorize/);
  });

  test('answers 401 on every route when authorize gives no moderator', async () => {
    const { store, call } = setup();
    const entry = newReport({ images: 1 });
    await store.put(entry);
    for (const [method, path] of [
      ['GET', 'reports'],
      ['GET', `reports/${entry.id}`],
      ['GET', `reports/${entry.id}/screenshots/0`],
      ['POST', `reports/${entry.id}/review`],
      ['POST', `reports/${entry.id}/decision`],
      ['GET', 'appeals'],
      ['POST', `appeals/${entry.id}/decision`],
      ['GET', 'nothing-here'],
    ] as const) {
      const response = await call(path, { method, as: null, ...(method === 'POST' ? { body: validDecision } : {}) });
      assert.equal(response.status, 401, `${method} ${path}`);
      assertSafeHeaders(response);
    }
    assert.equal((await store.get(entry.id))?.status, 'received', 'nothing changed');
    const empty = setup({ authorize: () => '' });
    assert.equal((await empty.call('reports')).status, 401, 'an empty id is no moderator');
  });

  test('lists newest first with filters and a cursor, and refuses bad parameters by name', async () => {
    const { store, call } = setup();
    const entries = Array.from({ length: 5 }, (_, i) => newReport({ minutes: i, category: i % 2 ? 'scam' : 'spam' }));
    for (const entry of entries) await store.put(entry);
    await store.markInReview(entries[3]!.id, 'mod-1', minutesIn(9));
    const first = await json(await call('reports?limit=2'));
    assert.deepEqual(first.reports.map((r: Json) => r.id), [entries[4]!.id, entries[3]!.id]);
    const second = await json(await call(`reports?limit=2&cursor=${encodeURIComponent(first.next)}`));
    assert.deepEqual(second.reports.map((r: Json) => r.id), [entries[2]!.id, entries[1]!.id]);
    const scam = await json(await call('reports?category=scam&status=received'));
    assert.deepEqual(scam.reports.map((r: Json) => r.id), [entries[1]!.id]);
    assert.equal(scam.next, undefined);
    for (const [query, field] of [
      ['status=open', 'status'],
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=ten', 'limit'],
      ['category=nonsense', 'category'],
      ['cursor=garbage', 'cursor'],
    ]) {
      const response = await call(`reports?${query}`);
      assert.equal(response.status, 400, query);
      assert.ok((await json(response)).errors[field!], `${query} names ${field}`);
    }
  });

  test('gives one report with its status, history, decision and appeals, and 404 for an unknown one', async () => {
    const { store, call } = setup();
    const entry = newReport({ receiptHash: 'f'.repeat(64), userId: 'u-9' });
    await store.put(entry);
    await store.decide(entry.id, decision());
    const appeal = newAppeal(entry.id, 'member', minutesIn(20));
    await store.addAppeal(appeal);
    const response = await call(`reports/${entry.id}`);
    assert.equal(response.status, 200);
    assertSafeHeaders(response);
    const body = await json(response);
    assert.equal(body.status, 'decided');
    assert.deepEqual(body.report, entry.report);
    assert.deepEqual(body.history.map((h: Json) => h.type), ['received', 'decision', 'appeal']);
    assert.equal(body.decision.action, 'removed');
    assert.deepEqual(body.appeals, [appeal]);
    assert.deepEqual(body.reporter, { userId: 'u-9' });
    assert.equal(body.receiptHash, undefined, 'the receipt hash serves only the reporter');
    assert.equal((await call('reports/6f1c0f4e-8a9b-4c3d-9e2f-1a2b3c4d5e6f')).status, 404);
    assert.equal((await call('reports/..%2F..%2Fetc')).status, 404);
    assert.equal((await call('reports/%E0%A4%A')).status, 404);
  });

  test('gives report text with <script> as JSON data, never markup', async () => {
    const { store, call } = setup();
    const entry = newReport();
    entry.report.details = '<script>alert(document.cookie)</script><img src=x onerror=alert(1)>';
    await store.put(entry);
    const response = await call(`reports/${entry.id}`);
    assertSafeHeaders(response);
    const text = await response.text();
    assert.ok(!text.trimStart().startsWith('<'), 'a JSON document');
    assert.equal((JSON.parse(text) as Json).report.details, entry.report.details);
  });

  test('serves a screenshot with its own type, nosniff and a CSP, by index, and 404 past the last', async () => {
    const { store, call } = setup();
    const entry = newReport({ images: 2 });
    entry.images[1]!.type = 'image/webp';
    await store.put(entry);
    const response = await call(`reports/${entry.id}/screenshots/1`);
    assert.equal(response.status, 200);
    assertSafeHeaders(response, /^image\/webp$/);
    assert.deepEqual(new Uint8Array(await response.arrayBuffer()), entry.images[1]!.bytes);
    for (const n of ['2', '-1', 'x', '1.0', '0001']) assert.equal((await call(`reports/${entry.id}/screenshots/${n}`)).status, 404, n);
  });

  test('marks a report in review by the calling moderator, and 409 once it is decided', async () => {
    const { store, call } = setup();
    const entry = newReport();
    await store.put(entry);
    const response = await call(`reports/${entry.id}/review`, { method: 'POST', as: 'mod-7' });
    assert.equal(response.status, 200);
    const body = await json(response);
    assert.equal(body.status, 'in-review');
    assert.deepEqual(body.history.at(-1), { type: 'review', at: NOW.toISOString(), by: 'mod-7' });
    await store.decide(entry.id, decision());
    assert.equal((await call(`reports/${entry.id}/review`, { method: 'POST' })).status, 409);
    assert.equal((await call('reports/6f1c0f4e-8a9b-4c3d-9e2f-1a2b3c4d5e6f/review', { method: 'POST' })).status, 404);
  });

  test('records a decision now, open to appeal for six months, once; a second is 409', async () => {
    const { store, call } = setup();
    const entry = newReport();
    await store.put(entry);
    const response = await call(`reports/${entry.id}/decision`, { method: 'POST', as: 'mod-2', body: { ...validDecision, automated: true } });
    assert.equal(response.status, 200);
    const body = await json(response);
    assert.deepEqual(body.decision, {
      ...validDecision,
      automated: true,
      decidedBy: 'mod-2',
      decidedAt: '2026-08-31T09:30:00.000Z',
      appealUntil: '2027-02-28T09:30:00.000Z',
    });
    const again = await call(`reports/${entry.id}/decision`, { method: 'POST', body: validDecision });
    assert.equal(again.status, 409);
    assert.equal((await store.get(entry.id))?.decision?.decidedBy, 'mod-2');
    assert.equal((await call('reports/6f1c0f4e-8a9b-4c3d-9e2f-1a2b3c4d5e6f/decision', { method: 'POST', body: validDecision })).status, 404);
  });

  test('refuses a decision field by field (422), a body that is not JSON (400, 415) or too large (413)', async () => {
    const { store, call } = setup();
    const entry = newReport();
    await store.put(entry);
    const path = `reports/${entry.id}/decision`;
    const bad = { action: 'banned', ground: 'mood', groundDetail: ' ', explanation: '', automated: 'no' };
    const response = await call(path, { method: 'POST', body: bad });
    assert.equal(response.status, 422);
    assert.deepEqual(Object.keys((await json(response)).errors).sort(), ['action', 'automated', 'explanation', 'ground', 'groundDetail']);
    const long = await call(path, { method: 'POST', body: { ...validDecision, explanation: 'x'.repeat(5001) } });
    assert.deepEqual(Object.keys((await json(long)).errors), ['explanation']);
    assert.equal((await call(path, { method: 'POST', body: '{"action":', headers: { 'content-type': 'application/json' } })).status, 400);
    assert.equal((await call(path, { method: 'POST', body: [1] })).status, 422);
    const form = await call(path, { method: 'POST', body: 'action=removed', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(form.status, 415, 'a cross-site form cannot post a decision');
    assert.equal((await call(path, { method: 'POST', body: { ...validDecision, explanation: 'x'.repeat(70_000) } })).status, 413);
    assert.equal((await store.get(entry.id))?.status, 'received', 'nothing was decided');
  });

  test('lists appeals by status and decides one once; unknown is 404, bad input 422', async () => {
    const { store, call } = setup();
    const entry = newReport();
    await store.put(entry);
    await store.decide(entry.id, decision());
    const appeal = newAppeal(entry.id, 'reporter', minutesIn(30));
    await store.addAppeal(appeal);
    const pending = await json(await call('appeals?status=pending'));
    assert.deepEqual(pending.appeals.map((a: Json) => [a.id, a.reportReference]), [[appeal.id, entry.reference]]);
    assert.equal((await call('appeals?status=open')).status, 400);
    assert.equal((await call(`appeals/${appeal.id}/decision`, { method: 'POST', body: { upheld: 'yes', explanation: 'x' } })).status, 422);
    const decided = await call(`appeals/${appeal.id}/decision`, { method: 'POST', as: 'mod-5', body: { upheld: true, explanation: 'Restored.' } });
    assert.equal(decided.status, 200);
    assert.deepEqual((await json(decided)).decision, { upheld: true, explanation: 'Restored.', decidedBy: 'mod-5', decidedAt: NOW.toISOString() });
    assert.equal((await call(`appeals/${appeal.id}/decision`, { method: 'POST', body: { upheld: false, explanation: 'No.' } })).status, 409);
    assert.equal((await call('appeals/nope/decision', { method: 'POST', body: { upheld: false, explanation: 'No.' } })).status, 404);
    assert.deepEqual((await json(await call('appeals?status=pending'))).appeals, []);
  });

  test('answers 405 with Allow for a wrong method, 404 off its routes or outside basePath', async () => {
    const { handle, call } = setup();
    const wrong = await call('reports', { method: 'DELETE' });
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.get('allow'), 'GET');
    assert.equal((await call('reports/x/review')).status, 405);
    assert.equal((await call('reports/x/unknown')).status, 404);
    assert.equal((await call('')).status, 404);
    const outside = await handle(new Request('http://mod.test/reports', { headers: { 'x-test-moderator': 'mod-1' } }));
    assert.equal(outside.status, 404);
  });

  test('a failing store or authorize is a plain 500 that says nothing about either', async () => {
    const failing = { ...createMemoryStore(), list: async () => Promise.reject(new Error('ECONNREFUSED 10.0.0.5:5432 secret')) };
    const response = await setup({ store: failing }).call('reports');
    assert.equal(response.status, 500);
    assert.doesNotMatch(await response.text(), /ECONNREFUSED|secret|10\.0/);
    const throwing = setup({ authorize: () => { throw new Error('session store down at /var/x'); } });
    const answer = await throwing.call('reports');
    assert.equal(answer.status, 500);
    assert.doesNotMatch(await answer.text(), /session|var/);
  });
});

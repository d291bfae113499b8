/**
 * The outbox against the real test receiver with injected faults: every
 * case ends with the report stored exactly once, or kept with a reason.
 */
import { expect } from '@open-wc/testing';
import { createOutbox, type Outbox, type NewEntry } from '../../src/outbox/outbox.js';
import { backoffMs } from '../../src/outbox/timing.js';
import { openIdbStorage } from '../../src/outbox/storage.js';
import { attemptTimeoutMs } from '../../src/delivery/transport.js';
import { bucketUrl, queueFaults, readLog, readStored, uniqueBucket } from '../support/endpoint.js';

function report(id = crypto.randomUUID()) {
  return {
    schema: 'report-concern/v1',
    id,
    createdAt: new Date().toISOString(),
    category: 'scam',
    details: 'Asked for money by bank transfer',
    subject: { kind: 'content', contentId: 'a-1', contentType: 'answer', url: location.href },
    evidence: { links: [], screenshots: [] as unknown[] },
    block: false,
    urgent: false,
    context: { pageUrl: location.href, locale: 'en', widgetVersion: 'test' },
    extensions: {},
  };
}

async function png(): Promise<Blob> {
  const canvas = new OffscreenCanvas(3, 2);
  canvas.getContext('2d')!.fillRect(0, 0, 3, 2);
  return canvas.convertToBlob({ type: 'image/png' });
}

async function entryFor(bucket: string, options: { withImage?: boolean; timeoutMs?: number } = {}): Promise<NewEntry> {
  const r = report();
  const files = [];
  if (options.withImage) {
    const blob = await png();
    r.evidence.screenshots.push({ name: 'screenshot-1.png', type: 'image/png', size: blob.size, width: 3, height: 2 });
    files.push({ name: 'screenshot-1.png', type: 'image/png', blob });
  }
  return {
    id: r.id,
    endpoint: bucketUrl(bucket),
    credentials: 'same-origin',
    timeoutMs: options.timeoutMs ?? 5000,
    reportJson: JSON.stringify(r),
    files,
    subjectKey: 'content:answer:a-1',
  };
}

let dbCounter = 0;
const dbName = () => `report-concern-test-${Date.now()}-${dbCounter++}`;

describe('outbox: a report is delivered exactly once or kept', () => {
  let bucket: string;
  let boxes: Outbox[];
  const make = (options: Parameters<typeof createOutbox>[0] = {}) => {
    // No background timers unless a test asks for them: each attempt is the test's own.
    const box = createOutbox({ storage: openIdbStorage(dbName()), random: () => 0, timers: false, ...options });
    boxes.push(box);
    return box;
  };
  beforeEach(() => {
    bucket = uniqueBucket();
    boxes = [];
  });
  afterEach(() => boxes.forEach((b) => b.stop()));

  it('is on disk before the first request, and gone only after a confirmed delivery', async () => {
    const box = make();
    const entry = await entryFor(bucket);
    expect(await box.add(entry)).to.deep.equal({ where: 'disk' });
    expect((await box.entries()).map((e) => e.id)).to.deep.equal([entry.id]);
    expect(await readLog(bucket)).to.have.length(0);
    const result = await box.attempt(entry.id);
    expect(result?.kind).to.equal('delivered');
    expect(await box.entries()).to.have.length(0);
    expect(await readStored(bucket)).to.have.length(1);
  });

  it('500 then 200: retried with the same id and the same bytes, stored once', async () => {
    const box = make();
    const entry = await entryFor(bucket, { withImage: true });
    await queueFaults(bucket, [{ status: 500 }]);
    await box.add(entry);
    expect((await box.attempt(entry.id))?.kind).to.equal('retry');
    const [waiting] = await box.entries();
    expect(waiting.attempts).to.equal(1);
    expect(waiting.lastError?.code).to.equal('server');
    expect((await box.attempt(entry.id))?.kind).to.equal('delivered');
    const log = await readLog(bucket);
    expect(log.map((l) => l.status)).to.deep.equal([500, 201]);
    expect(log[0].headers['idempotency-key']).to.equal(entry.id);
    expect(log[1].headers['idempotency-key']).to.equal(entry.id);
    expect(log[0].report).to.deep.equal(log[1].report);
    expect(log[0].files).to.deep.equal(log[1].files);
    expect(log[0].files[0].size).to.be.greaterThan(0);
    expect(await readStored(bucket)).to.have.length(1);
  });

  it('503 with Retry-After: 1 waits a second, then delivers on its own', async () => {
    const box = make({ timers: true });
    const entry = await entryFor(bucket);
    await queueFaults(bucket, [{ status: 503, headers: { 'Retry-After': '1' } }]);
    await box.add(entry);
    await box.attempt(entry.id);
    const [waiting] = await box.entries();
    expect(waiting.nextAttemptAt - waiting.lastAttemptAt!).to.equal(1000);
    let stored = 0;
    for (let i = 0; i < 60 && stored === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      stored = (await readStored(bucket)).length;
    }
    expect(stored).to.equal(1);
    const log = await readLog(bucket);
    expect(log.map((l) => l.status)).to.deep.equal([503, 201]);
  });

  it('429 with an HTTP-date Retry-After is honoured', async () => {
    const box = make();
    const entry = await entryFor(bucket);
    const at = new Date(Date.now() + 30_000).toUTCString();
    await queueFaults(bucket, [{ status: 429, headers: { 'Retry-After': at } }]);
    await box.add(entry);
    await box.attempt(entry.id);
    const [waiting] = await box.entries();
    expect(waiting.nextAttemptAt - Date.now()).to.be.within(25_000, 31_000);
    expect(waiting.state).to.equal('pending');
  });

  it('an unparseable Retry-After falls back to the backoff', async () => {
    const box = make();
    const entry = await entryFor(bucket);
    await queueFaults(bucket, [{ status: 503, headers: { 'Retry-After': 'soon-ish' } }]);
    await box.add(entry);
    await box.attempt(entry.id);
    const [waiting] = await box.entries();
    // random() = 0 gives half of the first step (1 s), from the failed attempt.
    expect(waiting.nextAttemptAt - waiting.lastAttemptAt!).to.equal(backoffMs(1, () => 0));
  });

  it('a request that never answers times out and is sent again', async () => {
    const box = make();
    const entry = await entryFor(bucket, { timeoutMs: 400 });
    await queueFaults(bucket, [{ hang: true }]);
    await box.add(entry);
    const result = await box.attempt(entry.id);
    expect(result).to.include({ kind: 'retry', code: 'network', cause: 'timeout' });
    expect((await box.attempt(entry.id))?.kind).to.equal('delivered');
    expect(await readStored(bucket)).to.have.length(1);
  });

  it('the timeout allows for the upload: a larger body waits longer before giving up', async () => {
    const box = make();
    const entry = await entryFor(bucket, { timeoutMs: 100 });
    // 50 KB of screenshot at the slow-upload rate is 2 s more than the 100 ms of waiting.
    const blob = new Blob([new Uint8Array(50_000)], { type: 'image/png' });
    entry.files = [{ name: 'screenshot-1.png', type: 'image/png', blob }];
    await queueFaults(bucket, [{ hang: true }]);
    await box.add(entry);
    const started = performance.now();
    expect(await box.attempt(entry.id)).to.include({ kind: 'retry', cause: 'timeout' });
    const took = performance.now() - started;
    expect(took).to.be.within(attemptTimeoutMs(100, 50_000) - 100, attemptTimeoutMs(100, 50_000) + 1500);
    expect(attemptTimeoutMs(30_000, 20 * 1024 * 1024)).to.be.above(10 * 60_000);
  });

  it('a connection dropped mid-request ends with the report stored once', async () => {
    const box = make();
    const entry = await entryFor(bucket, { withImage: true });
    await queueFaults(bucket, [{ destroy: true }]);
    await box.add(entry);
    // Chromium itself may resend a POST whose reused connection was closed
    // before any answer; either way the outbox must end with one stored report.
    let result = await box.attempt(entry.id);
    if (result?.kind === 'retry') {
      expect(result.code).to.equal('network');
      result = await box.attempt(entry.id);
    }
    expect(result?.kind).to.equal('delivered');
    const log = await readLog(bucket);
    expect(log[0].status).to.equal(0);
    expect(log.every((l) => l.headers['idempotency-key'] === entry.id)).to.equal(true);
    expect(await readStored(bucket)).to.have.length(1);
    expect(await box.entries()).to.have.length(0);
  });

  it('a lost answer after the report was stored: the retry gets the first reference, stored once', async () => {
    const box = make();
    const entry = await entryFor(bucket, { withImage: true });
    await queueFaults(bucket, [{ dropResponse: true }]);
    await box.add(entry);
    let result = await box.attempt(entry.id);
    for (let i = 0; i < 2 && result?.kind === 'retry'; i++) result = await box.attempt(entry.id);
    expect(result?.kind).to.equal('delivered');
    const stored = await readStored(bucket);
    expect(stored).to.have.length(1);
    expect(result?.kind === 'delivered' && result.reference).to.equal(stored[0].reference);
  });

  it('200 with an HTML login page, and 200 with an empty body, are not deliveries', async () => {
    const box = make();
    const entry = await entryFor(bucket);
    await queueFaults(bucket, [
      { status: 200, headers: { 'Content-Type': 'text/html' }, body: '<form>Sign in</form>' },
      { status: 200 },
    ]);
    await box.add(entry);
    expect(await box.attempt(entry.id)).to.include({ kind: 'retry', cause: 'not-json' });
    expect(await box.attempt(entry.id)).to.include({ kind: 'retry', cause: 'not-json' });
    expect((await box.attempt(entry.id))?.kind).to.equal('delivered');
    expect(await readStored(bucket)).to.have.length(1);
  });

  it('200 with a JSON body but no JSON Content-Type is a delivery; JSON-typed HTML is not', async () => {
    const box = make();
    const entry = await entryFor(bucket);
    await queueFaults(bucket, [
      { status: 200, headers: { 'Content-Type': 'application/json' }, body: '<html>Sign in</html>' },
      { status: 200, headers: { 'Content-Type': 'text/plain' }, body: '{"reference":"R-77"}' },
    ]);
    await box.add(entry);
    expect(await box.attempt(entry.id)).to.include({ kind: 'retry', cause: 'not-json' });
    expect(await box.attempt(entry.id)).to.include({ kind: 'delivered', reference: 'R-77' });
    expect(await box.entries()).to.have.length(0);
  });

  it('Retry-After: 0 on every answer does not become a tight loop: the backoff still applies', async () => {
    const box = make();
    const entry = await entryFor(bucket);
    await queueFaults(bucket, [
      { status: 503, headers: { 'Retry-After': '0' } },
      { status: 503, headers: { 'Retry-After': '0' } },
    ]);
    await box.add(entry);
    await box.attempt(entry.id);
    let [waiting] = await box.entries();
    // random() is 0 here: half of 1 s, then half of 2 s, from the failed attempt (the machine's load does not count).
    expect(waiting.nextAttemptAt - waiting.lastAttemptAt!).to.equal(500);
    await box.attempt(entry.id);
    [waiting] = await box.entries();
    expect(waiting.nextAttemptAt - waiting.lastAttemptAt!).to.equal(1000);
  });

  it('a report discarded while its attempt runs is not written back when the attempt ends', async () => {
    const box = make();
    const entry = await entryFor(bucket);
    await queueFaults(bucket, [{ status: 503, delayMs: 300 }]);
    await box.add(entry);
    const running = box.attempt(entry.id);
    await new Promise((r) => setTimeout(r, 100));
    await box.discard(entry.id);
    await running;
    expect(await box.entries()).to.have.length(0);
  });

  it('a redirect is not a delivery', async () => {
    const box = make();
    const entry = await entryFor(bucket);
    await queueFaults(bucket, [{ redirect: '/login' }]);
    await box.add(entry);
    expect(await box.attempt(entry.id)).to.include({ kind: 'retry', cause: 'redirect' });
    expect(await box.entries()).to.have.length(1);
  });

  it('422 is not retried: the report waits for the reporter with the field messages', async () => {
    const box = make();
    const entry = await entryFor(bucket);
    await queueFaults(bucket, [
      { status: 422, headers: { 'Content-Type': 'application/json' }, body: '{"errors":{"details":"Too vague."}}' },
    ]);
    await box.add(entry);
    await box.attempt(entry.id);
    const [waiting] = await box.entries();
    expect(waiting.state).to.equal('attention');
    expect(waiting.lastError).to.deep.include({ code: 'validation', status: 422, errors: { details: 'Too vague.' } });
    await box.flush({ force: true });
    expect(await readLog(bucket)).to.have.length(1);
  });

  it('401 keeps the report, marked as needing attention, and a later load sends it once signed in', async () => {
    const box = make();
    const entry = await entryFor(bucket);
    await queueFaults(bucket, [{ status: 401 }]);
    await box.add(entry);
    await box.attempt(entry.id);
    expect((await box.entries())[0]).to.deep.include({ state: 'attention' });
    await box.flush({ force: true });
    expect(await readLog(bucket)).to.have.length(1);
    await box.flush({ force: true, includeAuth: true });
    expect(await readStored(bucket)).to.have.length(1);
    expect(await box.entries()).to.have.length(0);
  });

  it('a reload: a new outbox on the same database sends what the old one left', async () => {
    const name = dbName();
    const first = make({ storage: openIdbStorage(name) });
    const entry = await entryFor(bucket, { withImage: true });
    await queueFaults(bucket, [{ status: 503 }]);
    await first.add(entry);
    await first.attempt(entry.id);
    first.stop();
    const afterReload = make({ storage: openIdbStorage(name) });
    const delivered: string[] = [];
    afterReload.on((e) => e.type === 'delivered' && delivered.push(e.entry.id));
    await afterReload.flush({ force: true });
    expect(delivered).to.deep.equal([entry.id]);
    const log = await readLog(bucket);
    expect(log).to.have.length(2);
    expect(log[1].files).to.deep.equal(log[0].files);
    expect(await readStored(bucket)).to.have.length(1);
  });

  it('a second attempt in the same page while one runs shares its outcome instead of answering busy', async () => {
    const box = make();
    const entry = await entryFor(bucket);
    await queueFaults(bucket, [{ delayMs: 300 }]);
    await box.add(entry);
    const first = box.attempt(entry.id);
    const second = box.attempt(entry.id);
    const [a, b] = await Promise.all([first, second]);
    expect(a?.kind).to.equal('delivered');
    expect(b).to.equal(a);
    expect(await readLog(bucket)).to.have.length(1);
  });

  it('two tabs flushing the same outbox at once send each report once', async () => {
    const name = dbName();
    const a = make({ storage: openIdbStorage(name) });
    const b = make({ storage: openIdbStorage(name) });
    const entries = await Promise.all([entryFor(bucket), entryFor(bucket), entryFor(bucket)]);
    await queueFaults(bucket, [{ delayMs: 200 }, { delayMs: 200 }, { delayMs: 200 }]);
    for (const e of entries) await a.add(e);
    await Promise.all([a.flush({ force: true }), b.flush({ force: true }), a.flush({ force: true })]);
    expect(await readLog(bucket)).to.have.length(3);
    expect(await readStored(bucket)).to.have.length(3);
    expect(await a.entries()).to.have.length(0);
  });

  it('without IndexedDB it keeps the report in memory, says so, and still delivers', async () => {
    const box = make({ storage: Promise.reject(new DOMException('no', 'InvalidStateError')) });
    const entry = await entryFor(bucket);
    expect(await box.add(entry)).to.deep.equal({ where: 'memory', reason: 'unavailable' });
    await queueFaults(bucket, [{ status: 502 }]);
    await box.attempt(entry.id);
    expect(await box.entries()).to.have.length(1);
    await box.attempt(entry.id);
    expect(await readStored(bucket)).to.have.length(1);
  });

  it('past its limits it says so instead of dropping anything', async () => {
    const box = make({ limits: { count: 2 } });
    const [e1, e2, e3] = await Promise.all([entryFor(bucket), entryFor(bucket), entryFor(bucket)]);
    expect((await box.add(e1)).where).to.equal('disk');
    expect((await box.add(e2)).where).to.equal('disk');
    expect(await box.add(e3)).to.deep.equal({ where: 'memory', reason: 'limit' });
    expect(await box.entries()).to.have.length(3);
  });

  it('computes the headers afresh for every attempt, for the endpoint the report was submitted to', async () => {
    const asked: string[] = [];
    let calls = 0;
    const box = make({
      headers: async (url: string) => {
        asked.push(url);
        return { 'X-Csrf': `token-${++calls}` };
      },
    });
    const entry = await entryFor(bucket);
    await queueFaults(bucket, [{ status: 500 }]);
    await box.add(entry);
    await box.attempt(entry.id);
    await box.attempt(entry.id);
    const log = await readLog(bucket);
    expect(log.map((l) => l.headers['x-csrf'])).to.deep.equal(['token-1', 'token-2']);
    expect(asked).to.deep.equal([entry.endpoint, entry.endpoint]);
    // Nothing of them is kept with the report.
    expect(JSON.stringify(await box.entries())).not.to.contain('token-');
  });

  it('an empty headers answer (an endpoint that must not see them) sends none', async () => {
    const box = make({ headers: async () => ({}) });
    const entry = await entryFor(bucket);
    await box.add(entry);
    await box.attempt(entry.id);
    const [sent] = await readLog(bucket);
    expect(sent.headers['x-csrf']).to.equal(undefined);
    expect(sent.headers['idempotency-key']).to.equal(entry.id);
  });

  it('a failing headers function sends nothing and keeps the report', async () => {
    const box = make({
      headers: async () => {
        throw new Error('session expired');
      },
    });
    const entry = await entryFor(bucket);
    await box.add(entry);
    expect(await box.attempt(entry.id)).to.include({ kind: 'retry', cause: 'headers' });
    expect(await readLog(bucket)).to.have.length(0);
    expect(await box.entries()).to.have.length(1);
  });

  // Expiry by the wall clock was replaced (issue 19): see outbox-time.test.ts
  // for expiry by the steady clock and by attempts, and clocks that jump.
});

describe('backoff', () => {
  it('grows exponentially with jitter, capped at five minutes', () => {
    expect(backoffMs(1, () => 1)).to.equal(1000);
    expect(backoffMs(2, () => 1)).to.equal(2000);
    expect(backoffMs(4, () => 0)).to.equal(4000);
    expect(backoffMs(30, () => 1)).to.equal(300_000);
  });
});

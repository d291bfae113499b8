/**
 * The outbox's clocks and storage failures (issue 19): a wall clock moved
 * back or forward while a report waits, expiry by attempts or by waiting
 * counted on the page's steady clock, storage that fails after a delivery,
 * and an id that is already waiting. Against the real receiver and real
 * IndexedDB; only the clocks are the test's.
 */
import { expect } from '@open-wc/testing';
import { createOutbox, type Outbox, type NewEntry, type OutboxStorage } from '../../src/outbox/outbox.js';
import { openIdbStorage } from '../../src/outbox/storage.js';
import { bucketUrl, queueFaults, readLog, readStored, uniqueBucket } from '../support/endpoint.js';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

function entryFor(bucket: string, details = 'Asked for money by bank transfer'): NewEntry {
  const id = crypto.randomUUID();
  const report = {
    schema: 'report-concern/v1',
    id,
    createdAt: new Date().toISOString(),
    category: 'scam',
    details,
    subject: { kind: 'content', contentId: 'a-1', contentType: 'answer', url: location.href },
    evidence: { links: [], screenshots: [] },
    block: false,
    urgent: false,
    context: { pageUrl: location.href, locale: 'en', widgetVersion: 'test' },
    extensions: {},
  };
  return {
    id,
    endpoint: bucketUrl(bucket),
    credentials: 'same-origin',
    timeoutMs: 5000,
    reportJson: JSON.stringify(report),
    files: [],
    subjectKey: 'content:answer:a-1',
  };
}

let dbCounter = 0;
const dbName = () => `report-concern-time-${Date.now()}-${dbCounter++}`;

/** Storage that counts its reads, to see a busy loop. */
function counting(storage: Promise<OutboxStorage>, counts: { reads: number }): Promise<OutboxStorage> {
  return storage.then((s) => ({
    ...s,
    get: (id) => (counts.reads++, s.get(id)),
    all: () => (counts.reads++, s.all()),
  }));
}

describe('outbox: clocks that jump, storage that fails', () => {
  let bucket: string;
  let boxes: Outbox[];
  const make = (options: Parameters<typeof createOutbox>[0] = {}) => {
    const box = createOutbox({ storage: openIdbStorage(dbName()), random: () => 0, timers: false, ...options });
    boxes.push(box);
    return box;
  };
  beforeEach(() => {
    bucket = uniqueBucket();
    boxes = [];
  });
  afterEach(() => boxes.forEach((b) => b.stop()));

  it('a clock moved back 40 days while a report waits: no busy loop, and the wait is read as at most an hour', async () => {
    let now = Date.now();
    const counts = { reads: 0 };
    const name = dbName();
    const first = make({ storage: openIdbStorage(name), now: () => now });
    const entry = entryFor(bucket);
    await queueFaults(bucket, [{ status: 503, headers: { 'Retry-After': '60' } }]);
    await first.add(entry);
    await first.attempt(entry.id);
    first.stop();

    // The next page, with the clock 40 days behind: setTimeout would overflow on the stored time.
    now -= 40 * DAY;
    const page = make({ storage: counting(openIdbStorage(name), counts), now: () => now, timers: true });
    await page.flush();
    const before = counts.reads;
    await new Promise((r) => setTimeout(r, 1000));
    expect(counts.reads - before, 'storage reads in a second').to.be.below(10);
    const [waiting] = await page.entries();
    expect(waiting.nextAttemptAt - now, 'the stored wait, brought within the cap').to.be.at.most(HOUR);
    expect(waiting.state).to.equal('pending');
    expect(await readLog(bucket)).to.have.length(1);
  });

  it('a report filed while the clock was behind does not expire when the clock is put right', async () => {
    let now = Date.now() - 45 * DAY;
    const box = make({ now: () => now });
    const entry = entryFor(bucket);
    await box.add(entry);
    now += 45 * DAY;
    await queueFaults(bucket, [{ status: 500 }]);
    await box.attempt(entry.id);
    const [waiting] = await box.entries();
    expect(waiting.state).to.equal('pending');
    expect(waiting.lastError?.code).to.equal('server');
    await box.flush({ force: true });
    expect(await readStored(bucket)).to.have.length(1);
  });

  // Until issue 19 a report expired when the wall clock said it was old:
  // a clock set forward expired it on its next failure.
  it('expires after waiting longer than the age limit on the steady clock', async () => {
    let steady = 0;
    const box = make({ monotonic: () => steady, limits: { ageMs: 1000 } });
    const entry = entryFor(bucket);
    await box.add(entry);
    steady += 5000;
    await queueFaults(bucket, [{ status: 500 }]);
    await box.attempt(entry.id);
    const [waiting] = await box.entries();
    expect(waiting.state).to.equal('attention');
    expect(waiting.lastError?.code).to.equal('expired');
  });

  it('expires after its limit of failed attempts', async () => {
    const box = make({ limits: { attempts: 3 } });
    const entry = entryFor(bucket);
    await box.add(entry);
    await queueFaults(bucket, [{ status: 502 }, { status: 502 }, { status: 502 }]);
    for (let i = 0; i < 2; i++) await box.attempt(entry.id);
    expect((await box.entries())[0].state).to.equal('pending');
    await box.attempt(entry.id);
    const [waiting] = await box.entries();
    expect([waiting.state, waiting.attempts, waiting.lastError?.code]).to.deep.equal(['attention', 3, 'expired']);
  });

  it('a failed delete after a 2xx is still a delivery, and this page does not send it again', async () => {
    const real = openIdbStorage(dbName());
    const failingDelete = real.then((s) => ({ ...s, delete: () => Promise.reject(new DOMException('disk gone', 'UnknownError')) }));
    const box = make({ storage: failingDelete });
    const delivered: string[] = [];
    box.on((e) => e.type === 'delivered' && delivered.push(e.entry.id));
    const entry = entryFor(bucket);
    await box.add(entry);
    const result = await box.attempt(entry.id);
    expect(result?.kind).to.equal('delivered');
    expect(delivered).to.deep.equal([entry.id]);
    expect(await box.entries(), 'no longer waiting here').to.have.length(0);
    await box.flush({ force: true });
    expect(await readLog(bucket)).to.have.length(1);
  });

  it('a delivered copy whose delete failed once is deleted when the outbox next reads', async () => {
    const real = await openIdbStorage(dbName());
    let failures = 1;
    const flaky = { ...real, delete: (id: string) => (failures-- > 0 ? Promise.reject(new DOMException('busy', 'TimeoutError')) : real.delete(id)) };
    const box = make({ storage: Promise.resolve(flaky) });
    const entry = entryFor(bucket);
    await box.add(entry);
    expect((await box.attempt(entry.id))?.kind).to.equal('delivered');
    expect((await real.all()).map((e) => e.id), 'the delete failed').to.deep.equal([entry.id]);
    expect(await box.entries()).to.have.length(0);
    // The delete runs beside the read: give it a moment, then look.
    for (let i = 0; i < 50 && (await real.all()).length > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await real.all(), 'the copy deleted on the next read').to.have.length(0);
  });

  it('a different report under an id already waiting is refused, and the waiting one is kept as it was', async () => {
    const box = make();
    const entry = entryFor(bucket);
    await box.add(entry);
    let refused: unknown;
    await box.add({ ...entry, reportJson: entry.reportJson.replace('bank transfer', 'gift cards') }).catch((e: unknown) => (refused = e));
    expect((refused as DOMException)?.name).to.equal('ConstraintError');
    const [waiting] = await box.entries();
    expect(waiting.reportJson).to.equal(entry.reportJson);
    // The same report stored again is no error, and still one report.
    expect(await box.add(entry)).to.deep.equal({ where: 'disk' });
    expect(await box.entries()).to.have.length(1);
  });

  it('storage that never opens: the outbox works from memory after its time limit', async () => {
    const box = make({ storage: new Promise<OutboxStorage>(() => undefined), openLimitMs: 200 });
    const entry = entryFor(bucket);
    expect(await box.add(entry)).to.deep.equal({ where: 'memory', reason: 'unavailable' });
    await box.attempt(entry.id);
    expect(await readStored(bucket)).to.have.length(1);
  });
});

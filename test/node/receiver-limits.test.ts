/**
 * The receiving handler's limits and hooks at their edges (source build):
 * each limit holds exactly at its value and refuses one past it, the
 * reporter from `identify` and the time of receipt reach the store, and
 * references are 60-bit, stable and readable.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createReportHandler, createMemoryStore, defaultReference, type ReportStore } from '../../src/server/index.js';
import { FIELDS_MAX, PARTS_MAX } from '../../src/server/read-body.js';
import { JSON_DEPTH_MAX, jsonDepth } from '../../src/server/parse-report.js';
import { contentReport, formOf, makePng, post, send, withShots, type Json } from './fixtures.js';

type Entry = Parameters<ReportStore['put']>[0];

/** A memory store that also keeps what the handler gave `put`. */
function recording() {
  const inner = createMemoryStore();
  const entries: Entry[] = [];
  const store: ReportStore = { ...inner, put: (entry) => (entries.push(entry), inner.put(entry)) };
  return { store, entries };
}

/** A PNG of exactly `size` bytes: a real 1×1 image padded by a private ancillary chunk. */
function pngOfSize(size: number): Uint8Array {
  const png = Buffer.from(makePng(1, 1));
  const iend = png.subarray(png.length - 12);
  const pad = Buffer.alloc(size - png.length);
  pad.writeUInt32BE(pad.length - 12, 0);
  pad.write('paDd', 4, 'ascii');
  return new Uint8Array(Buffer.concat([png.subarray(0, png.length - 12), pad, iend]));
}

describe('limits at their edges', () => {
  test('a screenshot of exactly 5 MB is stored; one byte more is a 413', async () => {
    const handle = createReportHandler({ store: createMemoryStore() });
    const exact = pngOfSize(5 * 1024 * 1024);
    assert.equal((await handle(send(withShots(contentReport(), [{ bytes: exact }]), [{ bytes: exact }]))).status, 201);
    const over = pngOfSize(5 * 1024 * 1024 + 1);
    const response = await handle(send(withShots(contentReport(), [{ bytes: over }]), [{ bytes: over }]));
    assert.equal(response.status, 413);
    assert.match(((await response.json()) as Json).message, /5 MB/);
  });

  test(`${FIELDS_MAX} fields are read; one more is a 413 (and parts are capped at ${PARTS_MAX} behind that)`, async () => {
    const handle = createReportHandler({ store: createMemoryStore() });
    const form = (fields: number) => {
      const f = formOf(contentReport());
      for (let i = 1; i < fields; i++) f.append(`note-${i}`, 'x');
      return f;
    };
    assert.ok(PARTS_MAX >= FIELDS_MAX + 5);
    assert.equal((await handle(post(form(FIELDS_MAX)))).status, 201);
    assert.equal((await handle(post(form(FIELDS_MAX + 1)))).status, 413);
  });

  test('more than 20 MB of screenshots in all is a 413 while reading', async () => {
    const handle = createReportHandler({ store: createMemoryStore() });
    const shot = pngOfSize(4.5 * 1024 * 1024);
    const shots = Array.from({ length: 5 }, () => ({ bytes: shot }));
    const response = await handle(send(contentReport(), shots));
    assert.equal(response.status, 413);
    assert.match(((await response.json()) as Json).message, /20 MB/);
  });

  test(`JSON nested ${JSON_DEPTH_MAX} levels is parsed; one level more is a 400`, async () => {
    const handle = createReportHandler({ store: createMemoryStore() });
    const nest = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
    const at = (levels: number) => JSON.stringify(contentReport()).replace('"extensions":{}', `"extensions":${nest(levels - 1)}`);
    assert.equal(jsonDepth(at(JSON_DEPTH_MAX)), JSON_DEPTH_MAX);
    assert.equal((await handle(post(formOf(at(JSON_DEPTH_MAX))))).status, 201);
    assert.equal((await handle(post(formOf(at(JSON_DEPTH_MAX + 1))))).status, 400);
  });

  test('brackets inside strings do not count as nesting', () => {
    assert.equal(jsonDepth('{"a":"[[[[{{{{\\"]]]"}'), 1);
  });

  test('broken framing is a 400: a body cut off mid-part, a missing boundary, a malformed part header', async () => {
    const handle = createReportHandler({ store: createMemoryStore() });
    const raw = (body: string, type = 'multipart/form-data; boundary=x') =>
      handle(new Request('http://r.example/', { method: 'POST', body, headers: { 'content-type': type } }));
    const cut = `--x\r\nContent-Disposition: form-data; name="report"\r\n\r\n${JSON.stringify(contentReport())}`;
    assert.equal((await raw(cut)).status, 400);
    assert.equal((await raw(`${cut}\r\n--x--\r\n`, 'multipart/form-data')).status, 400);
    assert.equal((await raw(`--x\r\n${'X-Junk: y\r\n'.repeat(40)}\r\n\r\n--x--\r\n`)).status, 400);
  });

  test('two report fields are a 400', async () => {
    const handle = createReportHandler({ store: createMemoryStore() });
    const form = formOf(contentReport());
    form.append('report', JSON.stringify(contentReport()));
    assert.equal((await handle(post(form))).status, 400);
  });
});

describe('hooks and what reaches the store', () => {
  test('the reporter identify returns and the time of receipt are given to the store', async () => {
    const { store, entries } = recording();
    const handle = createReportHandler({ store, identify: (request) => ({ userId: request.headers.get('x-user') ?? 'none' }) });
    const report = contentReport();
    const request = post(formOf(report), { 'x-user': 'u-9' });
    const before = Date.now();
    assert.equal((await handle(request)).status, 201);
    assert.deepEqual(entries[0]!.reporter, { userId: 'u-9' });
    assert.ok(Date.parse(entries[0]!.receivedAt!) >= before - 1000);
  });

  test('an identify that throws stores the report without a reporter', async () => {
    const { store, entries } = recording();
    const handle = createReportHandler({
      store,
      identify: () => {
        throw new Error('session store down');
      },
    });
    assert.equal((await handle(send(contentReport()))).status, 201);
    assert.equal(entries[0]!.reporter, undefined);
  });

  test('onStored runs after the report is stored, and a rejection there still answers 201', async () => {
    const store = createMemoryStore();
    const seen: boolean[] = [];
    const report = contentReport();
    const handle = createReportHandler({
      store,
      onStored: async (stored) => {
        seen.push((await store.get(stored.id)) !== undefined);
        throw new Error('mail server down');
      },
    });
    assert.equal((await handle(send(report))).status, 201);
    assert.deepEqual(seen, [true]);
  });
});

describe('references', () => {
  const CROCKFORD_GROUPS = /^RC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

  test('are RC- and three groups of four Crockford base32 digits, the same for an id every time', () => {
    const id = crypto.randomUUID();
    assert.match(defaultReference(id), CROCKFORD_GROUPS);
    assert.equal(defaultReference(id), defaultReference(id));
  });

  test('carry 60 bits: no two of 50,000 ids share one, and every digit is used in every place', () => {
    const seen = new Set<string>();
    const digits = Array.from({ length: 12 }, () => new Set<string>());
    for (let i = 0; i < 50_000; i++) {
      const reference = defaultReference(`id-${i}`);
      seen.add(reference);
      [...reference.replace(/^RC-|-/g, '')].forEach((d, at) => digits[at]!.add(d));
    }
    assert.equal(seen.size, 50_000);
    for (const used of digits) assert.equal(used.size, 32);
  });
});

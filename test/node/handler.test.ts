import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createReportHandler, createMemoryStore, type ReportStore } from '../../src/server/index.js';
import { contentReport, storedAll, formOf, makePng, post, send, userReport, withShots, type Json } from './fixtures.js';

async function body(response: Response): Promise<Json> {
  return (await response.json()) as Json;
}

function setup() {
  const store = createMemoryStore();
  return { store, handle: createReportHandler({ store }) };
}

describe('createReportHandler: storing and answering', () => {
  test('stores a valid content report and answers 201 with a reference', async () => {
    const { store, handle } = setup();
    const report = contentReport();
    const response = await handle(send(report));
    assert.equal(response.status, 201);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const { reference } = await body(response);
    assert.match(reference, /^RC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const stored = await storedAll(store);
    assert.equal(stored.length, 1);
    assert.deepEqual(stored[0]!.report, report);
    assert.equal(stored[0]!.reference, reference);
  });

  test('keeps fields it does not know (receivers ignore, not drop)', async () => {
    const { store, handle } = setup();
    const report = contentReport({ extensions: { captcha: 'tok-1' }, futureField: 1 });
    assert.equal((await handle(send(report))).status, 201);
    const [stored] = await storedAll(store);
    assert.equal((stored!.report as Json).futureField, 1);
    assert.deepEqual(stored!.report.extensions, { captcha: 'tok-1' });
  });

  test('stores a user report with a screenshot checked by its bytes', async () => {
    const { store, handle } = setup();
    const png = makePng(4, 3);
    const report = withShots(userReport(), [{ bytes: png }]);
    const response = await handle(send(report, [{ bytes: png }]));
    assert.equal(response.status, 201, JSON.stringify(await response.clone().json()));
    const [stored] = await storedAll(store);
    assert.equal(stored!.images.length, 1);
    assert.equal(stored!.images[0]!.name, 'screenshot-1.png');
    assert.equal(stored!.images[0]!.size, png.byteLength);
    const image = await store.readImage(stored!.id, 0);
    assert.deepEqual(image?.bytes, png);
  });

  test('a repeat gets the first reference (and no second receipt) and is stored once, though its multipart boundary differs', async () => {
    const { store, handle } = setup();
    const png = makePng(2, 2);
    const report = withShots(contentReport(), [{ bytes: png }]);
    const first = (await body(await handle(send(report, [{ bytes: png }])))) as { reference: string; receipt?: string };
    assert.equal(typeof first.receipt, 'string');
    const again = await handle(send(JSON.parse(JSON.stringify(report)), [{ bytes: png }]));
    assert.equal(again.status, 201);
    assert.deepEqual(await body(again), { reference: first.reference });
    assert.equal((await storedAll(store)).length, 1);
  });

  test('the same report with its keys in another order is still a repeat', async () => {
    const { handle } = setup();
    const report = contentReport();
    assert.equal((await handle(send(report))).status, 201);
    const reordered = Object.fromEntries(Object.entries(report).reverse());
    assert.equal((await handle(send(reordered))).status, 201);
  });

  test('different content under one id is a 422, and the first report stays', async () => {
    const { store, handle } = setup();
    const report = contentReport();
    await handle(send(report));
    const changed = await handle(send({ ...report, details: 'Something else entirely' }));
    assert.equal(changed.status, 422);
    assert.ok((await body(changed)).errors.id);
    assert.equal((await storedAll(store))[0]!.report.details, report.details);
  });

  test('a different image under one id is a 422', async () => {
    const { handle } = setup();
    const a = makePng(2, 2, [0, 0, 0]);
    const b = makePng(2, 2, [255, 255, 255]);
    const report = withShots(contentReport(), [{ bytes: a }]);
    assert.equal((await handle(send(report, [{ bytes: a }]))).status, 201);
    const other = withShots(report, [{ bytes: b }]);
    assert.equal((await handle(send(other, [{ bytes: b }]))).status, 422);
  });

  test('a repeat while the first is still being stored is a 409 with Retry-After', async () => {
    const inner = createMemoryStore();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: ReportStore = {
      ...inner,
      async put(entry) {
        await gate;
        return inner.put(entry);
      },
    };
    const handle = createReportHandler({ store: slow });
    const report = contentReport();
    const first = handle(send(report));
    await new Promise((r) => setTimeout(r, 20));
    const second = await handle(send(report));
    assert.equal(second.status, 409);
    assert.equal(second.headers.get('retry-after'), '1');
    release();
    assert.equal((await first).status, 201);
    assert.equal((await handle(send(report))).status, 201);
    assert.equal((await storedAll(inner)).length, 1);
  });

  test('a store that says in-progress (another process) gives a 409', async () => {
    const handle = createReportHandler({
      store: { put: async () => ({ status: 'in-progress' }), get: async () => undefined },
      retryAfterSeconds: 3,
    });
    const response = await handle(send(contentReport()));
    assert.equal(response.status, 409);
    assert.equal(response.headers.get('retry-after'), '3');
  });

  test('a failing store is a 500 that leaks nothing, so the widget retries', async () => {
    const handle = createReportHandler({
      store: {
        put: async () => {
          throw new Error('ECONNREFUSED db.internal:5432 password=hunter2');
        },
        get: async () => undefined,
      },
    });
    const response = await handle(send(contentReport()));
    assert.equal(response.status, 500);
    assert.doesNotMatch(await response.text(), /hunter2|db\.internal/);
  });

  test('onStored runs once for a new report and not for its repeat; its failure does not fail the request', async () => {
    const store = createMemoryStore();
    const seen: string[] = [];
    const handle = createReportHandler({
      store,
      onStored: (stored) => {
        seen.push(stored.id);
        throw new Error('mail server down');
      },
    });
    const report = contentReport();
    assert.equal((await handle(send(report))).status, 201);
    assert.equal((await handle(send(report))).status, 201);
    assert.deepEqual(seen, [report.id]);
  });

  test('a custom reference function is used and kept for repeats', async () => {
    const { store } = setup();
    const handle = createReportHandler({ store, reference: (id) => `T-${id.slice(0, 4)}` });
    const report = contentReport();
    assert.equal((await body(await handle(send(report)))).reference, `T-${report.id.slice(0, 4)}`);
  });
});

describe('createReportHandler: refusing bad input with a clear answer', () => {
  test('only POST (and the CORS preflight)', async () => {
    const { handle } = setup();
    const response = await handle(new Request('https://receiver.example/api/reports'));
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'POST, OPTIONS');
  });

  test('JSON bodies are refused: the wire format is multipart', async () => {
    const { handle } = setup();
    const response = await handle(
      new Request('https://r.example/', { method: 'POST', body: JSON.stringify(contentReport()), headers: { 'content-type': 'application/json' } }),
    );
    assert.equal(response.status, 400);
    assert.match((await body(response)).message, /multipart/);
  });

  test('a missing report field and a report that is not JSON are 400s naming the field', async () => {
    const { handle } = setup();
    const empty = new FormData();
    empty.set('other', 'x');
    const missing = await handle(post(empty));
    assert.equal(missing.status, 400);
    assert.ok((await body(missing)).errors.report);
    const broken = await handle(post(formOf('{"schema": "report-concern/v1",')));
    assert.equal(broken.status, 400);
    assert.ok((await body(broken)).errors.report);
  });

  test('invalid fields are a 422 with English messages by field', async () => {
    const { store, handle } = setup();
    const report = contentReport({ category: 'other', details: 'short', evidence: { links: ['javascript:alert(1)'], screenshots: [] } });
    const response = await handle(send(report));
    assert.equal(response.status, 422);
    const { errors } = await body(response);
    assert.match(errors.details, /at least 10 characters/);
    assert.match(errors['evidence.links.0'], /http or https/);
    assert.equal((await storedAll(store)).length, 0);
  });

  test('a user report needs a place; a content report may not have an incident', async () => {
    const { handle } = setup();
    const { incident: _, ...noIncident } = userReport();
    const a = await body(await handle(send(noIncident)));
    assert.match(a.errors['incident.place'], /where it happened/);
    const b = await body(await handle(send(contentReport({ incident: { place: 'site' } }))));
    assert.ok(b.errors.incident);
  });

  test('an Idempotency-Key that is not the report id is a 422', async () => {
    const { handle } = setup();
    const report = contentReport();
    const response = await handle(post(formOf(report), { 'Idempotency-Key': crypto.randomUUID() }));
    assert.equal(response.status, 422);
    assert.ok((await body(response)).errors.id);
  });

  test('an executable renamed .png is a 422 on that screenshot, and nothing is stored', async () => {
    const { store, handle } = setup();
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
    const png = makePng(2, 2);
    const shots = [{ bytes: png }, { bytes: exe, filename: 'holiday.png' }];
    const response = await handle(send(withShots(contentReport(), shots), shots));
    assert.equal(response.status, 422);
    const { errors } = await body(response);
    assert.match(errors['evidence.screenshots.1'], /not a PNG, JPEG or WebP/);
    assert.equal(errors['evidence.screenshots.0'], undefined);
    assert.equal((await storedAll(store)).length, 0);
  });

  test('an SVG is refused by its bytes even when labelled image/png', async () => {
    const { handle } = setup();
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const shots = [{ bytes: svg, type: 'image/png' }];
    assert.equal((await handle(send(withShots(contentReport(), shots), shots))).status, 422);
  });

  test('bytes that disagree with the metadata (type or size) are a 422', async () => {
    const { handle } = setup();
    const png = makePng(3, 3);
    const report = withShots(contentReport(), [{ bytes: png, type: 'image/webp' }]);
    const typeWrong = await body(await handle(send(report, [{ bytes: png, type: 'image/webp' }])));
    assert.match(typeWrong.errors['evidence.screenshots.0'], /image\/png/);
    const sized = withShots(contentReport(), [{ bytes: png }]);
    sized.evidence.screenshots[0].size = png.byteLength + 1;
    assert.equal((await handle(send(sized, [{ bytes: png }]))).status, 422);
  });

  test('files that do not match the listed screenshots are a 422', async () => {
    const { handle } = setup();
    const png = makePng(2, 2);
    const response = await handle(send(contentReport(), [{ bytes: png }]));
    assert.equal(response.status, 422);
    assert.match((await body(response)).errors['evidence.screenshots'], /lists 0 screenshots but 1/);
  });

  test('more than 5 files, a file over 5 MB, or a body over the limit is a 413', async () => {
    const { handle } = setup();
    const png = makePng(1, 1);
    const six = Array.from({ length: 6 }, () => ({ bytes: png }));
    assert.equal((await handle(send(contentReport(), six))).status, 413);

    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(png);
    assert.equal((await handle(send(contentReport(), [{ bytes: big }]))).status, 413);

    const declared = new Request('https://r.example/', {
      method: 'POST',
      body: 'x',
      headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(30 * 1024 * 1024) },
    });
    assert.equal((await handle(declared)).status, 413);
  });

  test('six screenshots listed in the report and sent are a 413 (too large), not a 422', async () => {
    const { handle, store } = setup();
    const png = makePng(1, 1);
    const six = Array.from({ length: 6 }, () => ({ bytes: png }));
    const response = await handle(send(withShots(contentReport(), six), six));
    assert.equal(response.status, 413);
    assert.match((await body(response)).message, /At most 5/);
    assert.equal((await storedAll(store)).length, 0);
  });

  test('a report declaring a screenshot over 5 MB is a 413 even when the bytes sent are small', async () => {
    const { handle } = setup();
    const png = makePng(1, 1);
    const report = withShots(contentReport(), [{ bytes: png }]);
    (report.evidence as { screenshots: { size: number }[] }).screenshots[0].size = 6 * 1024 * 1024;
    assert.equal((await handle(send(report, [{ bytes: png }]))).status, 413);
  });

  test('a body that streams past the limit without declaring its length is cut off with a 413', async () => {
    const { handle } = setup();
    let sent = 0;
    const chunk = new Uint8Array(1024 * 1024);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        if (sent > 40 * 1024 * 1024) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const request = new Request('https://r.example/', {
      method: 'POST',
      body: stream,
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      duplex: 'half',
    } as RequestInit);
    assert.equal((await handle(request)).status, 413);
    assert.ok(sent < 30 * 1024 * 1024, `read ${sent} bytes before refusing`);
  });

  test('a report field over 256 KB is a 413', async () => {
    const { handle } = setup();
    const report = contentReport({ extensions: { blob: 'x'.repeat(300 * 1024) } });
    assert.equal((await handle(send(report))).status, 413);
  });
});

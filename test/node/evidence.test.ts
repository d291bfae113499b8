/**
 * The byte-level image checks on the receiving side (and the shared
 * inspect/strip code they run), on bytes made here.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createReportHandler, createMemoryStore } from '../../src/server/index.js';
import { INPUT_BYTES_MAX, inspectBytes, TAIL_BYTES } from '../../src/evidence/inspect.js';
import { FRAME_BYTES_MAX } from '../../src/evidence/capture.js';
import { stripMetadata } from '../../src/evidence/strip.js';
import { contentReport, storedAll, makePng, send, withShots, type Json } from './fixtures.js';

function setup() {
  const store = createMemoryStore();
  return { store, handle: createReportHandler({ store }) };
}

function inspect(bytes: Uint8Array) {
  return inspectBytes(bytes, bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)), bytes.length);
}

/** A PNG whose IHDR claims `width`×`height` (the CRC is not checked up front). */
function pngClaiming(width: number, height: number): Uint8Array {
  const png = Buffer.from(makePng(2, 2));
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  return png;
}

/** A minimal baseline JPEG header (SOI, APP1 EXIF, COM, SOF0 w×h), scan and EOI. */
function jpeg(width: number, height: number, { eoi = true } = {}): Uint8Array {
  const exif = Buffer.concat([Buffer.from([0xff, 0xe1, 0x00, 0x10]), Buffer.from('Exif\0\0GPS-data')]);
  const com = Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, 0x08]), Buffer.from('secret')]);
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x0b, 0x08, height >> 8, height & 255, width >> 8, width & 255, 0x01, 0x01, 0x11, 0x00]);
  const sos = Buffer.from([0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00, 0x12, 0x34]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), exif, com, sof, sos, Buffer.from(eoi ? [0xff, 0xd9] : [0x00])]);
}

async function errorsFor(bytes: Uint8Array, type = 'image/png'): Promise<{ status: number; errors: Record<string, string> }> {
  const { store, handle } = setup();
  const shots = [{ bytes, type }];
  const report = withShots(contentReport(), shots);
  const response = await handle(send(report, shots));
  assert.equal((await storedAll(store)).length, 0, 'nothing stored');
  return { status: response.status, errors: ((await response.json()) as Json).errors ?? {} };
}

describe('inspectBytes: checks from the header and the end only', () => {
  test('accepts a complete PNG and JPEG with their sizes', () => {
    assert.deepEqual(inspect(makePng(7, 5)), { ok: true, type: 'image/png', width: 7, height: 5 });
    assert.deepEqual(inspect(jpeg(640, 480)), { ok: true, type: 'image/jpeg', width: 640, height: 480 });
  });

  test('refuses empty, foreign, truncated and oversized-by-pixels images', () => {
    assert.deepEqual(inspect(new Uint8Array(0)), { ok: false, reason: 'empty' });
    assert.deepEqual(inspect(Buffer.from('MZ\x90\x00 this program cannot be run')), { ok: false, reason: 'not-image' });
    assert.deepEqual(inspect(Buffer.from('<svg onload="alert(1)"/>')), { ok: false, reason: 'not-image' });
    assert.deepEqual(inspect(jpeg(10, 10, { eoi: false })), { ok: false, reason: 'truncated' });
    const png = makePng(4, 4);
    assert.deepEqual(inspect(png.subarray(0, png.length - 12)), { ok: false, reason: 'truncated' });
    assert.deepEqual(inspect(pngClaiming(30000, 30000)), { ok: false, reason: 'too-many-pixels' });
    assert.deepEqual(inspect(jpeg(10000, 6000)), { ok: false, reason: 'too-many-pixels' });
    assert.equal(inspect(jpeg(8000, 6000)).ok, true, '48 MP is allowed');
  });

  test('a file over 10 MB is refused by its size alone', () => {
    assert.deepEqual(inspectBytes(new Uint8Array(16), new Uint8Array(0), 10 * 1024 * 1024 + 1), { ok: false, reason: 'too-large' });
  });

  test('a captured page is made small enough for these checks (the capture keeps its own copy of the limit)', () => {
    assert.equal(FRAME_BYTES_MAX, INPUT_BYTES_MAX);
  });
});

describe('stripMetadata', () => {
  test('drops EXIF and comments from a JPEG, keeps the frame and scan', () => {
    const input = jpeg(16, 16);
    const out = Buffer.from(stripMetadata(input));
    assert.ok(Buffer.from(input).includes('Exif') && Buffer.from(input).includes('secret'));
    assert.ok(!out.includes('Exif') && !out.includes('GPS') && !out.includes('secret'));
    assert.deepEqual(inspect(out), { ok: true, type: 'image/jpeg', width: 16, height: 16 });
  });

  test('drops text and EXIF chunks from a PNG', () => {
    const png = Buffer.from(makePng(3, 3));
    const text = Buffer.from([0, 0, 0, 8, ...Buffer.from('tEXtGPS:51.5'), 0, 0, 0, 0]);
    const withText = Buffer.concat([png.subarray(0, 33), text, png.subarray(33)]);
    const out = Buffer.from(stripMetadata(withText));
    assert.ok(withText.includes('tEXt'));
    assert.ok(!out.includes('tEXt') && !out.includes('GPS'));
    assert.deepEqual(out, png);
  });
});

describe('createReportHandler: the same byte-level checks', () => {
  test('a truncated JPEG is a 422 naming the screenshot, nothing stored', async () => {
    const { status, errors } = await errorsFor(jpeg(10, 10, { eoi: false }), 'image/jpeg');
    assert.equal(status, 422);
    assert.match(errors['evidence.screenshots.0']!, /incomplete/);
  });

  test('a PNG declaring 30000×30000 pixels is a 422, nothing stored', async () => {
    const { status, errors } = await errorsFor(pngClaiming(30000, 30000));
    assert.equal(status, 422);
    assert.match(errors['evidence.screenshots.0']!, /more than 50 million pixels/);
  });

  test('an empty file is a 422 (the report lists it with size 0)', async () => {
    const { status, errors } = await errorsFor(new Uint8Array(0));
    assert.equal(status, 422);
    assert.ok(errors['evidence.screenshots.0'] || errors['evidence.screenshots.0.size'], JSON.stringify(errors));
  });
});

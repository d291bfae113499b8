/** The server's structural image verification, on bytes made here. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { verifyImage } from '../../src/server/verify-image.js';
import { makePng, pngHeaderOnly } from './fixtures.js';
import { makeExtendedWebp, makeJpeg, makeLossyWebp, makeWebp } from './image-fixtures.js';

const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const text = (s: string) => new TextEncoder().encode(s);

describe('verifyImage', () => {
  test('accepts whole PNG, JPEG and WebP files and reads their size', () => {
    assert.deepEqual(verifyImage(makePng(7, 5)), { ok: true, type: 'image/png', width: 7, height: 5 });
    assert.deepEqual(verifyImage(makeJpeg(640, 480, 5000)), { ok: true, type: 'image/jpeg', width: 640, height: 480 });
    assert.deepEqual(verifyImage(makeWebp(1280, 720)), { ok: true, type: 'image/webp', width: 1280, height: 720 });
    assert.deepEqual(verifyImage(makeLossyWebp(300, 200)), { ok: true, type: 'image/webp', width: 300, height: 200 });
    assert.deepEqual(verifyImage(makeExtendedWebp(33, 44)), { ok: true, type: 'image/webp', width: 33, height: 44 });
  });

  test('refuses anything after the end marker: HTML after IEND, a script after EOI, bytes past the RIFF size', () => {
    assert.deepEqual(verifyImage(concat(makePng(2, 2), text('<html><script>alert(1)</script>'))), { ok: false, fault: 'trailing-data' });
    assert.deepEqual(verifyImage(concat(makeJpeg(2, 2), text('<script>alert(1)</script>'))), { ok: false, fault: 'trailing-data' });
    assert.deepEqual(verifyImage(concat(makeWebp(2, 2), text('PK\x03\x04zip'))), { ok: false, fault: 'trailing-data' });
  });

  test('refuses files cut short', () => {
    const png = makePng(4, 4);
    assert.equal(verifyImage(png.subarray(0, png.length - 12)).ok, false);
    assert.deepEqual(verifyImage(pngHeaderOnly(4, 4)), { ok: false, fault: 'truncated' });
    const jpeg = makeJpeg(4, 4, 300);
    assert.deepEqual(verifyImage(jpeg.subarray(0, jpeg.length - 2)), { ok: false, fault: 'truncated' });
    const webp = makeWebp(4, 4);
    assert.deepEqual(verifyImage(webp.subarray(0, webp.length - 3)), { ok: false, fault: 'truncated' });
  });

  test('refuses structures that do not follow the format', () => {
    // A PNG whose first chunk is not IHDR.
    const png = Buffer.from(makePng(2, 2));
    png.write('tEXt', 12, 'ascii');
    assert.deepEqual(verifyImage(png), { ok: false, fault: 'malformed' });
    // A JPEG without a frame header before its scan.
    const noFrame = new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 1, 1, 0, 0, 0x3f, 0, 0x12, 0xff, 0xd9]);
    assert.deepEqual(verifyImage(noFrame), { ok: false, fault: 'malformed' });
    // A JPEG whose segments stop being markers.
    const garbage = concat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00]), text('not a marker at all'));
    assert.deepEqual(verifyImage(garbage), { ok: false, fault: 'malformed' });
    // A WebP whose first chunk is no image.
    const odd = Buffer.from(makeWebp(2, 2));
    odd.write('JUNK', 12, 'ascii');
    assert.deepEqual(verifyImage(odd), { ok: false, fault: 'malformed' });
  });

  test('refuses what is no image, and decompression bombs by their declared size', () => {
    assert.deepEqual(verifyImage(new Uint8Array(0)), { ok: false, fault: 'empty' });
    assert.deepEqual(verifyImage(text('<svg xmlns="http://www.w3.org/2000/svg"/>')), { ok: false, fault: 'not-image' });
    assert.deepEqual(verifyImage(makeJpeg(60000, 60000)), { ok: false, fault: 'too-many-pixels' });
  });

  test('walks a 5 MB JPEG full of stuffed bytes in well under the event-loop budget', () => {
    const jpeg = makeJpeg(1000, 1000, 5 * 1024 * 1024 - 1000);
    const started = performance.now();
    assert.equal(verifyImage(jpeg).ok, true);
    // Generous against pathological behaviour; the bench measures the real figure.
    assert.ok(performance.now() - started < 500);
  });
});

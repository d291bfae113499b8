/** The server's structural image verification, on bytes made here. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { verifyImage } from '../../src/server/verify-image.js';
import { makePng, pngHeaderOnly } from './fixtures.js';
import { makeExtendedWebp, makeJpeg, makeLossyWebp, makeWebp } from './image-fixtures.js';

const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const text = (s: string) => new TextEncoder().encode(s);

describe('verifyImage', () => {
  test('accepts whole PNG, JPEG and WebP files and reads their size', async () => {
    assert.deepEqual(await verifyImage(makePng(7, 5)), { ok: true, type: 'image/png', width: 7, height: 5 });
    assert.deepEqual(await verifyImage(makeJpeg(640, 480, 5000)), { ok: true, type: 'image/jpeg', width: 640, height: 480 });
    assert.deepEqual(await verifyImage(makeWebp(1280, 720)), { ok: true, type: 'image/webp', width: 1280, height: 720 });
    assert.deepEqual(await verifyImage(makeLossyWebp(300, 200)), { ok: true, type: 'image/webp', width: 300, height: 200 });
    assert.deepEqual(await verifyImage(makeExtendedWebp(33, 44)), { ok: true, type: 'image/webp', width: 33, height: 44 });
  });

  test('refuses anything after the end marker: HTML after IEND, a script after EOI, bytes past the RIFF size', async () => {
    assert.deepEqual(await verifyImage(concat(makePng(2, 2), text('<html><script>alert(1)</script>'))), { ok: false, fault: 'trailing-data' });
    assert.deepEqual(await verifyImage(concat(makeJpeg(2, 2), text('<script>alert(1)</script>'))), { ok: false, fault: 'trailing-data' });
    assert.deepEqual(await verifyImage(concat(makeWebp(2, 2), text('PK\x03\x04zip'))), { ok: false, fault: 'trailing-data' });
  });

  test('refuses files cut short', async () => {
    const png = makePng(4, 4);
    assert.equal((await verifyImage(png.subarray(0, png.length - 12))).ok, false);
    assert.deepEqual(await verifyImage(pngHeaderOnly(4, 4)), { ok: false, fault: 'truncated' });
    const jpeg = makeJpeg(4, 4, 300);
    assert.deepEqual(await verifyImage(jpeg.subarray(0, jpeg.length - 2)), { ok: false, fault: 'truncated' });
    const webp = makeWebp(4, 4);
    assert.deepEqual(await verifyImage(webp.subarray(0, webp.length - 3)), { ok: false, fault: 'truncated' });
  });

  test('refuses structures that do not follow the format', async () => {
    // A PNG whose first chunk is not IHDR.
    const png = Buffer.from(makePng(2, 2));
    png.write('tEXt', 12, 'ascii');
    assert.deepEqual(await verifyImage(png), { ok: false, fault: 'malformed' });
    // A JPEG without a frame header before its scan.
    const noFrame = new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 1, 1, 0, 0, 0x3f, 0, 0x12, 0xff, 0xd9]);
    assert.deepEqual(await verifyImage(noFrame), { ok: false, fault: 'malformed' });
    // A JPEG whose segments stop being markers.
    const garbage = concat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00]), text('not a marker at all'));
    assert.deepEqual(await verifyImage(garbage), { ok: false, fault: 'malformed' });
    // A WebP whose first chunk is no image.
    const odd = Buffer.from(makeWebp(2, 2));
    odd.write('JUNK', 12, 'ascii');
    assert.deepEqual(await verifyImage(odd), { ok: false, fault: 'malformed' });
  });

  test('refuses what is no image, and decompression bombs by their declared size', async () => {
    assert.deepEqual(await verifyImage(new Uint8Array(0)), { ok: false, fault: 'empty' });
    assert.deepEqual(await verifyImage(text('<svg xmlns="http://www.w3.org/2000/svg"/>')), { ok: false, fault: 'not-image' });
    assert.deepEqual(await verifyImage(makeJpeg(60000, 60000)), { ok: false, fault: 'too-many-pixels' });
  });

  test('pauses between slices of a long walk: 400,000 PNG chunks, a 5 MB scan of stuffed JPEG bytes', async () => {
    const tiny = Buffer.alloc(12);
    tiny.write('abCd', 4, 'ascii');
    const png = Buffer.from(makePng(2, 2));
    const many = Buffer.concat([png.subarray(0, png.length - 12), ...Array.from({ length: 400_000 }, () => tiny), png.subarray(png.length - 12)]);
    const scan = Buffer.alloc(5 * 1024 * 1024);
    for (let i = 0; i < scan.length; i += 2) scan[i] = 0xff;
    const jpeg = makeJpeg(10, 10, 10);
    const stuffed = Buffer.concat([jpeg.subarray(0, jpeg.length - 2), scan, jpeg.subarray(jpeg.length - 2)]);
    for (const bytes of [many, stuffed]) {
      let pauses = 0;
      const verdict = await verifyImage(bytes, async () => void pauses++);
      assert.equal(verdict.ok, true);
      assert.ok(pauses >= 10, `${pauses} pauses`);
    }
  });
});

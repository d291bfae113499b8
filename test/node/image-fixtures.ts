/**
 * JPEG and WebP bytes whose structure is whole (the server walks structure,
 * it does not decode), made here rather than checked in. PNGs: fixtures.ts.
 */

/** A baseline JPEG: SOI, APP0, DQT, SOF0 (w×h), DHT, SOS, `scan` bytes of entropy data (0xFF stuffed), EOI. */
export function makeJpeg(width: number, height: number, scan = 64): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const dqt = [0xff, 0xdb, 0x00, 0x43, 0x00, ...new Array(64).fill(1)];
  const sof = [0xff, 0xc0, 0x00, 0x0b, 0x08, height >> 8, height & 255, width >> 8, width & 255, 0x01, 0x01, 0x11, 0x00];
  const dht = [0xff, 0xc4, 0x00, 0x14, 0x00, 1, ...new Array(15).fill(0), 0x00];
  const sos = [0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00];
  const data = new Uint8Array(scan + (scan >> 6) + 4);
  let n = 0;
  for (let i = 0; n < scan; i++) {
    const b = (i * 37) & 0xff;
    data[n++] = b;
    if (b === 0xff) data[n++] = 0x00;
    if (i % 97 === 96) (data[n++] = 0xff), (data[n++] = 0xd0 + (i % 8)); // restart markers inside the scan
  }
  const head = new Uint8Array([0xff, 0xd8, ...app0, ...dqt, ...sof, ...dht, ...sos]);
  return new Uint8Array(Buffer.concat([head, data.subarray(0, n), new Uint8Array([0xff, 0xd9])]));
}

function riff(chunks: Uint8Array[]): Uint8Array {
  const body = Buffer.concat([Buffer.from('WEBP'), ...chunks]);
  const head = Buffer.alloc(8);
  head.write('RIFF', 0, 'ascii');
  head.writeUInt32LE(body.length, 4);
  return new Uint8Array(Buffer.concat([head, body]));
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const head = Buffer.alloc(8);
  head.write(type, 0, 'ascii');
  head.writeUInt32LE(data.length, 4);
  return Buffer.concat([head, data, Buffer.alloc(data.length & 1)]);
}

/** A lossless WebP (VP8L) header declaring w×h, with `payload` more bytes of (undecoded) data. */
export function makeWebp(width: number, height: number, payload = 16): Uint8Array {
  const bits = (width - 1) | ((height - 1) << 14);
  const data = Buffer.alloc(5 + payload);
  data[0] = 0x2f;
  data.writeUInt32LE(bits >>> 0, 1);
  return riff([chunk('VP8L', data)]);
}

/** A lossy WebP (VP8) key frame header declaring w×h. */
export function makeLossyWebp(width: number, height: number): Uint8Array {
  const data = Buffer.alloc(20);
  data.set([0x10, 0x02, 0x00, 0x9d, 0x01, 0x2a], 0);
  data.writeUInt16LE(width, 6);
  data.writeUInt16LE(height, 8);
  return riff([chunk('VP8 ', data)]);
}

/** An extended WebP (VP8X canvas w×h) holding a VP8L image. */
export function makeExtendedWebp(width: number, height: number): Uint8Array {
  const vp8x = Buffer.alloc(10);
  vp8x.writeUIntLE(width - 1, 4, 3);
  vp8x.writeUIntLE(height - 1, 7, 3);
  const inner = makeWebp(width, height);
  return riff([chunk('VP8X', vp8x), inner.subarray(12)]);
}

/**
 * Real image bytes for the evidence tests, made here rather than checked in:
 * a camera-like JPEG with EXIF (orientation, GPS) and a comment, PNGs that
 * declare whatever size a test needs, and readers that list what metadata
 * an encoded image still carries.
 */
import { pngChunk } from '../../scripts/png-chunk.mjs';

const ascii = (text: string) => new TextEncoder().encode(text);

export function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}


/** A PNG whose IHDR declares `width`×`height` with a token IDAT: what a decompression bomb looks like up front. */
export function pngDeclaring(width: number, height: number): Uint8Array<ArrayBuffer> {
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return concat(
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', new Uint8Array([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    pngChunk('IEND', new Uint8Array(0)),
  );
}

/** Left half red, right half blue: after a quarter turn clockwise, top red and bottom blue. */
export async function halvesJpeg(width: number, height: number): Promise<Uint8Array<ArrayBuffer>> {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#f00';
  ctx.fillRect(0, 0, width / 2, height);
  ctx.fillStyle = '#00f';
  ctx.fillRect(width / 2, 0, width / 2, height);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
  return new Uint8Array(await blob.arrayBuffer());
}

export const GPS_MARK = 'GPS-LAT-51.5007';
export const COMMENT_MARK = 'taken at home, 12 Elm Street';

/**
 * An EXIF APP1 segment (little-endian TIFF) with Orientation = `orientation`
 * in IFD0 and a GPS IFD holding latitude N 51° 30' 2.52", plus a make
 * string that the tests search for in the output.
 */
function exifSegment(orientation: number): Uint8Array {
  const tiff = new Uint8Array(160);
  const v = new DataView(tiff.buffer);
  tiff.set(ascii('II'), 0);
  v.setUint16(2, 42, true);
  v.setUint32(4, 8, true);
  // IFD0 at 8: 3 entries.
  v.setUint16(8, 3, true);
  const entry = (at: number, tag: number, type: number, count: number, value: number) => {
    v.setUint16(at, tag, true);
    v.setUint16(at + 2, type, true);
    v.setUint32(at + 4, count, true);
    v.setUint32(at + 8, value, true);
  };
  entry(10, 0x010f, 2, GPS_MARK.length + 1, 120); // Make → string at 120
  entry(22, 0x0112, 3, 1, orientation); // Orientation (SHORT, in place)
  entry(34, 0x8825, 4, 1, 50); // GPS IFD at 50
  v.setUint32(46, 0, true);
  // GPS IFD at 50: 2 entries.
  v.setUint16(50, 2, true);
  tiff.set([1, 0, 2, 0, 2, 0, 0, 0, 0x4e, 0, 0, 0], 52); // GPSLatitudeRef 'N'
  entry(64, 0x0002, 5, 3, 80); // GPSLatitude: 3 rationals at 80
  v.setUint32(76, 0, true);
  [51, 1, 30, 1, 252, 100].forEach((n, i) => v.setUint32(80 + i * 4, n, true));
  tiff.set(ascii(GPS_MARK), 120);
  const body = concat(ascii('Exif\0\0'), tiff);
  const head = new Uint8Array([0xff, 0xe1, 0, 0]);
  new DataView(head.buffer).setUint16(2, body.length + 2);
  return concat(head, body);
}

function commentSegment(text: string): Uint8Array {
  const body = ascii(text);
  const head = new Uint8Array([0xff, 0xfe, 0, 0]);
  new DataView(head.buffer).setUint16(2, body.length + 2);
  return concat(head, body);
}

/** A JPEG as a phone writes it: EXIF with orientation and GPS right after SOI, and a comment. */
export async function cameraJpeg(width: number, height: number, orientation = 6): Promise<Uint8Array<ArrayBuffer>> {
  const plain = await halvesJpeg(width, height);
  return concat(plain.subarray(0, 2), exifSegment(orientation), commentSegment(COMMENT_MARK), plain.subarray(2));
}

/** The names of the metadata containers an encoded image carries (empty when clean). */
export function metadataIn(bytes: Uint8Array): string[] {
  const found: string[] = [];
  const tag = (i: number) => String.fromCharCode(...bytes.subarray(i, i + 4));
  if (tag(0) === 'RIFF' && tag(8) === 'WEBP') {
    for (let i = 12; i + 8 <= bytes.length; ) {
      const size = new DataView(bytes.buffer, bytes.byteOffset + i + 4, 4).getUint32(0, true);
      const type = tag(i);
      if (!['VP8 ', 'VP8L', 'VP8X', 'ALPH'].includes(type)) found.push(type);
      if (type === 'VP8X' && bytes[i + 8]! & (0x20 | 0x08 | 0x04)) found.push('VP8X-flags');
      i += 8 + size + (size & 1);
    }
  } else if (bytes[0] === 0x89 && tag(1) === 'PNG\r') {
    for (let i = 8; i + 12 <= bytes.length; ) {
      const size = new DataView(bytes.buffer, bytes.byteOffset + i, 4).getUint32(0);
      const type = tag(i + 4);
      if (!['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'sBIT', 'bKGD'].includes(type)) found.push(type);
      i += 12 + size;
    }
  } else if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    for (let i = 2; i + 4 <= bytes.length && bytes[i] === 0xff; ) {
      const marker = bytes[i + 1]!;
      if (marker === 0xda) break;
      if ((marker >= 0xe1 && marker <= 0xef) || marker === 0xfe) found.push(`FF${marker.toString(16).toUpperCase()}`);
      i += 2 + ((bytes[i + 2]! << 8) | bytes[i + 3]!);
    }
  } else {
    found.push('unknown-format');
  }
  const text = new TextDecoder('latin1').decode(bytes);
  for (const needle of ['Exif', 'GPS', 'http://ns.adobe.com/xap', COMMENT_MARK]) if (text.includes(needle)) found.push(needle);
  return found;
}

/** The colour at (x, y) of an encoded image, decoded as the browser shows it. */
export async function pixelAt(blob: Blob, x: number, y: number): Promise<[number, number, number]> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const [r, g, b] = ctx.getImageData(x, y, 1, 1).data;
  return [r!, g!, b!];
}

/** Close enough for a lossy encoder: each channel within 40. */
export function near(actual: readonly number[], expected: readonly number[]): boolean {
  return actual.every((c, i) => Math.abs(c - expected[i]!) <= 40);
}

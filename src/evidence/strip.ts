/**
 * Removes every metadata container from an encoded image, whatever the
 * encoder put there: EXIF, XMP, ICC profiles, comments and text chunks. The
 * browser's encoders add none today; this makes it a property of the code
 * rather than of a browser version, and lets tests check it byte by byte.
 */
const u32be = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + ((b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!);
const u32le = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
const fourcc = (b: Uint8Array, i: number) => String.fromCharCode(b[i]!, b[i + 1]!, b[i + 2]!, b[i + 3]!);

/** PNG chunks that describe pixels; everything else (text, time, EXIF, ICC…) goes. */
const PNG_KEEP = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'sBIT', 'bKGD']);
/** WebP chunks that describe pixels; ICCP, EXIF and XMP go. */
const WEBP_KEEP = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ANIM', 'ANMF']);

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function stripPng(b: Uint8Array): Uint8Array<ArrayBuffer> {
  const parts = [b.subarray(0, 8)];
  let i = 8;
  while (i + 12 <= b.length) {
    const length = u32be(b, i);
    const end = i + 12 + length;
    if (end > b.length) break;
    const type = fourcc(b, i + 4);
    if (PNG_KEEP.has(type)) parts.push(b.subarray(i, end));
    i = end;
    if (type === 'IEND') break;
  }
  return concat(parts);
}

function stripJpeg(b: Uint8Array): Uint8Array<ArrayBuffer> {
  const parts = [b.subarray(0, 2)];
  let i = 2;
  while (i + 4 <= b.length && b[i] === 0xff) {
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xda) break; // start of scan: the rest is image data
    const end = i + 2 + ((b[i + 2]! << 8) | b[i + 3]!);
    // APP1..APP15 hold EXIF, XMP, ICC, Photoshop and vendor data; FE is a comment.
    const metadata = (marker >= 0xe1 && marker <= 0xef) || marker === 0xfe;
    if (!metadata) parts.push(b.subarray(i, end));
    i = end;
  }
  parts.push(b.subarray(i));
  return concat(parts);
}

function stripWebp(b: Uint8Array): Uint8Array<ArrayBuffer> {
  const chunks: Uint8Array[] = [];
  let i = 12;
  while (i + 8 <= b.length) {
    const size = u32le(b, i + 4);
    const end = Math.min(b.length, i + 8 + size + (size & 1));
    const type = fourcc(b, i);
    if (WEBP_KEEP.has(type)) {
      const chunk = b.slice(i, end);
      // VP8X flags: ICC (0x20), EXIF (0x08) and XMP (0x04) are gone now.
      if (type === 'VP8X' && chunk.length > 8) chunk[8] = chunk[8]! & ~(0x20 | 0x08 | 0x04);
      chunks.push(chunk);
    }
    i = end;
  }
  const body = concat(chunks);
  const out = new Uint8Array(12 + body.length);
  out.set(b.subarray(0, 12));
  new DataView(out.buffer).setUint32(4, 4 + body.length, true);
  out.set(body, 12);
  return out;
}

/** The same image without metadata; bytes of another kind come back unchanged. */
export function stripMetadata(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  // The encoder's output, so its first bytes are enough to tell the format.
  if (bytes[0] === 0x89 && fourcc(bytes, 1) === 'PNG\r') return stripPng(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return stripJpeg(bytes);
  if (fourcc(bytes, 0) === 'RIFF' && fourcc(bytes, 8) === 'WEBP') return stripWebp(bytes);
  return new Uint8Array(bytes);
}

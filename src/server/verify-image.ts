/**
 * Server-only image verification: the whole structure of a PNG, JPEG or
 * WebP is walked, from its signature to its end marker, and nothing may
 * follow that end. The browser's checks (evidence/inspect.ts) read only a
 * file's head and tail, which is enough to refuse a wrong file early but not
 * a polyglot (an image with HTML or a script after its end) or a forged
 * header; those are refused here, where the bytes are kept.
 *
 * Nothing is decoded: walking lengths costs microseconds per chunk, and no
 * pixel buffer of an attacker's choosing is ever allocated. CRCs are not
 * checked: they guard against transmission errors, which TCP already does,
 * and an attacker writes correct ones at no cost.
 */
import type { ImageType } from '../report/limits.js';
import { sniffImageType } from '../evidence/sniff.js';
import { PIXELS_MAX } from '../evidence/inspect.js';

export type ImageFault = 'empty' | 'not-image' | 'malformed' | 'truncated' | 'trailing-data' | 'too-many-pixels';

export type Verdict = { ok: true; type: ImageType; width: number; height: number } | { ok: false; fault: ImageFault };

type Walk = { ok: true; width: number; height: number } | { ok: false; fault: ImageFault };
/**
 * A walk pauses (yields) every so many chunks or bytes, so that a caller can
 * let other requests run: a 5 MB file can be 400,000 empty chunks or 2.6
 * million stuffed JPEG bytes, tens of milliseconds on a busy machine.
 */
type Walking = Generator<void, Walk>;
const STEPS_PER_SLICE = 20_000;
const BYTES_PER_SLICE = 512 * 1024;

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u24le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const u32be = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + ((b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!);
const u32le = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16)) + ((b[i + 3]! << 24) >>> 0);
/** A four-letter code as one number, compared without building strings (a file may hold 400,000 chunks). */
const code = (text: string) => u32be(new TextEncoder().encode(text), 0);
const [IHDR, IDAT, IEND] = [code('IHDR'), code('IDAT'), code('IEND')];
const [VP8, VP8L, VP8X, ANMF] = [code('VP8 '), code('VP8L'), code('VP8X'), code('ANMF')];
const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const fault = (f: ImageFault): Walk => ({ ok: false, fault: f });

/** PNG: signature, IHDR first, chunks by their lengths, IEND last and at the very end. */
function* walkPng(b: Uint8Array): Walking {
  let at = 8;
  let steps = 0;
  let size: { width: number; height: number } | undefined;
  let data = false;
  while (at + 12 <= b.length) {
    const length = u32be(b, at);
    const type = u32be(b, at + 4);
    if (length > 0x7fffffff || !(isLetter(b[at + 4]!) && isLetter(b[at + 5]!) && isLetter(b[at + 6]!) && isLetter(b[at + 7]!))) {
      return fault('malformed');
    }
    const end = at + 12 + length;
    if (end > b.length) return fault('truncated');
    if (!size) {
      if (type !== IHDR || length !== 13) return fault('malformed');
      size = { width: u32be(b, at + 8), height: u32be(b, at + 12) };
    } else if (type === IHDR) {
      return fault('malformed');
    }
    if (type === IDAT) data = true;
    if (++steps % STEPS_PER_SLICE === 0) yield;
    if (type === IEND) {
      if (length !== 0 || !data) return fault('malformed');
      return end === b.length ? { ok: true, ...size } : fault('trailing-data');
    }
    at = end;
  }
  return fault('truncated');
}

/** JPEG markers that stand alone, without a length: TEM and the restart markers. */
const standalone = (m: number) => m === 0x01 || (m >= 0xd0 && m <= 0xd7);
/** SOF0..SOF15 but DHT (C4), JPG (C8) and DAC (CC): they carry the frame size. */
const isFrame = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

/**
 * After a scan header: the entropy-coded data up to the next marker (stuffed
 * 0xFF00, fill bytes and restart markers are data). A plain loop: a scan can
 * be millions of stuffed bytes, where one `indexOf` call per 0xFF costs 50
 * times more.
 */
function* skipEntropy(b: Uint8Array, from: number): Generator<void, number> {
  const last = b.length - 1;
  let pause = from + BYTES_PER_SLICE;
  for (let at = from; at < last; at++) {
    if (at >= pause) {
      pause += BYTES_PER_SLICE;
      yield;
    }
    if (b[at] !== 0xff) continue;
    const next = b[at + 1]!;
    if (next !== 0x00 && next !== 0xff && !standalone(next)) return at;
    if (next !== 0xff) at++;
  }
  return -1;
}

/** JPEG: SOI, segments by their lengths, a frame header, scans and their data, EOI at the very end. */
function* walkJpeg(b: Uint8Array): Walking {
  let at = 2;
  let size: { width: number; height: number } | undefined;
  let scanned = false;
  let steps = 0;
  while (at + 1 < b.length) {
    if (++steps % STEPS_PER_SLICE === 0) yield;
    if (b[at] !== 0xff) return fault('malformed');
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) {
      if (!size || !scanned) return fault('malformed');
      return at + 2 === b.length ? { ok: true, ...size } : fault('trailing-data');
    }
    if (standalone(marker)) {
      at += 2;
      continue;
    }
    if (at + 4 > b.length) return fault('truncated');
    // A second SOI, or a stuffed 0xFF00 outside a scan, is no segment.
    if (marker === 0xd8 || marker === 0x00) return fault('malformed');
    const end = at + 2 + u16be(b, at + 2);
    if (end - at < 4) return fault('malformed');
    if (end > b.length) return fault('truncated');
    if (isFrame(marker)) {
      if (size || end - at < 11) return fault('malformed');
      size = { height: u16be(b, at + 5), width: u16be(b, at + 7) };
    }
    at = end;
    if (marker === 0xda) {
      if (!size) return fault('malformed');
      scanned = true;
      at = yield* skipEntropy(b, at);
      if (at < 0) return fault('truncated');
    }
  }
  return fault('truncated');
}

/** The size in a WebP's first chunk, which says which of the three kinds it is. */
function webpSize(b: Uint8Array, type: number, data: number, length: number): { width: number; height: number } | undefined {
  if (type === VP8 && length >= 10 && b[data + 3] === 0x9d && b[data + 4] === 0x01 && b[data + 5] === 0x2a) {
    return { width: u16le(b, data + 6) & 0x3fff, height: u16le(b, data + 8) & 0x3fff };
  }
  if (type === VP8L && length >= 5 && b[data] === 0x2f) {
    const width = 1 + (((b[data + 2]! & 0x3f) << 8) | b[data + 1]!);
    const height = 1 + (((b[data + 4]! & 0x0f) << 10) | (b[data + 3]! << 2) | ((b[data + 2]! & 0xc0) >> 6));
    return { width, height };
  }
  if (type === VP8X && length >= 10) return { width: u24le(b, data + 4) + 1, height: u24le(b, data + 7) + 1 };
  return undefined;
}

/** WebP: the RIFF size is the file's, chunks by their (padded) lengths fill it exactly, an image chunk is present. */
function* walkWebp(b: Uint8Array): Walking {
  if (b.length < 20) return fault('truncated');
  const riff = u32le(b, 4) + 8;
  if (riff > b.length) return fault('truncated');
  if (riff < b.length) return fault('trailing-data');
  let at = 12;
  let steps = 0;
  let size: { width: number; height: number } | undefined;
  let image = false;
  while (at < b.length) {
    if (at + 8 > b.length) return fault('truncated');
    const type = u32be(b, at);
    const length = u32le(b, at + 4);
    const end = at + 8 + length + (length & 1);
    if (end > b.length) return fault('truncated');
    if (!size) {
      size = webpSize(b, type, at + 8, length);
      if (!size) return fault('malformed');
    }
    if (type === VP8 || type === VP8L || type === ANMF) image = true;
    if (++steps % STEPS_PER_SLICE === 0) yield;
    at = end;
  }
  return size && image ? { ok: true, ...size } : fault('malformed');
}

const WALKS: Record<ImageType, (bytes: Uint8Array) => Walking> = {
  'image/png': walkPng,
  'image/jpeg': walkJpeg,
  'image/webp': walkWebp,
};

/**
 * The type and size of an image whose every byte belongs to its structure, or
 * why it is refused. `pause` is awaited between slices of the walk (a few
 * milliseconds each); without it, the walk runs to its end at once.
 */
export async function verifyImage(bytes: Uint8Array, pause?: () => Promise<void>): Promise<Verdict> {
  if (bytes.byteLength === 0) return { ok: false, fault: 'empty' };
  const type = sniffImageType(bytes);
  if (!type) return { ok: false, fault: 'not-image' };
  const walking = WALKS[type](bytes);
  let step = walking.next();
  while (!step.done) {
    if (pause) await pause();
    step = walking.next();
  }
  const walk = step.value;
  if (!walk.ok) return walk;
  if (walk.width < 1 || walk.height < 1) return { ok: false, fault: 'malformed' };
  if (walk.width * walk.height > PIXELS_MAX) return { ok: false, fault: 'too-many-pixels' };
  return { ok: true, type, width: walk.width, height: walk.height };
}

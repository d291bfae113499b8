/**
 * Checks a file before any of it is decoded: by its leading and trailing
 * bytes only, never by its name or declared type. Shared with the server
 * handler, which runs the same checks on what arrives.
 */
import type { ImageType } from '../report/limits.js';
import { readImageSize, sniffImageType } from './sniff.js';

/** Inputs larger than this are refused unread. */
export const INPUT_BYTES_MAX = 10 * 1024 * 1024;
/** Decoding more pixels than this could exhaust memory (a decompression bomb). */
export const PIXELS_MAX = 50_000_000;
/** How much of the start is read: the JPEG frame header follows EXIF (at most 64 KB) and ICC segments. */
export const HEAD_BYTES = 512 * 1024;
/** How much of the end is read to find the end marker (some cameras pad after it). */
export const TAIL_BYTES = 1024;

export type Refusal = 'empty' | 'too-large' | 'not-image' | 'truncated' | 'too-many-pixels';

export type Inspection =
  | { ok: true; type: ImageType; width: number; height: number }
  | { ok: false; reason: Refusal };

const PNG_IEND = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

function endsWithin(tail: Uint8Array, marker: readonly number[]): boolean {
  outer: for (let i = tail.length - marker.length; i >= 0; i--) {
    for (let j = 0; j < marker.length; j++) if (tail[i + j] !== marker[j]) continue outer;
    return true;
  }
  return false;
}

/** Whether the file's end is where its format says the image ends. */
function complete(type: ImageType, head: Uint8Array, tail: Uint8Array, size: number): boolean {
  if (type === 'image/png') return endsWithin(tail, PNG_IEND);
  if (type === 'image/jpeg') return endsWithin(tail, [0xff, 0xd9]);
  // WebP: the RIFF header says how long the file is.
  if (head.length < 8) return false;
  const riff = (head[4]! | (head[5]! << 8) | (head[6]! << 16) | (head[7]! << 24)) >>> 0;
  return riff + 8 <= size;
}

/**
 * The verdict on an image from its first bytes (`head`, up to HEAD_BYTES),
 * its last bytes (`tail`, up to TAIL_BYTES) and its size.
 */
export function inspectBytes(head: Uint8Array, tail: Uint8Array, size: number): Inspection {
  if (size === 0) return { ok: false, reason: 'empty' };
  if (size > INPUT_BYTES_MAX) return { ok: false, reason: 'too-large' };
  const type = sniffImageType(head);
  if (!type) return { ok: false, reason: 'not-image' };
  if (!complete(type, head, tail, size)) return { ok: false, reason: 'truncated' };
  const dims = readImageSize(head);
  if (!dims) return { ok: false, reason: size <= head.length ? 'truncated' : 'not-image' };
  if (dims.width < 1 || dims.height < 1) return { ok: false, reason: 'not-image' };
  if (dims.width * dims.height > PIXELS_MAX) return { ok: false, reason: 'too-many-pixels' };
  return { ok: true, type, width: dims.width, height: dims.height };
}

/** Reads only the head and tail of `file` and inspects them. */
export async function inspectFile(file: Blob): Promise<Inspection> {
  if (file.size === 0 || file.size > INPUT_BYTES_MAX) return inspectBytes(new Uint8Array(0), new Uint8Array(0), file.size);
  const [head, tail] = await Promise.all([
    file.slice(0, HEAD_BYTES).arrayBuffer(),
    file.slice(Math.max(0, file.size - TAIL_BYTES)).arrayBuffer(),
  ]);
  return inspectBytes(new Uint8Array(head), new Uint8Array(tail), file.size);
}

/**
 * Turns a file the reporter chose into a screenshot that is safe to send:
 * checked by its bytes, decoded, drawn upright and re-encoded, so EXIF, GPS
 * and every other piece of metadata stay behind.
 */
import { IMAGE_TYPES, LIMITS, type ImageType } from '../report/limits.js';
import { sniffImageType } from './sniff.js';

/** Larger inputs are refused before decoding. */
export const INPUT_BYTES_MAX = 10 * 1024 * 1024;
/** The long side of what is sent. */
export const LONG_SIDE_MAX = 2560;

export interface PreparedScreenshot {
  /** What the reporter called it, for the preview and messages only. */
  sourceName: string;
  blob: Blob;
  type: ImageType;
  width: number;
  height: number;
}

export type PrepareResult =
  | { ok: true; shot: PreparedScreenshot }
  | { ok: false; reason: 'not-image' | 'too-large' };

export async function prepareScreenshot(file: File): Promise<PrepareResult> {
  if (file.size === 0) return { ok: false, reason: 'not-image' };
  if (file.size > INPUT_BYTES_MAX) return { ok: false, reason: 'too-large' };
  const head = new Uint8Array(await file.slice(0, 64).arrayBuffer());
  if (!sniffImageType(head)) return { ok: false, reason: 'not-image' };

  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return { ok: false, reason: 'not-image' };
  }
  try {
    const scale = Math.min(1, LONG_SIDE_MAX / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (!ctx) return { ok: false, reason: 'not-image' };
    ctx.drawImage(bitmap, 0, 0, width, height);
    const blob = await encode(canvas);
    if (blob.size > LIMITS.screenshotBytesMax) return { ok: false, reason: 'too-large' };
    return { ok: true, shot: { sourceName: file.name || 'image', blob, type: blob.type as ImageType, width, height } };
  } finally {
    bitmap.close();
  }
}

/** WebP where the browser can encode it, PNG otherwise (every browser can). */
async function encode(canvas: OffscreenCanvas): Promise<Blob> {
  const webp = await canvas.convertToBlob({ type: 'image/webp', quality: 0.9 });
  if (webp.type === 'image/webp') return webp;
  const png = await canvas.convertToBlob({ type: 'image/png' });
  if (!(IMAGE_TYPES as readonly string[]).includes(png.type)) throw new Error('cannot encode');
  return png;
}

export function extensionOf(type: ImageType): string {
  return type === 'image/jpeg' ? 'jpg' : type.slice('image/'.length);
}

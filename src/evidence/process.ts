/**
 * Decodes an image upright, scales it to at most `maxSide` on its long side,
 * paints the marks (black for hidden areas, an outline for highlighted
 * ones), and encodes it again without metadata. Runs
 * in the image worker (OffscreenCanvas) or, where a page forbids workers, on
 * the main thread: no DOM beyond a canvas.
 */
import { LIMITS, type ImageType } from '../report/limits.js';
import type { Box } from './marks.js';
import { stripMetadata } from './strip.js';

/** The long side of what is sent. */
export const LONG_SIDE_MAX = 2560;

export type { Box } from './marks.js';

export interface ProcessOptions {
  maxSide?: number;
  boxes?: readonly Box[];
}

export interface Processed {
  blob: Blob;
  type: ImageType;
  width: number;
  height: number;
}

type AnyCanvas = OffscreenCanvas | HTMLCanvasElement;

/**
 * Where the pixels are drawn and encoded: `offscreen` in the worker (which
 * starts only where OffscreenCanvas exists), `anyCanvas` on the main thread
 * (a page element where OffscreenCanvas is missing). Passed in, so the
 * worker carries no DOM code it can never run.
 */
export interface Surface {
  canvas(width: number, height: number): AnyCanvas;
  encode(canvas: AnyCanvas, type: string, quality?: number): Promise<Blob | null>;
}

export const offscreen: Surface = {
  canvas: (width, height) => new OffscreenCanvas(width, height),
  encode: (canvas, type, quality) => (canvas as OffscreenCanvas).convertToBlob({ type, quality }).catch(() => null),
};

export const anyCanvas: Surface = {
  canvas(width, height) {
    if (typeof OffscreenCanvas === 'function') return new OffscreenCanvas(width, height);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    return canvas;
  },
  encode(canvas, type, quality) {
    if ('convertToBlob' in canvas) return offscreen.encode(canvas, type, quality);
    return new Promise((resolve) => canvas.toBlob(resolve, type, quality));
  },
};

/**
 * WebP where the browser can encode it; otherwise PNG, or JPEG when PNG
 * would pass the per-file limit (a photo). A browser that cannot encode the
 * asked type answers with PNG, so the type is checked, not assumed.
 */
async function encode({ encode: toBlob }: Surface, canvas: AnyCanvas): Promise<Blob> {
  const webp = await toBlob(canvas, 'image/webp', 0.88);
  if (webp?.type === 'image/webp' && webp.size <= LIMITS.screenshotBytesMax) return webp;
  const png = await toBlob(canvas, 'image/png');
  if (png?.type === 'image/png' && png.size <= LIMITS.screenshotBytesMax) return png;
  const jpeg = await toBlob(canvas, 'image/jpeg', 0.88);
  if (jpeg?.type === 'image/jpeg') return jpeg;
  throw new Error('This browser cannot encode images.');
}

export async function processImage(source: Blob, options: ProcessOptions, surface: Surface): Promise<Processed> {
  const maxSide = options.maxSide ?? LONG_SIDE_MAX;
  const bitmap = await createImageBitmap(source, { imageOrientation: 'from-image' });
  let canvas: AnyCanvas;
  try {
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    canvas = surface.canvas(width, height);
    const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
    if (!ctx) throw new Error('no 2d context');
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, width, height);
    // How marks look loads only for an image the reporter marked: most are sent as they came.
    if (options.boxes?.length) (await import('./marks.js')).paintMarks(ctx, options.boxes, width, height);
  } finally {
    bitmap.close();
  }
  const encoded = await encode(surface, canvas);
  const bytes = stripMetadata(new Uint8Array(await encoded.arrayBuffer()));
  const type = encoded.type as ImageType;
  const { width, height } = canvas;
  // Free the canvas's pixels now rather than at the next collection.
  canvas.width = canvas.height = 0;
  return { blob: new Blob([bytes], { type }), type, width, height };
}

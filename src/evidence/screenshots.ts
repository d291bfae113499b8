/**
 * Turns a file the reporter chose into a screenshot that is safe to send:
 * checked by its bytes (inspect.ts), decoded upright, scaled and re-encoded
 * in the image worker where the page allows one (image-pipeline.ts), with
 * every piece of metadata gone (strip.ts). Loaded only when a file arrives.
 */
import { LIMITS, type ImageType } from '../report/limits.js';
import { inspectFile, type Refusal } from './inspect.js';
import { runPipeline, type TrustUrl } from './image-pipeline.js';
import type { Box } from './process.js';

export { INPUT_BYTES_MAX, PIXELS_MAX } from './inspect.js';

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
  | { ok: false; reason: Refusal | 'unreadable' | 'too-large-output' };

/** `trust`: internal/trusted-types.ts `trustedScriptUrl`, for the worker (image-pipeline.ts). */
export async function prepareScreenshot(file: File, trust: TrustUrl): Promise<PrepareResult> {
  const inspection = await inspectFile(file);
  if (!inspection.ok) return inspection;
  try {
    const out = await runPipeline(file, trust);
    if (out.blob.size > LIMITS.screenshotBytesMax) return { ok: false, reason: 'too-large-output' };
    return { ok: true, shot: { sourceName: file.name || 'image', ...out } };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}

/** The same screenshot with `boxes` blacked out in its pixels (not an overlay). */
export async function redactScreenshot(shot: PreparedScreenshot, boxes: Box[], trust: TrustUrl): Promise<PreparedScreenshot> {
  const out = await runPipeline(shot.blob, trust, { boxes });
  return { sourceName: shot.sourceName, ...out };
}

/**
 * The image worker: decodes, scales, redacts and re-encodes off the main
 * thread, so a 12-megapixel photo does not freeze the dialog.
 */
import { offscreen, processImage, type Box } from './process.js';

export interface WorkerJob {
  id: number;
  source: Blob;
  maxSide?: number;
  boxes?: Box[];
}

export type WorkerAnswer =
  | { id: number; ok: true; blob: Blob; type: string; width: number; height: number }
  | { id: number; ok: false; message: string };

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerJob>) => void) | null; postMessage(a: WorkerAnswer): void };

scope.onmessage = async ({ data }) => {
  try {
    const out = await processImage(data.source, { maxSide: data.maxSide, boxes: data.boxes }, offscreen);
    scope.postMessage({ id: data.id, ok: true, ...out });
  } catch (error) {
    scope.postMessage({ id: data.id, ok: false, message: String((error as Error)?.message ?? error) });
  }
};

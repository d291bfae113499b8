/**
 * Writes a draft's screenshots into the drafts' storage (internal/drafts.ts
 * reads them back), as base64 within a size limit. Only a form with
 * screenshots writes them, so this travels in the screenshots' chunk
 * (evidence-work.ts) rather than with the form, and imports nothing but types.
 */
import type { DraftShot, StoredShot } from './drafts.js';

/** Storage is about 5 MB per site and shared with the host: keep well below. */
const SHOTS_BYTES_MAX = 3 * 1024 * 1024;

/** Base64 of a blob, encoded by the browser off the main thread (a loop here is a long task for a photo). */
function toBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).slice(String(reader.result).indexOf(',') + 1));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/**
 * Keeps the draft's screenshots. Returns how many could not be kept (too
 * large together, or storage full), so the form can say so.
 */
export async function writeDraftShots(
  /** drafts.ts `draftStorage(persist)`. */
  store: Storage | undefined,
  /** The subject's key in it: drafts.ts `SHOTS_PREFIX` + the subject key. */
  name: string,
  shots: readonly DraftShot[],
  /** Checked after the bytes are read: false when the draft changed or was cleared meanwhile. */
  isCurrent: () => boolean = () => true,
): Promise<number> {
  if (!store) return shots.length;
  try {
    if (!shots.length) {
      store.removeItem(name);
      return 0;
    }
    const kept: StoredShot[] = [];
    let total = 0;
    for (const shot of shots) {
      total += shot.blob.size;
      if (total > SHOTS_BYTES_MAX) break;
      const data = await toBase64(shot.blob);
      kept.push({ name: shot.name, type: shot.type, width: shot.width, height: shot.height, data });
    }
    if (!isCurrent()) return 0;
    store.setItem(name, JSON.stringify({ kept, missing: shots.length - kept.length }));
    return shots.length - kept.length;
  } catch {
    try {
      if (isCurrent()) store.setItem(name, JSON.stringify({ kept: [], missing: shots.length }));
    } catch {
      // Storage is full even for that: the in-memory draft still holds them.
    }
    return shots.length;
  }
}

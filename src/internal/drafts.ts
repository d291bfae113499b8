/**
 * What the reporter typed, kept per subject so that closing the dialog or
 * reloading loses nothing. Per docs/PROTOCOL.md §6 it lives in `sessionStorage`
 * (gone with the tab, so a shared computer does not show the next person);
 * `persist: "drafts"` opts into `localStorage`. Processed screenshots are
 * kept in the same storage as data, when they fit; when they do not, the
 * draft says so and the reporter is told after the reload.
 */
export { subjectKey } from '../report/subject-key.js';

export interface DraftText {
  category?: string;
  details?: string;
  place?: string;
  placeDetail?: string;
  links?: string;
  messageText?: string;
  block?: boolean;
  urgent?: boolean;
  /** A notice's answers, as the notice mode keeps them (read back through it). */
  notice?: unknown;
}

const PREFIX = 'report-concern:draft:';


function storage(persist: string | undefined): Storage | undefined {
  try {
    return persist === 'drafts' ? localStorage : sessionStorage;
  } catch {
    return undefined;
  }
}

export function readDraft(key: string, persist?: string): DraftText | undefined {
  try {
    const raw = storage(persist)?.getItem(PREFIX + key);
    const value: unknown = raw ? JSON.parse(raw) : undefined;
    return value && typeof value === 'object' ? (value as DraftText) : undefined;
  } catch {
    return undefined;
  }
}

export function writeDraft(key: string, draft: DraftText, persist?: string): void {
  try {
    const empty = Object.values(draft).every((v) => v === undefined || v === '' || v === false);
    if (empty) storage(persist)?.removeItem(PREFIX + key);
    else storage(persist)?.setItem(PREFIX + key, JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the in-memory draft still holds it for this page.
  }
}

export function clearDraft(key: string): void {
  for (const persist of ['session', 'drafts']) {
    try {
      storage(persist)?.removeItem(PREFIX + key);
      storage(persist)?.removeItem(SHOTS_PREFIX + key);
    } catch {
      // nothing to clear
    }
  }
}

/** A processed screenshot as a draft keeps it. */
export interface DraftShot {
  name: string;
  type: string;
  width: number;
  height: number;
  blob: Blob;
}

interface StoredShot {
  name: string;
  type: string;
  width: number;
  height: number;
  /** base64 of the processed bytes */
  data: string;
}

const SHOTS_PREFIX = 'report-concern:draft-shots:';
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

function fromBase64(data: string): Uint8Array<ArrayBuffer> {
  const text = atob(data);
  const bytes = new Uint8Array(new ArrayBuffer(text.length));
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * Keeps the draft's screenshots. Returns how many could not be kept (too
 * large together, or storage full), so the form can say so.
 */
export async function writeDraftShots(
  key: string,
  shots: readonly DraftShot[],
  persist?: string,
  /** Checked after the bytes are read: false when the draft changed or was cleared meanwhile. */
  isCurrent: () => boolean = () => true,
): Promise<number> {
  const store = storage(persist);
  if (!store) return shots.length;
  try {
    if (!shots.length) {
      store.removeItem(SHOTS_PREFIX + key);
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
    store.setItem(SHOTS_PREFIX + key, JSON.stringify({ kept, missing: shots.length - kept.length }));
    return shots.length - kept.length;
  } catch {
    try {
      if (isCurrent()) store.setItem(SHOTS_PREFIX + key, JSON.stringify({ kept: [], missing: shots.length }));
    } catch {
      // Storage is full even for that: the in-memory draft still holds them.
    }
    return shots.length;
  }
}

/** The draft's screenshots, and how many it could not keep. */
export function readDraftShots(key: string, persist?: string): { shots: DraftShot[]; missing: number } {
  try {
    const raw = storage(persist)?.getItem(SHOTS_PREFIX + key);
    if (!raw) return { shots: [], missing: 0 };
    const { kept, missing } = JSON.parse(raw) as { kept: StoredShot[]; missing: number };
    return {
      shots: kept.map((s) => ({
        name: s.name,
        type: s.type,
        width: s.width,
        height: s.height,
        blob: new Blob([fromBase64(s.data)], { type: s.type }),
      })),
      missing: Number(missing) || 0,
    };
  } catch {
    return { shots: [], missing: 0 };
  }
}

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


/** Where drafts are kept: the session's storage, or the browser's with `persist: 'drafts'`. */
export function draftStorage(persist: string | undefined): Storage | undefined {
  try {
    return persist === 'drafts' ? localStorage : sessionStorage;
  } catch {
    return undefined;
  }
}

export function readDraft(key: string, persist?: string): DraftText | undefined {
  try {
    const raw = draftStorage(persist)?.getItem(PREFIX + key);
    const value: unknown = raw ? JSON.parse(raw) : undefined;
    return value && typeof value === 'object' ? (value as DraftText) : undefined;
  } catch {
    return undefined;
  }
}

export function writeDraft(key: string, draft: DraftText, persist?: string): void {
  try {
    const empty = Object.values(draft).every((v) => v === undefined || v === '' || v === false);
    if (empty) draftStorage(persist)?.removeItem(PREFIX + key);
    else draftStorage(persist)?.setItem(PREFIX + key, JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the in-memory draft still holds it for this page.
  }
}

export function clearDraft(key: string): void {
  for (const persist of ['session', 'drafts']) {
    try {
      draftStorage(persist)?.removeItem(PREFIX + key);
      draftStorage(persist)?.removeItem(SHOTS_PREFIX + key);
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

/** A screenshot as the draft keeps it (draft-shots.ts writes it). */
export interface StoredShot {
  name: string;
  type: string;
  width: number;
  height: number;
  /** base64 of the processed bytes */
  data: string;
}

export const SHOTS_PREFIX = 'report-concern:draft-shots:';

function fromBase64(data: string): Uint8Array<ArrayBuffer> {
  const text = atob(data);
  const bytes = new Uint8Array(new ArrayBuffer(text.length));
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** The draft's screenshots, and how many it could not keep. */
export function readDraftShots(key: string, persist?: string): { shots: DraftShot[]; missing: number } {
  try {
    const raw = draftStorage(persist)?.getItem(SHOTS_PREFIX + key);
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

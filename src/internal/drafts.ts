/**
 * What the reporter typed, kept per subject so that closing the dialog or
 * reloading loses nothing. Per CONTRACT §6 it lives in `sessionStorage`
 * (gone with the tab, so a shared computer does not show the next person);
 * `persist: "drafts"` opts into `localStorage`. Screenshots stay in memory.
 */
import type { Subject } from '../report/schema.js';

export interface DraftText {
  category?: string;
  details?: string;
  place?: string;
  placeDetail?: string;
  links?: string;
  messageText?: string;
  block?: boolean;
  urgent?: boolean;
}

const PREFIX = 'report-concern:draft:';

export function subjectKey(subject: Subject): string {
  return subject.kind === 'user' ? `user:${subject.userId}` : `content:${subject.contentType}:${subject.contentId}`;
}

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
    } catch {
      // nothing to clear
    }
  }
}

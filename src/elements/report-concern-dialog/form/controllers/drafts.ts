/**
 * The form's drafts: in memory per subject (screenshots included, for this
 * page), and in the drafts' storage (internal/drafts.ts) across a reload.
 */
import { SHOTS_PREFIX, clearDraft, draftStorage, readDraft, readDraftShots, writeDraft } from '../../../../internal/drafts.js';
import { draftShotsOf, draftTextOf, fromDraft, type Values } from '../values.js';

export function createDrafts() {
  const memory = new Map<string, Values>();
  /** Bumped on every save of screenshots and on forgetting, so a slow earlier save never writes over a newer state. */
  let generation = 0;

  return {
    /** The draft for a subject, and how many of its screenshots storage could not keep (said once the form shows). */
    load(key: string, persist?: string): { values: Values; notKept: number } {
      const kept = memory.get(key);
      if (kept) return { values: kept, notKept: 0 };
      const { shots, missing } = readDraftShots(key, persist);
      return { values: fromDraft(readDraft(key, persist), shots), notKept: missing };
    },

    /** Whether the draft for a subject has screenshots (or had some storage could not keep), before loading it. */
    hasShots(key: string, persist?: string): boolean {
      const kept = memory.get(key);
      if (kept) return kept.shots.length > 0;
      try {
        return Boolean(draftStorage(persist)?.getItem(SHOTS_PREFIX + key));
      } catch {
        return false;
      }
    },

    save(key: string, values: Values, persist?: string): void {
      memory.set(key, values);
      writeDraft(key, draftTextOf(values), persist);
    },

    saveShots(key: string, values: Values, persist?: string): void {
      memory.set(key, values);
      const mine = ++generation;
      const shots = draftShotsOf(values);
      // Written by the screenshots' chunk (internal/draft-shots.ts); should it not load, the draft in memory still holds them.
      void import('./evidence-work.js')
        .then((w) => w.writeDraftShots(draftStorage(persist), SHOTS_PREFIX + key, shots, () => mine === generation))
        .catch(() => undefined);
    },

    /** The report is delivered or queued, or the reporter discarded the draft: nothing of it stays. */
    forget(key: string, values: Values): void {
      generation++;
      for (const shot of values.shots) URL.revokeObjectURL(shot.url);
      this.drop(key);
    },

    /** Drops a subject's draft that is not the one on screen. */
    drop(key: string): void {
      memory.delete(key);
      clearDraft(key);
    },
  };
}

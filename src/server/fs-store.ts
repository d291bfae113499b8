/**
 * `report-concern/server/fs`: the embedded store, in one folder on this
 * machine's disk. Why it is built the way it is:
 *
 * - **Durable before the 201.** A report is written whole in `tmp/`, every
 *   file and the folder synced, then renamed to `reports/<aa>/<id>/` and the
 *   parent synced. A crash at any moment leaves the whole report or nothing
 *   visible; a half-written scratch folder is never read and is cleared
 *   after `staleAfterMs`.
 * - **Once per id, across processes.** Renaming a folder onto an existing
 *   one fails, so of concurrent puts with one id exactly one is `created`
 *   (the others read it back as `exists`), in one process or several. A
 *   folder a power cut left broken (an empty `report.json`) reads as absent,
 *   and the next put of that id replaces it.
 * - **Pages that cost the same at 100 and 100,000 reports.** The listing
 *   index is an append-only log read into memory (fs/index-log.ts),
 *   compacted when a store opens it mostly superseded (fs/compaction.ts); a
 *   page reads only the small `meta.json` of the reports it shows, 8 at a
 *   time.
 * - **Moderation state** is a small versioned file per report
 *   (fs/state-file.ts), replaced atomically; steps on one report run one
 *   at a time in this process.
 *
 * One process should moderate from a folder: puts may come from several
 * processes on one machine, but the in-memory index of each only catches up
 * when it is next asked. Several machines or many app processes: use the
 * PostgreSQL store.
 */
import type { ModerationStore } from './store.js';
import { openFsStore } from './fs/store.js';

export interface FsStoreOptions {
  /** The folder that holds everything; created when missing. */
  dir: string;
  /**
   * A scratch folder in `tmp/` older than this belongs to a writer that died
   * and is removed when a store next opens the folder. Default 5 minutes.
   */
  staleAfterMs?: number;
}

export function createFsStore(options: FsStoreOptions): ModerationStore {
  return openFsStore({ dir: options.dir, staleAfterMs: options.staleAfterMs ?? 5 * 60 * 1000 });
}

export type { ModerationStore } from './store.js';

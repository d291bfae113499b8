/**
 * Compaction of the fs store's index.log. The log only grows: a report
 * decided and appealed leaves five lines where one would say the same, and
 * every process reads all of them when it opens the folder. Compaction
 * writes the lines that describe the index as it is now (one per report,
 * one per appeal) and puts them in place of the log.
 *
 * Crash-safe by the same rule as every other write of the store: the new
 * log is written whole in tmp/ and synced, then renamed over index.log in
 * one step, and the folder synced. Until the rename the old log is the log
 * (a scratch file left in tmp/ is never read and is cleared once stale);
 * after it, the new one is, and it says everything the old one said.
 *
 * Other processes may append to the old log meanwhile. What they appended
 * after the lines described here is copied to the new log twice: into the
 * scratch file before the rename, and after it (what came in between).
 * A writer that finds the file it wrote to replaced writes its lines again
 * (index-log.ts); a line read twice changes nothing there. Two stores
 * opening the folder at once compact it once: a lock file in tmp/, created
 * exclusively, is held while one does. A crashed compaction's lock is
 * stale scratch like any other and is cleared after `staleAfterMs`; until
 * then the log is not compacted, which costs nothing but time to read it.
 */
import { open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { syncFolder, writeNewFile, type Layout } from './layout.js';

/** The points between the steps, in order; `afterStep` is called at each. */
export type CompactionStep = 'written' | 'caught-up' | 'renamed' | 'synced';

export interface CompactionSettings {
  /** Compact when a store opens a log with at least this many superseded lines, and at least as many as live ones. */
  minSuperseded: number;
  /** Called after each step, awaited: tests copy the folder there to see what a crash at that point leaves. */
  afterStep?: (step: CompactionStep) => void | Promise<void>;
}

export const DEFAULT_COMPACTION: CompactionSettings = { minSuperseded: 1000 };

/**
 * Whether a log of `lines` lines that describe `live` records is worth
 * rewriting: a few superseded lines cost less to read than a rewrite, and
 * a log at most half superseded is at most twice its compacted size.
 */
export function worthCompacting(lines: number, live: number, settings: CompactionSettings): boolean {
  const superseded = lines - live;
  return superseded >= settings.minSuperseded && superseded >= live;
}

/** Appends what `from` holds after byte `start` to the file at `path`, synced; returns where `from` ended. */
async function copyTail(from: FileHandle, start: number, path: string): Promise<number> {
  const { size } = await from.stat();
  if (size <= start) return start;
  const bytes = Buffer.alloc(size - start);
  const { bytesRead } = await from.read(bytes, 0, bytes.length, start);
  const to = await open(path, 'a');
  try {
    await to.write(bytes.subarray(0, bytesRead));
    await to.sync();
  } finally {
    await to.close();
  }
  return start + bytesRead;
}

/**
 * Replaces the log with `text` followed by whatever was appended to it
 * after its first `snapshot.bytes` bytes, which `text` describes. Returns
 * the new log's inode, or undefined, changing nothing, when the log is no
 * longer the file `snapshot.ino` (another process compacted it first) or
 * another process is compacting it now.
 */
export async function compactLog(
  layout: Layout,
  text: string,
  snapshot: { ino: number; bytes: number },
  settings: CompactionSettings,
): Promise<number | undefined> {
  const lock = join(layout.tmp, 'compaction.lock');
  try {
    await writeNewFile(lock, `${process.pid}\n`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw error;
  }
  try {
    return await replaceLog(layout, text, snapshot, settings);
  } finally {
    await rm(lock, { force: true });
  }
}

/** The steps of compactLog, under its lock. */
async function replaceLog(
  layout: Layout,
  text: string,
  snapshot: { ino: number; bytes: number },
  settings: CompactionSettings,
): Promise<number | undefined> {
  const old = await open(layout.index, 'r');
  try {
    if ((await old.stat()).ino !== snapshot.ino) return undefined;
    const scratch = layout.scratch('index');
    let copied: number;
    let ino: number;
    try {
      await writeNewFile(scratch, text);
      await settings.afterStep?.('written');
      copied = await copyTail(old, snapshot.bytes, scratch);
      await settings.afterStep?.('caught-up');
      ({ ino } = await stat(scratch));
      await rename(scratch, layout.index);
    } catch (error) {
      await rm(scratch, { force: true }).catch(() => {});
      throw error;
    }
    await settings.afterStep?.('renamed');
    await syncFolder(layout.dir);
    await settings.afterStep?.('synced');
    await copyTail(old, copied, layout.index);
    return ino;
  } finally {
    await old.close();
  }
}

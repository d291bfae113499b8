/**
 * The fs store's listing index: an append-only file of JSON lines (a report
 * arrived, its status changed, an appeal arrived or was decided), read once
 * into memory and then followed from where it was last read, like a log
 * tail. Pages, filters and look-ups by receipt or reporter are answered
 * from memory (a few hundred bytes per report), so they cost the same at
 * 100 and 100,000 reports and open no file but those of the page itself.
 *
 * The report folders are the truth; the log is only a faster way to find
 * them. At load it is checked against the folders (names only): a report
 * whose line was lost (a crash between the folder's rename and the append)
 * is read once and written back to the log, a line whose folder is gone is
 * dropped. Each line is one write() to a file opened for appending, so
 * lines from several processes never interleave.
 *
 * When a store opens a log that is mostly superseded lines, it compacts it
 * (compaction.ts): the log is replaced by a new file. Readers notice the
 * new file and read it from its start; reading a line again, or an older
 * line after a newer one, changes nothing, because status lines carry the
 * version of the state file they come from and an appeal is decided once.
 */
import { appendFile, open, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReportStatus } from '../store.js';
import { createSortedIndex, normalTime } from '../listing.js';
import { compactLog, DEFAULT_COMPACTION, worthCompacting, type CompactionSettings } from './compaction.js';
import { isReportId, readFolder, type Layout, type Meta } from './layout.js';
import { readState } from './state-file.js';

export interface ReportEntry {
  at: string;
  id: string;
  category: string;
  status: ReportStatus;
  /** The version of the state file `status` comes from (state-<v>.json); absent: 0, as received. */
  v?: number;
  userId?: string;
  receiptHash?: string;
}
export interface AppealEntry {
  at: string;
  id: string;
  reportId: string;
  status: 'pending' | 'decided';
}

export type Line =
  | ({ t: 'report' } & ReportEntry)
  | { t: 'status'; id: string; status: ReportStatus; v?: number }
  | ({ t: 'appeal' } & AppealEntry);

const NEWLINE = 0x0a;

/** The line that records a report (new, or as found on disk with its state's version `v`). */
export function reportLine(meta: Meta, status: ReportStatus, v = 0): Line {
  const line: Line = { t: 'report', at: meta.receivedAt, id: meta.id, category: meta.summary.category, status, v };
  if (meta.reporter) line.userId = meta.reporter.userId;
  if (meta.receiptHash) line.receiptHash = meta.receiptHash;
  return line;
}

export function createIndexLog(layout: Layout, options: { staleAfterMs: number; compaction?: CompactionSettings }) {
  const reports = createSortedIndex<ReportEntry>();
  const appeals = createSortedIndex<AppealEntry>();
  const byReceipt = new Map<string, string>();
  const byReporter = new Map<string, Set<string>>();
  /** The log file read (its inode), bytes of it applied so far, and an unfinished last line. */
  let ino: number | undefined;
  let offset = 0;
  let pending = Buffer.alloc(0);
  /** Lines read since the log was last read from its start: with the records they describe, what compaction would save. */
  let lines = 0;

  /**
   * Applies a line; one older than what is known (read twice, or copied
   * across a compaction) changes nothing. Lines without a version (written
   * before versions were) apply in order, as they always did.
   */
  function apply(line: Line): void {
    if (line.t === 'report') {
      const { t: _, ...entry } = line;
      entry.at = normalTime(entry.at);
      if (entry.v !== undefined && (reports.get(entry.id)?.v ?? 0) > entry.v) return;
      reports.set(entry);
      if (entry.receiptHash) byReceipt.set(entry.receiptHash, entry.id);
      if (entry.userId) byReporter.set(entry.userId, (byReporter.get(entry.userId) ?? new Set()).add(entry.id));
    } else if (line.t === 'status') {
      const entry = reports.get(line.id);
      if (!entry || (line.v !== undefined && (entry.v ?? 0) > line.v)) return;
      entry.status = line.status;
      if (line.v !== undefined) entry.v = line.v;
    } else if (line.t === 'appeal') {
      const { t: _, ...entry } = line;
      entry.at = normalTime(entry.at);
      if (appeals.get(entry.id)?.status === 'decided' && entry.status !== 'decided') return;
      appeals.set(entry);
    }
  }

  function applyBytes(bytes: Buffer): void {
    let text = Buffer.concat([pending, bytes]);
    let end: number;
    while ((end = text.indexOf(NEWLINE)) >= 0) {
      const raw = text.subarray(0, end).toString('utf8');
      text = text.subarray(end + 1);
      lines++;
      try {
        apply(JSON.parse(raw) as Line);
      } catch {
        // A line cut by a crash or a full disk: the folders are the truth and reconcile() restores it.
      }
    }
    pending = Buffer.from(text);
  }

  /** Reads what was appended since the last read (by this process or another). */
  async function refresh(): Promise<void> {
    let file;
    try {
      file = await open(layout.index, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    try {
      const info = await file.stat();
      const { size } = info;
      if (info.ino !== ino || size < offset) {
        // Another file than the one read so far (compacted, or deleted and rebuilt): read it from its start.
        ino = info.ino;
        offset = 0;
        lines = 0;
        pending = Buffer.alloc(0);
      }
      while (offset < size) {
        const chunk = Buffer.alloc(Math.min(size - offset, 4 << 20));
        const { bytesRead } = await file.read(chunk, 0, chunk.length, offset);
        if (bytesRead === 0) break;
        offset += bytesRead;
        applyBytes(chunk.subarray(0, bytesRead));
      }
    } finally {
      await file.close();
    }
  }

  /**
   * Appends lines in one write and applies them here at once; `sync` for
   * what the folders cannot restore (a status changed in a state file).
   */
  async function record(toWrite: Line[], sync: boolean): Promise<void> {
    if (toWrite.length === 0) return;
    const data = toWrite.map((line) => `${JSON.stringify(line)}\n`).join('');
    // A file no name points to any more was replaced by a compaction while
    // this wrote: the lines may have missed its copy, so they go to the new
    // log too. A few times at most: compactions are rare (a store opening a
    // log that is mostly superseded lines).
    for (let attempt = 0, written = false; !written && attempt < 3; attempt++) {
      const file = await open(layout.index, 'a');
      try {
        await file.write(data);
        if (sync) await file.sync();
        written = (await file.stat()).nlink > 0;
      } finally {
        await file.close();
      }
    }
    for (const line of toWrite) apply(line);
  }

  /** The lines that describe a report as it is on disk now (for reconcile and repairs). */
  async function linesFromDisk(folder: string): Promise<Line[]> {
    const read = await readFolder(folder);
    if (!read) return [];
    const { meta } = read;
    const { state, version } = await readState(folder, meta.receivedAt);
    const appealLines: Line[] = state.appeals.map((a) => ({ t: 'appeal', at: a.createdAt, id: a.id, reportId: meta.id, status: a.status }));
    return [reportLine(meta, state.status, version), ...appealLines];
  }

  /** Checks the log against the report folders (see above) and clears stale scratch folders. */
  async function reconcile(): Promise<void> {
    const onDisk = new Set<string>();
    const shards = await readdir(layout.reports).catch(() => [] as string[]);
    for (const shard of shards) {
      for (const id of await readdir(join(layout.reports, shard)).catch(() => [] as string[])) {
        if (isReportId(id)) onDisk.add(id);
      }
    }
    for (const id of [...onDisk]) {
      if (!reports.get(id)) await record(await linesFromDisk(layout.folderOf(id)), false);
    }
    for (const { id } of reports.newest(reports.size, (entry) => !onDisk.has(entry.id))) reports.remove(id);
    await clearScratch();
  }

  /** Scratch folders older than `staleAfterMs` belong to writers that died; they were never visible. */
  async function clearScratch(): Promise<void> {
    const now = Date.now();
    for (const name of await readdir(layout.tmp).catch(() => [] as string[])) {
      const path = join(layout.tmp, name);
      const info = await stat(path).catch(() => undefined);
      if (info && now - info.mtimeMs > options.staleAfterMs) await rm(path, { recursive: true, force: true });
    }
  }

  /** Replaces the log with the lines of what is in memory now, if most of it is superseded (compaction.ts). */
  async function compactIfWorth(): Promise<void> {
    const settings = options.compaction ?? DEFAULT_COMPACTION;
    if (ino === undefined || !worthCompacting(lines, reports.size + appeals.size, settings)) return;
    // Oldest first, as they were appended.
    const live: Line[] = [
      ...reports.newest(reports.size, () => true).reverse().map((entry): Line => ({ t: 'report', ...entry })),
      ...appeals.newest(appeals.size, () => true).reverse().map((entry): Line => ({ t: 'appeal', ...entry })),
    ];
    const text = live.map((line) => `${JSON.stringify(line)}\n`).join('');
    const replaced = await compactLog(layout, text, { ino, bytes: offset - pending.length }, settings);
    if (replaced === undefined) return;
    // What this process holds is what `text` says; what others appended meanwhile follows it.
    ino = replaced;
    offset = Buffer.byteLength(text);
    lines = live.length;
    pending = Buffer.alloc(0);
    await refresh();
  }

  return {
    reports,
    appeals,
    byReceipt,
    byReporter,
    refresh,
    record,
    linesFromDisk,
    /** Reads the whole log, reconciles it with the folders, and compacts it when that is worth it. */
    async load(): Promise<void> {
      await refresh();
      if (pending.length > 0) {
        // A last line cut by a crash: end it, so the next line starts clean.
        pending = Buffer.alloc(0);
        await appendFile(layout.index, '\n');
        offset += 1;
      }
      await reconcile();
      // Its own repairs too, so that the compacted log describes all of the old one.
      await refresh();
      // A failed compaction leaves the old log in place, which is still the log: the store opens all the same.
      await compactIfWorth().catch(() => undefined);
    },
  };
}

export type IndexLog = ReturnType<typeof createIndexLog>;

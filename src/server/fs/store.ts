/**
 * The fs store's workings (the public entry is fs-store.ts). Writes follow
 * one rule: build in tmp/, sync, rename, sync the parent, then answer.
 * Reads never trust a file to be whole: a missing, empty or cut report
 * reads as absent, and its id can be stored again.
 */
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_LIMIT, pageLimit } from '../listing.js';
import { StoreInputError } from '../store.js';
import type { Appeal, Changed, ModerationStore, NewReport, PutResult, ReportSummary, StoredReport } from '../store.js';
import * as steps from '../transitions.js';
import type { ModerationState, Step } from '../transitions.js';
import type { CompactionSettings } from './compaction.js';
import { createIndexLog, reportLine, type Line, type ReportEntry } from './index-log.js';
import {
  createLayout,
  ensureShard,
  isReportId,
  metaOf,
  publish,
  readFolder,
  readMeta,
  syncFolder,
  writeScratchFolder,
  type Meta,
} from './layout.js';
import { createKeyedQueue, mapLimited } from './queue.js';
import { readState, writeState } from './state-file.js';
import type { Report } from '../../report/schema.js';

export interface FsStoreSettings {
  dir: string;
  staleAfterMs: number;
  /** When and how index.log is compacted (compaction.ts); the default unless a test says otherwise. */
  compaction?: CompactionSettings;
}

/** How many files a page or a look-up reads at once. */
const READ_AHEAD = 8;

function compose(meta: Meta, report: Report, state: ModerationState): StoredReport {
  const { summary: _, reportBytes: __, ...kept } = meta;
  return { ...kept, report, status: state.status, history: state.history, appeals: state.appeals, ...(state.decision ? { decision: state.decision } : {}) };
}

/** The index lines that record a change from `before` to `after`, state version `v`. */
function changeLines(id: string, before: ModerationState, after: ModerationState, v: number): Line[] {
  const lines: Line[] = [];
  if (before.status !== after.status) lines.push({ t: 'status', id, status: after.status, v });
  for (const appeal of after.appeals) {
    const old = before.appeals.find((a) => a.id === appeal.id);
    if (old?.status !== appeal.status) lines.push({ t: 'appeal', at: appeal.createdAt, id: appeal.id, reportId: id, status: appeal.status });
  }
  return lines;
}

export function openFsStore(settings: FsStoreSettings): ModerationStore {
  const layout = createLayout(settings.dir);
  const index = createIndexLog(layout, settings);
  const queue = createKeyedQueue();
  let loaded: Promise<void> | undefined;

  /** Loads the index once (retried after a failure), then catches up with other writers. */
  async function ready(): Promise<void> {
    loaded ??= (async () => {
      await mkdir(layout.reports, { recursive: true });
      await mkdir(layout.tmp, { recursive: true });
      await index.load();
    })();
    try {
      await loaded;
    } catch (error) {
      loaded = undefined;
      throw error;
    }
    await index.refresh();
  }

  /** A report as on disk, or undefined; brings the index in line with what it read. */
  async function read(id: string): Promise<StoredReport | undefined> {
    if (!isReportId(id)) return undefined;
    const folder = layout.folderOf(id);
    const files = await readFolder(folder);
    if (!files) return undefined;
    const { state, version } = await readState(folder, files.meta.receivedAt).catch(() => ({ state: undefined, version: 0 }));
    if (!state) return undefined;
    const entry = index.reports.get(id);
    if (!entry) await index.record(await index.linesFromDisk(folder), false);
    else if (entry.status !== state.status) await index.record([{ t: 'status', id, status: state.status, v: version }], true);
    return compose(files.meta, files.report, state);
  }

  /** Moves a broken folder out of reports/; puts it back if it turns out whole (another writer's, just renamed in). */
  async function setAside(folder: string): Promise<void> {
    const aside = layout.scratch('broken');
    try {
      await rename(folder, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    if ((await readFolder(aside)) && (await publish(aside, folder))) return;
    await rm(aside, { recursive: true, force: true });
  }

  async function putOnce(entry: NewReport, meta: Meta): Promise<PutResult> {
    const existing = await read(entry.id);
    if (existing) return { status: 'exists', stored: existing };
    const folder = layout.folderOf(entry.id);
    const scratch = await writeScratchFolder(layout, entry, meta);
    try {
      await ensureShard(layout, entry.id);
      for (let attempt = 0; !(await publish(scratch, folder)); attempt++) {
        const there = await read(entry.id);
        if (there) return { status: 'exists', stored: there }; // another process stored it first
        if (attempt > 0) throw new Error(`A broken report folder could not be replaced: ${folder}`);
        await setAside(folder); // left broken by a power cut: this attempt replaces it
      }
    } finally {
      await rm(scratch, { recursive: true, force: true }).catch(() => {});
    }
    await syncFolder(layout.shardOf(entry.id));
    // Not synced: a line lost in a crash is restored from the folders at the next load.
    await index.record([reportLine(meta, 'received')], false);
    return { status: 'created', stored: compose(meta, entry.report, steps.initialState(meta.receivedAt)) };
  }

  /** Read, apply, write a report's state under its lock; retried if another process wrote first. */
  async function change<T>(id: string, step: (state: ModerationState) => Step<T>): Promise<Changed<T>> {
    if (!isReportId(id)) return { ok: false, reason: 'not-found' };
    await ready();
    return queue(id, async (): Promise<Changed<T>> => {
      const folder = layout.folderOf(id);
      for (;;) {
        const files = await readFolder(folder);
        if (!files) return { ok: false, reason: 'not-found' };
        const { state, version } = await readState(folder, files.meta.receivedAt);
        const result = step(state);
        if (!result.ok) return result;
        if (result.state !== state) {
          if (!(await writeState(folder, version, result.state))) continue;
          await index.record(changeLines(id, state, result.state, version + 1), true);
        }
        return { ok: true, value: result.value };
      }
    });
  }

  async function summary(entry: ReportEntry): Promise<ReportSummary | undefined> {
    const meta = await readMeta(layout.folderOf(entry.id)).catch(() => undefined);
    if (!meta) return undefined; // broken by a power cut: left out until its retry replaces it
    return { id: meta.id, reference: meta.reference, receivedAt: meta.receivedAt, ...meta.summary, status: entry.status, screenshots: meta.images.length };
  }

  async function appealWithReference(reportId: string, appealId: string): Promise<(Appeal & { reportReference: string }) | undefined> {
    const stored = await read(reportId);
    const appeal = stored?.appeals.find((a) => a.id === appealId);
    return appeal && { ...appeal, reportReference: stored!.reference };
  }

  async function changedReport(id: string, result: Changed<null>): Promise<Changed<StoredReport>> {
    if (!result.ok) return result;
    const stored = await read(id);
    return stored ? { ok: true, value: stored } : { ok: false, reason: 'not-found' };
  }

  return {
    async put(entry) {
      if (!isReportId(entry.id)) throw new StoreInputError('A report id must be a lowercase UUID.');
      const meta = metaOf(entry);
      await ready();
      return queue(entry.id, () => putOnce(entry, meta));
    },
    async get(id) {
      if (!isReportId(id)) return undefined;
      await ready();
      return read(id);
    },
    async list(query = {}) {
      const limit = pageLimit(query.limit);
      await ready();
      const page = index.reports.page(limit, query.cursor, (entry) => {
        return (!query.status || entry.status === query.status) && (!query.category || entry.category === query.category);
      });
      const reports = (await mapLimited(page.items, READ_AHEAD, summary)).filter((s): s is ReportSummary => s !== undefined);
      return { reports, ...(page.next ? { next: page.next } : {}) };
    },
    async readImage(id, indexOfImage) {
      if (!isReportId(id) || !Number.isInteger(indexOfImage)) return undefined;
      const folder = layout.folderOf(id);
      const image = (await readMeta(folder))?.images[indexOfImage];
      if (!image) return undefined;
      // The name was checked when stored (screenshot-N.ext); never a name from a request.
      const bytes = await readFile(join(folder, image.name)).catch(() => undefined);
      return bytes && { type: image.type, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    },
    async markInReview(id, by, at) {
      return changedReport(id, await change(id, (state) => steps.review(state, by, at)));
    },
    async decide(id, decision) {
      return changedReport(id, await change(id, (state) => steps.decide(state, decision)));
    },
    async addAppeal(appeal) {
      return change(appeal.reportId, (state) => steps.appeal(state, appeal));
    },
    async listAppeals(query = {}) {
      const limit = pageLimit(query.limit);
      await ready();
      const page = index.appeals.page(limit, query.cursor, (entry) => !query.status || entry.status === query.status);
      const appeals = await mapLimited(page.items, READ_AHEAD, (entry) => appealWithReference(entry.reportId, entry.id));
      return { appeals: appeals.filter((a) => a !== undefined), ...(page.next ? { next: page.next } : {}) };
    },
    async getAppeal(appealId) {
      await ready();
      const entry = index.appeals.get(appealId);
      return entry && (await read(entry.reportId))?.appeals.find((a) => a.id === appealId);
    },
    async decideAppeal(appealId, decision) {
      await ready();
      const entry = index.appeals.get(appealId);
      if (!entry) return { ok: false, reason: 'not-found' };
      return change(entry.reportId, (state) => steps.decideAppeal(state, appealId, decision));
    },
    async findByReceipt(receiptHash) {
      await ready();
      const id = index.byReceipt.get(receiptHash);
      return id === undefined ? undefined : read(id);
    },
    async listByReporter(userId, limit = DEFAULT_LIMIT) {
      await ready();
      const entries = [...(index.byReporter.get(userId) ?? [])]
        .map((id) => index.reports.get(id))
        .filter((entry) => entry !== undefined)
        .sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1))
        .slice(0, limit);
      return (await mapLimited(entries, READ_AHEAD, (entry) => read(entry.id))).filter((s) => s !== undefined);
    },
  };
}

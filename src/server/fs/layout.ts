/**
 * The fs store's folders and files, and how each is written durably. The
 * layout (see createFsStore for why it is this one):
 *
 *     <dir>/reports/<aa>/<id>/report.json     the v1 report exactly as received
 *                            /meta.json       reference, time, fingerprint, images, list summary
 *                            /screenshot-1.png …
 *                            /state-<n>.json  moderation state, version n (absent: just received)
 *     <dir>/tmp/                              reports being written; never read
 *     <dir>/index.log                         the listing index (index-log.ts)
 *
 * `<aa>` is the id's first two hex digits: 256 folders of ~400 reports each
 * at 100,000, so no folder grows huge. A report folder is written whole in
 * tmp/, each file and the folder synced, then renamed into reports/ in one
 * step: a report is either all there or not there.
 */
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Report } from '../../report/schema.js';
import type { ImageRecord, NewReport, ReportSummary } from '../store.js';
import { StoreInputError } from '../store.js';

/** Ids are UUIDs (lowercase, as the schema requires): nothing else ever becomes a path. */
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** The image names the handler gives (`screenshot-{i+1}.{ext}`); no other name is written or read. */
const IMAGE_NAME = /^screenshot-[1-9]\d{0,2}\.(png|jpg|webp)$/;

export const isReportId = (id: unknown): id is string => typeof id === 'string' && ID.test(id);

/** What meta.json holds: everything about a report but its text and its moderation. */
export interface Meta {
  id: string;
  reference: string;
  receivedAt: string;
  fingerprint: string;
  images: ImageRecord[];
  reporter?: { userId: string };
  receiptHash?: string;
  /** What the list shows, so a page never reads a (possibly 256 KB) report.json. */
  summary: Pick<ReportSummary, 'category' | 'subject' | 'urgent'>;
  /** The size of report.json: a list checks it without reading a (possibly 256 KB) report. */
  reportBytes: number;
}

/** report.json's text: the report as received, indented for people who open the file. */
export const reportJson = (report: Report): string => `${JSON.stringify(report, null, 2)}\n`;

export function createLayout(dir: string) {
  const reports = join(dir, 'reports');
  const tmp = join(dir, 'tmp');
  const shardOf = (id: string) => join(reports, id.slice(0, 2));
  return {
    dir,
    reports,
    tmp,
    index: join(dir, 'index.log'),
    shardOf,
    folderOf(id: string): string {
      if (!isReportId(id)) throw new StoreInputError('A report id must be a lowercase UUID.');
      return join(shardOf(id), id);
    },
    /** A fresh, unique folder name in tmp/ for one write. */
    scratch: (label: string) => join(tmp, `${label}.${process.pid}.${randomBytes(6).toString('hex')}`),
  };
}

export type Layout = ReturnType<typeof createLayout>;

/** Creates `path` (never overwrites), writes it and forces it to disk before closing. */
export async function writeNewFile(path: string, data: string | Uint8Array): Promise<void> {
  const file = await open(path, 'wx');
  try {
    await file.writeFile(data);
    await file.sync();
  } finally {
    await file.close();
  }
}

/** Forces a folder's entries (creations, renames) to disk. */
export async function syncFolder(path: string): Promise<void> {
  const folder = await open(path, 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

export function metaOf(entry: NewReport): Meta {
  for (const image of entry.images) {
    if (!IMAGE_NAME.test(image.name)) throw new StoreInputError(`Image names are screenshot-N.png|jpg|webp, not ${JSON.stringify(image.name)}.`);
  }
  return {
    id: entry.id,
    reference: entry.reference,
    receivedAt: entry.receivedAt,
    fingerprint: entry.fingerprint,
    images: entry.images.map(({ name, type, bytes, sha256 }) => ({ name, type, size: bytes.byteLength, sha256 })),
    ...(entry.reporter ? { reporter: { userId: entry.reporter.userId } } : {}),
    ...(entry.receiptHash ? { receiptHash: entry.receiptHash } : {}),
    summary: { category: entry.report.category, subject: entry.report.subject, urgent: entry.report.urgent },
    reportBytes: Buffer.byteLength(reportJson(entry.report)),
  };
}

/**
 * Writes a whole report folder under tmp/ and returns its path; every file
 * and the folder itself are on disk when it returns. Images
 * first, meta.json last, so even the scratch folder fills in a fixed order.
 */
export async function writeScratchFolder(layout: Layout, entry: NewReport, meta: Meta): Promise<string> {
  const folder = layout.scratch(entry.id);
  await mkdir(folder, { recursive: true });
  try {
    for (const image of entry.images) await writeNewFile(join(folder, image.name), image.bytes);
    await writeNewFile(join(folder, 'report.json'), reportJson(entry.report));
    await writeNewFile(join(folder, 'meta.json'), `${JSON.stringify(meta)}\n`);
    await syncFolder(folder);
    return folder;
  } catch (error) {
    await rm(folder, { recursive: true, force: true }).catch(() => {});
    throw error;
  }
}

/** Makes `<aa>/` for an id, syncing reports/ when it is new. */
export async function ensureShard(layout: Layout, id: string): Promise<string> {
  const shard = layout.shardOf(id);
  const made = await mkdir(shard, { recursive: true });
  if (made !== undefined) await syncFolder(layout.reports);
  return shard;
}

/** Moves a complete scratch folder to its place; false when a folder is already there. */
export async function publish(scratch: string, folder: string): Promise<boolean> {
  try {
    await rename(scratch, folder);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST') return false;
    throw error;
  }
}

/** A JSON file, or undefined when it is missing, empty or cut short (a write lost in a power cut). */
export async function readJson<T>(path: string): Promise<T | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw error;
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/** meta.json and report.json of a folder, or undefined when either is missing or broken. */
export async function readFolder(folder: string): Promise<{ meta: Meta; report: Report } | undefined> {
  const [meta, report] = await Promise.all([readJson<Meta>(join(folder, 'meta.json')), readJson<Report>(join(folder, 'report.json'))]);
  return meta && report && typeof meta === 'object' && typeof report === 'object' ? { meta, report } : undefined;
}

/**
 * meta.json of a folder whose report.json is there at its full size,
 * without reading the report: what a list page and an image need. An empty
 * or cut report.json (a write lost in a power cut) makes it undefined.
 */
export async function readMeta(folder: string): Promise<Meta | undefined> {
  const [meta, report] = await Promise.all([readJson<Meta>(join(folder, 'meta.json')), stat(join(folder, 'report.json')).catch(() => undefined)]);
  return meta && typeof meta === 'object' && report?.size === meta.reportBytes ? meta : undefined;
}

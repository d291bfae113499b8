/**
 * `report-concern/server/fs`: one folder per report under `dir`, holding
 * `report.json` (the v1 report exactly as received, for any tool to read),
 * `receipt.json` (reference, time, fingerprint, image list) and the images.
 * Good for the demo and small sites; larger ones put a database behind
 * the `ReportStore` interface instead.
 */
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PutResult, ReportStore, StoredReport } from './store.js';
import type { Report } from '../report/schema.js';

export interface FsStoreOptions {
  /** The folder that holds one folder per report; created when missing. */
  dir: string;
  /**
   * A folder without `report.json` older than this is a write that died
   * halfway and is replaced by the next attempt. Default 5 minutes.
   */
  staleAfterMs?: number;
}

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

interface Receipt {
  id: string;
  reference: string;
  receivedAt: string;
  fingerprint: string;
  images: StoredReport['images'];
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === 'ENOENT';
}

export function createFsStore(options: FsStoreOptions): Required<ReportStore> {
  const { dir } = options;
  const staleAfterMs = options.staleAfterMs ?? 5 * 60 * 1000;
  const folderOf = (id: string) => {
    // The id was validated by the schema; checked again so no path is ever built from anything else.
    if (!ID.test(id)) throw new Error('not a report id');
    return join(dir, id.toLowerCase());
  };

  async function read(id: string): Promise<StoredReport | undefined> {
    if (!ID.test(id)) return undefined;
    const folder = folderOf(id);
    try {
      const report = JSON.parse(await readFile(join(folder, 'report.json'), 'utf8')) as Report;
      const receipt = JSON.parse(await readFile(join(folder, 'receipt.json'), 'utf8')) as Receipt;
      return { ...receipt, report };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
    const temporary = `${path}.partial`;
    await writeFile(temporary, data);
    await rename(temporary, path);
  }

  async function put(entry: Parameters<ReportStore['put']>[0]): Promise<PutResult> {
    await mkdir(dir, { recursive: true });
    const folder = folderOf(entry.id);
    try {
      // mkdir without `recursive` is atomic: of two writers, one gets EEXIST.
      await mkdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const stored = await read(entry.id);
      if (stored) return { status: 'exists', stored };
      const age = Date.now() - (await stat(folder)).mtimeMs;
      if (age < staleAfterMs) return { status: 'in-progress' };
      await rm(folder, { recursive: true, force: true });
      return put(entry);
    }
    try {
      for (const image of entry.images) await writeAtomically(join(folder, image.name), image.bytes);
      const receipt: Receipt = {
        id: entry.id,
        reference: entry.reference,
        receivedAt: new Date().toISOString(),
        fingerprint: entry.fingerprint,
        images: entry.images.map(({ name, type, bytes, sha256 }) => ({ name, type, size: bytes.byteLength, sha256 })),
      };
      await writeAtomically(join(folder, 'receipt.json'), `${JSON.stringify(receipt, null, 2)}\n`);
      // Last: a folder with report.json is complete.
      await writeAtomically(join(folder, 'report.json'), `${JSON.stringify(entry.report, null, 2)}\n`);
      return { status: 'created', stored: { ...receipt, report: entry.report } };
    } catch (error) {
      await rm(folder, { recursive: true, force: true }).catch(() => {});
      throw error;
    }
  }

  return {
    put,
    get: read,

    async list(listOptions) {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch (error) {
        if (isMissing(error)) return [];
        throw error;
      }
      const stored = (await Promise.all(names.filter((name) => ID.test(name)).map(read))).filter(
        (s): s is StoredReport => s !== undefined,
      );
      stored.sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : 0));
      return listOptions?.limit === undefined ? stored : stored.slice(0, listOptions.limit);
    },

    async readImage(id, name) {
      const stored = await read(id);
      // Only names the receipt lists: never a path taken from the request.
      const image = stored?.images.find((i) => i.name === name);
      if (!image) return undefined;
      return { type: image.type, bytes: new Uint8Array(await readFile(join(folderOf(id), image.name))) };
    },
  };
}

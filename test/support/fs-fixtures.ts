/**
 * Fills an fs store folder with many reports fast, for the scale tests and
 * bench/server-scale.mjs. It writes the store's own on-disk layout directly,
 * with the store's own functions for paths, meta.json and index lines, but
 * with plain synchronous writes into the final folders and one append of
 * the whole index at the end: the store's put (scratch folder, fsync, rename)
 * costs ~27 ms of fsync here, and ~4 ms even unsynced under load, so 20,000
 * puts would take minutes. What the store must do with such a folder (load
 * its index, page through it) is the same either way.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLayout, metaOf, reportJson } from '../../src/server/fs/layout.js';
import { reportLine } from '../../src/server/fs/index-log.js';
import { newReport } from '../../src/server/conformance/fixtures.js';
import type { Category } from '../../src/report/categories.js';

/** The report the crash tests write and expect for an id: the same content whoever writes it. */
export const reportFor = (id: string) => newReport({ id, images: 2, minutes: 1 });

const CATEGORIES: Category[] = ['spam', 'harassment', 'scam', 'hate', 'other'];

/**
 * Adds `count` reports to `dir`, one minute apart after `startMinute` (the
 * last is newest), categories in turn, every tenth with a screenshot;
 * returns their ids, oldest first.
 */
export function fillFsStore(dir: string, count: number, startMinute = 0): string[] {
  const layout = createLayout(dir);
  const lines: string[] = [];
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const entry = newReport({ minutes: startMinute + i, category: CATEGORIES[i % CATEGORIES.length]!, images: i % 10 === 0 ? 1 : 0 });
    const meta = metaOf(entry);
    const folder = layout.folderOf(entry.id);
    mkdirSync(folder, { recursive: true });
    for (const image of entry.images) writeFileSync(join(folder, image.name), image.bytes);
    writeFileSync(join(folder, 'report.json'), reportJson(entry.report));
    writeFileSync(join(folder, 'meta.json'), `${JSON.stringify(meta)}\n`);
    lines.push(`${JSON.stringify(reportLine(meta, 'received'))}\n`);
    ids.push(entry.id);
  }
  mkdirSync(layout.tmp, { recursive: true });
  appendFileSync(layout.index, lines.join(''));
  return ids;
}

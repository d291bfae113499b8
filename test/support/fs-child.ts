/**
 * A separate Node process working on an fs store folder, for the tests that
 * need one (killed writers, two processes, a low open-file limit). Bundled
 * by test/node/fs-store-crash.test.ts; run as
 *
 *   node fs-child.mjs put  <dir> <id,id,…>   store these reports one by one (synced), printing "ready" first
 *   node fs-child.mjs race <dir> <id> <n>    n concurrent puts of one report; prints their statuses as JSON
 *   node fs-child.mjs list <dir>             pages through everything 100 at a time; prints what it saw as JSON
 *   node fs-child.mjs open <dir>             prints "ready", opens the store (compacting index.log if worth it), prints "done"
 */
import { readFileSync } from 'node:fs';
import { createFsStore } from '../../src/server/fs-store.js';
import { reportFor } from './fs-fixtures.js';

const [mode, dir, ...rest] = process.argv.slice(2);
const store = createFsStore({ dir: dir! });

async function put(ids: string[]): Promise<void> {
  await store.list({ limit: 1 }); // open the store before saying ready, so kills land in writes
  process.stdout.write('ready\n');
  for (const id of ids) await store.put(reportFor(id));
  process.stdout.write('done\n');
}

async function race(id: string, copies: number): Promise<void> {
  const results = await Promise.all(Array.from({ length: copies }, () => store.put(reportFor(id))));
  process.stdout.write(`${JSON.stringify(results.map((r) => r.status))}\n`);
}

async function list(): Promise<void> {
  const ids = new Set<string>();
  let count = 0;
  let ordered = true;
  let last = '\uffff';
  let pages = 0;
  let cursor: string | undefined;
  do {
    const page = await store.list({ limit: 100, ...(cursor ? { cursor } : {}) });
    for (const summary of page.reports) {
      count++;
      ids.add(summary.id);
      const key = `${summary.receivedAt}|${summary.id}`;
      if (key >= last) ordered = false;
      last = key;
    }
    cursor = page.next;
    pages++;
  } while (cursor);
  // Reads and a change at the same time, still under the same limit.
  const some = [...ids].slice(0, 40);
  const read = (await Promise.all(some.map((id) => store.get(id)))).filter(Boolean).length;
  const reviewed = await store.markInReview(some[0]!, 'mod-1', new Date().toISOString());
  const inReview = (await store.list({ status: 'in-review' })).reports.length;
  const limits = readFileSync('/proc/self/limits', 'utf8').match(/Max open files\s+(\d+)/)?.[1];
  process.stdout.write(`${JSON.stringify({ count, unique: ids.size, ordered, pages, read, reviewed: reviewed.ok, inReview, openFilesLimit: Number(limits) })}\n`);
}

async function openStore(): Promise<void> {
  process.stdout.write('ready\n');
  await store.list({ limit: 1 });
  process.stdout.write('done\n');
}

if (mode === 'put') await put(rest[0]!.split(','));
else if (mode === 'race') await race(rest[0]!, Number(rest[1]));
else if (mode === 'list') await list();
else if (mode === 'open') await openStore();
else throw new Error(`unknown mode ${mode}`);

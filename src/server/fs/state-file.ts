/**
 * A report's moderation state on disk: `state-<n>.json`, a new file per
 * change. A change writes version n+1 to a scratch file, syncs it, and
 * hard-links it to its name, which fails if that version exists: so two
 * writers that both read version n cannot both win, even in two processes.
 * The older version is removed afterwards; if a crash leaves two, or the
 * newest is unreadable, the newest readable one counts.
 */
import { link, readdir, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { initialState, type ModerationState } from '../transitions.js';
import { readJson, syncFolder, writeNewFile } from './layout.js';

const STATE = /^state-(\d{1,9})\.json$/;

export interface VersionedState {
  state: ModerationState;
  version: number;
}

/** The current state of the report in `folder` (version 0: as received, no file yet). */
export async function readState(folder: string, receivedAt: string): Promise<VersionedState> {
  const versions = (await readdir(folder))
    .map((name) => Number(STATE.exec(name)?.[1] ?? -1))
    .filter((n) => n > 0)
    .sort((a, b) => b - a);
  for (const version of versions) {
    const state = await readJson<ModerationState>(join(folder, `state-${version}.json`));
    if (state && typeof state === 'object' && Array.isArray(state.history)) return { state, version };
  }
  return { state: initialState(receivedAt), version: 0 };
}

/**
 * Writes version `version + 1`; false when another writer made that version
 * first (read again and retry).
 */
export async function writeState(folder: string, version: number, state: ModerationState): Promise<boolean> {
  const scratch = join(folder, `.state.${process.pid}.${randomBytes(6).toString('hex')}`);
  await writeNewFile(scratch, `${JSON.stringify(state)}\n`);
  try {
    await link(scratch, join(folder, `state-${version + 1}.json`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(scratch).catch(() => {});
  }
  await syncFolder(folder);
  if (version > 0) await rm(join(folder, `state-${version}.json`), { force: true });
  return true;
}

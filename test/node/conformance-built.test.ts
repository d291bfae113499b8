// The conformance suite as a site runs it: the built
// `report-concern/server/conformance` against the built fs store (npm test
// builds before the node tests; without a build this file skips, saying why).
import { test } from 'node:test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { storeConformance as StoreConformance } from '../../src/server/conformance.js';
import type { createFsStore as CreateFsStore } from '../../src/server/fs-store.js';

const built = (name: string) => resolve('dist/server', name);

if (!existsSync(built('conformance.js')) || !existsSync(built('fs-store.js'))) {
  test.skip('the built conformance suite runs against the built fs store (skipped: run npm run build first)');
} else {
  const { storeConformance } = (await import(pathToFileURL(built('conformance.js')).href)) as { storeConformance: typeof StoreConformance };
  const { createFsStore } = (await import(pathToFileURL(built('fs-store.js')).href)) as { createFsStore: typeof CreateFsStore };
  storeConformance({
    name: 'fs, as built and exported',
    async create() {
      const dir = await mkdtemp(join(tmpdir(), 'rc-conformance-built-'));
      return { store: createFsStore({ dir }), close: () => rm(dir, { recursive: true, force: true }) };
    },
  });
}

// The shared store suite against the two stores that need no server: memory,
// and the fs store in a fresh temporary folder for every test.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeConformance } from '../../src/server/conformance.js';
import { createMemoryStore } from '../../src/server/memory-store.js';
import { createFsStore } from '../../src/server/fs-store.js';

storeConformance({
  name: 'memory',
  async create() {
    return { store: createMemoryStore(), close: async () => {} };
  },
});

storeConformance({
  name: 'fs',
  async create() {
    const dir = await mkdtemp(join(tmpdir(), 'rc-conformance-'));
    return { store: createFsStore({ dir }), close: () => rm(dir, { recursive: true, force: true }) };
  },
});

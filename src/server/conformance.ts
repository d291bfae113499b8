/**
 * `report-concern/server/conformance`: the tests every store passes, for a
 * site that puts report-concern on its own database. In a `node:test` file:
 *
 * ```js
 * import { storeConformance } from 'report-concern/server/conformance';
 * storeConformance({
 *   name: 'my store',
 *   async create() {
 *     const store = await openMyStore(); // empty, a fresh schema or folder
 *     return { store, close: () => store.end() };
 *   },
 * });
 * ```
 *
 * `create` is called before every test and must give an empty store;
 * `close` after it. The suite passes its own times (it never needs the
 * clock) and needs no network.
 */
import { afterEach, beforeEach, describe } from 'node:test';
import type { ModerationStore } from './store.js';
import { reportTests } from './conformance/reports.js';
import { moderationTests } from './conformance/moderation.js';
import { outcomeTests } from './conformance/outcomes.js';

export interface ConformanceOptions {
  /** Shown in the test names. */
  name: string;
  create(): Promise<{ store: ModerationStore; close(): Promise<void> }>;
}

export function storeConformance(options: ConformanceOptions): void {
  describe(`store conformance: ${options.name}`, () => {
    let current: { store: ModerationStore; close(): Promise<void> } | undefined;
    const use = (): ModerationStore => {
      if (!current) throw new Error('No store: create() failed.');
      return current.store;
    };
    beforeEach(async () => {
      current = await options.create();
    });
    afterEach(async () => {
      await current?.close();
      current = undefined;
    });
    describe('reports', () => reportTests(use));
    describe('moderation', () => moderationTests(use));
    describe('outcomes through the handler', () => outcomeTests(use));
  });
}

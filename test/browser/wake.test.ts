/**
 * What makes a page load the outbox (and so the form's chunk) on its own:
 * only reports it would send. A report waiting for the reporter (refused by
 * the receiver while nobody looked, or past the age limit) is shown when the
 * dialog opens for its subject, and must not make every later page load the
 * form. Each test uses its own database, so the other suites' outbox is left alone.
 */
import { expect } from '@open-wc/testing';
import { hasWaitingReports } from '../../src/outbox/wake.js';

let dbName = '';

function withRecords(records: Record<string, unknown>[]): Promise<void> {
  dbName = `report-concern-wake-${Math.random().toString(36).slice(2)}`;
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('outbox', { keyPath: 'id' });
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction('outbox', 'readwrite');
      for (const r of records) tx.objectStore('outbox').put(r);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

const record = (id: string, state: string, code?: string) => ({
  id,
  state,
  createdAt: Date.now(),
  reportJson: '{}',
  files: [],
  ...(code ? { lastError: { code } } : {}),
});

describe('waking the outbox on page load', () => {
  afterEach(() => {
    if (dbName) indexedDB.deleteDatabase(dbName);
  });

  it('does not for an empty database, nor for reports that wait for the reporter', async () => {
    await withRecords([]);
    expect(await hasWaitingReports(dbName)).to.equal(false);
    await withRecords([record('a', 'attention', 'validation'), record('b', 'attention', 'too-large'), record('c', 'attention', 'expired')]);
    expect(await hasWaitingReports(dbName)).to.equal(false);
  });

  it('does for a pending report, or one refused as signed out, wherever it is in the store', async () => {
    await withRecords([record('a', 'attention', 'validation'), record('b', 'attention', 'expired'), record('z', 'pending')]);
    expect(await hasWaitingReports(dbName)).to.equal(true);
    await withRecords([record('a', 'attention', 'validation'), record('b', 'attention', 'auth')]);
    expect(await hasWaitingReports(dbName)).to.equal(true);
  });

  it('does not for a database that does not exist, and creates none', async () => {
    dbName = `report-concern-wake-none-${Math.random().toString(36).slice(2)}`;
    expect(await hasWaitingReports(dbName)).to.equal(false);
    expect((await indexedDB.databases()).map((d) => d.name)).to.not.include(dbName);
  });
});

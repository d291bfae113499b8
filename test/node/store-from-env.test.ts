import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeFromEnv } from '../../demo/store-from-env.js';
import { newReport } from '../support/server/postgres-test.js';

describe('storeFromEnv (the demo store chosen by REPORT_STORE and REPORT_OBJECTS)', () => {
  test('is the folder store in the default folder when nothing is set', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rc-env-'));
    try {
      const store = await storeFromEnv(dir, {});
      const entry = newReport();
      assert.equal((await store.put(entry)).status, 'created');
      // The folder store's layout: reports/<first two hex digits>/<id>.
      assert.deepEqual(await readdir(join(dir, 'reports', entry.id.slice(0, 2))), [entry.id]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('says what is wrong with a store or objects setting, before touching anything', async () => {
    await assert.rejects(storeFromEnv('unused', { REPORT_STORE: 'mysql://localhost/reports' }), /REPORT_STORE must be a postgres:\/\/ URL/);
    await assert.rejects(storeFromEnv('unused', { REPORT_OBJECTS: 's3://reports' }), /REPORT_OBJECTS needs REPORT_STORE/);
    await assert.rejects(
      storeFromEnv('unused', { REPORT_STORE: 'postgres://app@127.0.0.1:1/x', REPORT_OBJECTS: 'https://bucket.example/' }),
      /REPORT_OBJECTS must look like s3:\/\/bucket/,
    );
    await assert.rejects(
      storeFromEnv('unused', { REPORT_STORE: 'postgres://app@127.0.0.1:1/x', REPORT_OBJECTS: 's3://reports?endpoint=http://127.0.0.1:1' }),
      /needs AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/,
    );
  });
});

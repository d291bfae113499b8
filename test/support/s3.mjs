// A throwaway S3-compatible server for tests and benches: s3rver, in this
// process, on 127.0.0.1 and a free port, keeping its objects in a temporary
// directory that `stop()` removes.
import S3rver from 's3rver';
import { S3Client } from '@aws-sdk/client-s3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** s3rver accepts these (its defaults); real credentials never leave the machine's own services. */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/**
 * An SDK client for a local S3-compatible endpoint: path-style addressing
 * (no bucket subdomains on 127.0.0.1) and checksums only where the API
 * requires them (newer SDK defaults break some S3-compatible servers).
 */
export function localS3Client(endpoint) {
  return new S3Client({
    endpoint,
    region: 'us-east-1',
    credentials: S3RVER_CREDENTIALS,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export async function startS3({ bucket = 'reports' } = {}) {
  const directory = mkdtempSync(join(tmpdir(), 'rc-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  let address;
  try {
    address = await server.run();
  } catch (error) {
    rmSync(directory, { recursive: true, force: true });
    throw error;
  }
  const endpoint = `http://127.0.0.1:${address.port}`;
  const client = localS3Client(endpoint);
  return {
    endpoint,
    bucket,
    client,
    async stop() {
      client.destroy();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

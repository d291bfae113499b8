/**
 * Which store the demo receiver uses, chosen by environment variables so that
 * `npm start` needs no setup and the same demo runs on PostgreSQL:
 *
 * - neither set: the folder store in `defaultDir`;
 * - `REPORT_STORE=postgres://user@host:port/database`: the PostgreSQL store,
 *   its tables created or updated first (`migrate()`);
 * - and `REPORT_OBJECTS=s3://bucket/prefix/?endpoint=http://127.0.0.1:4568&region=us-east-1`:
 *   screenshots in that bucket instead of the database. `/prefix/` and
 *   `region` (default `$AWS_REGION`, else `us-east-1`) are optional; without
 *   `endpoint` it is AWS S3 itself. Credentials come from the AWS SDK's usual
 *   variables (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`; s3rver takes
 *   `S3RVER` for both).
 *
 * The PostgreSQL and S3 modules are imported only when asked for: they are
 * optional peer dependencies of the package.
 */
import { createFsStore } from '../src/server/fs-store.js';
import type { PostgresStore } from '../src/server/postgres/index.js';
import type { ObjectStorage } from '../src/server/objects.js';

export type DemoStore = ReturnType<typeof createFsStore> | PostgresStore;

type Env = Record<string, string | undefined>;

export async function storeFromEnv(defaultDir: string, env: Env = process.env): Promise<DemoStore> {
  const url = env.REPORT_STORE;
  if (!url) {
    if (env.REPORT_OBJECTS) {
      throw new Error('REPORT_OBJECTS needs REPORT_STORE=postgres://…: the folder store keeps screenshots beside each report.');
    }
    return createFsStore({ dir: defaultDir });
  }
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new Error(`REPORT_STORE must be a postgres:// URL (unset it for the folder store), not "${url}".`);
  }
  const objects = env.REPORT_OBJECTS ? await objectsFromUrl(env.REPORT_OBJECTS, env) : undefined;
  const { createPostgresStore } = await import('../src/server/postgres/index.js');
  const store = createPostgresStore({ connectionString: url, objects });
  await store.migrate();
  return store;
}

/** `s3://bucket/prefix/?endpoint=…&region=…` → object storage in that bucket. */
async function objectsFromUrl(value: string, env: Env): Promise<ObjectStorage> {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    url = new URL('invalid:');
  }
  if (url.protocol !== 's3:' || !url.hostname) {
    throw new Error(`REPORT_OBJECTS must look like s3://bucket/prefix/?endpoint=http://127.0.0.1:4568, not "${value}".`);
  }
  const endpoint = url.searchParams.get('endpoint') ?? undefined;
  if (endpoint && !(env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY)) {
    // Without them the SDK would go looking for cloud credentials on the network.
    throw new Error('REPORT_OBJECTS with an endpoint needs AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (s3rver accepts S3RVER for both).');
  }
  const { S3Client } = await import('@aws-sdk/client-s3');
  const { createS3Objects } = await import('../src/server/s3.js');
  const client = new S3Client({
    region: url.searchParams.get('region') ?? env.AWS_REGION ?? 'us-east-1',
    ...(env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
      ? {
          credentials: {
            accessKeyId: env.AWS_ACCESS_KEY_ID,
            secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
            sessionToken: env.AWS_SESSION_TOKEN,
          },
        }
      : {}),
    ...(endpoint
      ? // S3-compatible servers: bucket in the path, checksums only where the API needs them.
        { endpoint, forcePathStyle: true, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' }
      : {}),
  });
  return createS3Objects({ client, bucket: url.hostname, prefix: decodeURIComponent(url.pathname.replace(/^\//, '')) });
}

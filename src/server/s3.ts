/**
 * `report-concern/server/s3`: screenshots in any S3-compatible object store
 * (AWS S3, MinIO, Ceph, R2, s3rver), for `createPostgresStore({ objects })`.
 *
 * ```js
 * import { S3Client } from '@aws-sdk/client-s3';
 * import { createS3Objects } from 'report-concern/server/s3';
 * const objects = createS3Objects({ client: new S3Client({}), bucket: 'reports', prefix: 'screenshots/' });
 * ```
 *
 * The client is the caller's: region, credentials, endpoint and retries are
 * configured there. Servers other than AWS usually want `forcePathStyle: true`,
 * and some want `requestChecksumCalculation: 'WHEN_REQUIRED'`.
 */
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { ObjectInfo, ObjectStorage } from './objects.js';

export type { ObjectInfo, ObjectStorage } from './objects.js';

export interface S3ObjectsOptions {
  client: S3Client;
  bucket: string;
  /** Put before every key, e.g. `report-concern/`; lets one bucket serve several uses. Default none. */
  prefix?: string;
}

/** The SDK reports a missing object as `NoSuchKey`, or as a bare 404 from some servers. */
function isMissing(error: unknown): boolean {
  if (error instanceof NoSuchKey) return true;
  const status = (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
  return status === 404;
}

export function createS3Objects(options: S3ObjectsOptions): ObjectStorage {
  const { client, bucket } = options;
  const prefix = options.prefix ?? '';

  return {
    async put(key, bytes, type) {
      await client.send(
        new PutObjectCommand({ Bucket: bucket, Key: prefix + key, Body: bytes, ContentType: type, ContentLength: bytes.byteLength }),
      );
    },

    async get(key) {
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket: bucket, Key: prefix + key }));
        if (!answer.Body) return undefined;
        return await answer.Body.transformToByteArray();
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },

    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: prefix + key }));
    },

    async *list(under = ''): AsyncIterable<ObjectInfo> {
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix + under, ContinuationToken: token }),
        );
        for (const object of page.Contents ?? []) {
          if (!object.Key) continue;
          yield {
            key: object.Key.slice(prefix.length),
            size: object.Size ?? 0,
            // Without a date, treat it as new: the orphan sweep then leaves it alone.
            lastModified: object.LastModified ?? new Date(),
          };
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    },
  };
}

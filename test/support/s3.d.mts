import type { S3Client } from '@aws-sdk/client-s3';

export interface LocalS3 {
  /** `http://127.0.0.1:PORT` */
  endpoint: string;
  bucket: string;
  client: S3Client;
  stop(): Promise<void>;
}
export const S3RVER_CREDENTIALS: { accessKeyId: string; secretAccessKey: string };
export function localS3Client(endpoint: string): S3Client;
export function startS3(options?: { bucket?: string }): Promise<LocalS3>;

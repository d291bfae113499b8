/**
 * Object storage as the stores see it: a flat namespace of keys holding
 * bytes. `report-concern/server/s3` implements it on any S3-compatible
 * service; a site can implement it on anything else with the same four
 * calls (a test can use a folder or a Map).
 *
 * Keys are chosen by the store (`{reportId}/{sha256}.{ext}`): never taken
 * from a request.
 */

/** One stored object, as listed. */
export interface ObjectInfo {
  key: string;
  size: number;
  lastModified: Date;
}

export interface ObjectStorage {
  /** Writes the bytes under `key`, replacing what was there; resolves once they are durable. */
  put(key: string, bytes: Uint8Array, type: string): Promise<void>;
  /** The bytes under `key`, or `undefined` when there is no such object. */
  get(key: string): Promise<Uint8Array | undefined>;
  /** Removes `key`; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Every object whose key starts with `prefix` (default: all), in any order. */
  list(prefix?: string): AsyncIterable<ObjectInfo>;
}

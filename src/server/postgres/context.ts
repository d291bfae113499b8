/** What every part of the PostgreSQL store shares: the pool, the table names, the optional object storage. */
import type { Pool, PoolClient } from 'pg';
import type { ObjectStorage } from '../objects.js';
import { StoreInputError } from '../store.js';

/**
 * First key of every advisory lock this store takes ("RCST"), so its locks
 * never meet a site's own (the two-key and one-key lock spaces are apart).
 */
export const LOCK_SPACE = 0x52435354;

/** Quoted, schema-qualified table names. */
export interface Tables {
  schema: string;
  quoted: string;
  reports: string;
  images: string;
  appeals: string;
  version: string;
}

export interface Context {
  pool: Pool;
  tables: Tables;
  objects?: ObjectStorage;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

export function tablesOf(schema: string): Tables {
  // The name is put into SQL text; only plain lower-case identifiers are accepted.
  if (!IDENTIFIER.test(schema)) {
    throw new TypeError(`The schema name "${schema}" must be lower-case letters, digits and _ (at most 63).`);
  }
  const quoted = `"${schema}"`;
  return {
    schema,
    quoted,
    reports: `${quoted}.reports`,
    images: `${quoted}.images`,
    appeals: `${quoted}.appeals`,
    version: `${quoted}.schema_version`,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Report and appeal ids are UUIDs; anything else names nothing stored here. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** A time kept as given (in history entries), once it is known to be one. */
export function checkedTime(value: string, what: string): string {
  isoTime(value, what);
  return value;
}

/**
 * A time as this store returns it: ISO 8601 in UTC with milliseconds (what
 * `Date#toISOString` gives), the form every time is read back in.
 */
export function isoTime(value: string, what: string): string {
  const time = new Date(value);
  if (typeof value !== 'string' || Number.isNaN(time.getTime())) {
    throw new StoreInputError(`${what} is not an ISO 8601 time: ${JSON.stringify(value)}.`);
  }
  return time.toISOString();
}

/** The advisory lock that a put of `id` holds until it commits (see put.ts). */
export function reportLock(tables: Tables, id: string): [number, string] {
  return [LOCK_SPACE, `${tables.schema}:${id.toLowerCase()}`];
}

/**
 * Runs `work` in one transaction on one connection. A connection that failed
 * mid-transaction is destroyed, not returned to the pool.
 */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    client.release();
    return result;
  } catch (error) {
    const broken = await client.query('ROLLBACK').then(
      () => undefined,
      (rollbackError: unknown) => rollbackError,
    );
    client.release(broken instanceof Error ? broken : undefined);
    throw error;
  }
}

/**
 * Newest-first pages over records kept in memory, ordered by (time, id):
 * the listing logic the memory and fs stores share. A page starts from its
 * cursor by binary search, so its cost does not grow with the number of
 * records (a filter skips non-matching records in memory, a few nanoseconds
 * each). The cursor is the (time, id) of the last record shown, so records
 * added meanwhile neither repeat nor hide one.
 */
import { StoreInputError } from './store.js';

/** What the index orders: `at` is an ISO time as `toISOString()` writes it. */
export interface Keyed {
  at: string;
  id: string;
}

export const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 100;

/** The page size asked for, checked: 1..100, default 50. */
export function pageLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new StoreInputError(`limit must be a whole number from 1 to ${MAX_LIMIT}.`);
  }
  return limit;
}

const TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

export function encodeCursor(key: Keyed): string {
  return Buffer.from(`${key.at}|${key.id}`, 'utf8').toString('base64url');
}

/** The key a cursor stands for; anything this module did not make is a `StoreInputError`. */
export function decodeCursor(cursor: string): Keyed {
  const text = /^[A-Za-z0-9_-]{1,400}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const bar = text.indexOf('|');
  const at = text.slice(0, bar);
  const id = text.slice(bar + 1);
  if (bar < 0 || !TIME.test(at) || id.length === 0 || id.length > 200) {
    throw new StoreInputError('The cursor is not one this store gave out.');
  }
  return { at, id };
}

/** ISO times in one form, so that they order as strings. */
export function normalTime(at: string): string {
  if (TIME.test(at)) return at;
  const time = Date.parse(at);
  return Number.isNaN(time) ? at : new Date(time).toISOString();
}

function compare(a: Keyed, b: Keyed): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface Page<T> {
  items: T[];
  next?: string;
}

/** Records ordered oldest to newest by (at, id); one record per id. */
export function createSortedIndex<T extends Keyed>() {
  const items: T[] = [];
  const byId = new Map<string, T>();

  /** The position of the first record not older than `key`. */
  function lowerBound(key: Keyed): number {
    let low = 0;
    let high = items.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(items[middle]!, key) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  function remove(id: string): void {
    const old = byId.get(id);
    if (!old) return;
    const at = lowerBound(old);
    if (items[at] === old) items.splice(at, 1);
    byId.delete(id);
  }

  return {
    get size() {
      return items.length;
    },
    get: (id: string) => byId.get(id),
    /** Adds or replaces the record with this id; new records usually go at the end. */
    set(record: T): void {
      remove(record.id);
      const last = items[items.length - 1];
      if (!last || compare(last, record) < 0) items.push(record);
      else items.splice(lowerBound(record), 0, record);
      byId.set(record.id, record);
    },
    remove,
    /** Newest first, strictly older than the cursor's record, those `keep` accepts. */
    page(limit: number, cursor: string | undefined, keep: (record: T) => boolean = () => true): Page<T> {
      let at = (cursor === undefined ? items.length : lowerBound(decodeCursor(cursor))) - 1;
      const page: T[] = [];
      for (; at >= 0 && page.length < limit; at--) {
        if (keep(items[at]!)) page.push(items[at]!);
      }
      // A next page only if one more record matches: the last page has no `next`.
      for (; at >= 0; at--) {
        if (keep(items[at]!)) return { items: page, next: encodeCursor(page[page.length - 1]!) };
      }
      return { items: page };
    },
    /** Newest first, every record `keep` accepts, at most `limit`. */
    newest(limit: number, keep: (record: T) => boolean): T[] {
      const found: T[] = [];
      for (let at = items.length - 1; at >= 0 && found.length < limit; at--) if (keep(items[at]!)) found.push(items[at]!);
      return found;
    },
  };
}

export type SortedIndex<T extends Keyed> = ReturnType<typeof createSortedIndex<T>>;

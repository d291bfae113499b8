/**
 * JSON for a report that does not trust the page's prototypes. A page that
 * loads Prototype.js (or anything like it) has `Array.prototype.toJSON`
 * returning a string, so `JSON.stringify` writes every array as a quoted
 * string: `"links":"[]"`, a report every receiver refuses, and nothing the
 * reporter can fix. `Object.prototype.toJSON` would do the same to every
 * object. Here plain objects and arrays are written from their own contents,
 * with the platform's functions as they were when this module loaded;
 * `toJSON` counts only where an object has its own, or gets it from a class
 * of its own (a `URL` in a host's extensions stays its address).
 */

const objectProto = Object.prototype;
const arrayProto = Array.prototype;
const stringify = JSON.stringify;
const toISOString = Date.prototype.toISOString;
const isArray = Array.isArray;
const keysOf = Object.keys;
const protoOf = Object.getPrototypeOf;
const hasOwn = Object.prototype.hasOwnProperty;

/** The `toJSON` that applies to `value`, unless it comes from `Object.prototype` or `Array.prototype`. */
function ownToJson(value: object): ((key: string) => unknown) | undefined {
  if (isArray(value)) return undefined;
  for (let o: object | null = value; o; o = protoOf(o) as object | null) {
    if (o === objectProto || o === arrayProto) return undefined;
    if (hasOwn.call(o, 'toJSON')) {
      const fn = (o as { toJSON?: unknown }).toJSON;
      return typeof fn === 'function' ? (fn as (key: string) => unknown) : undefined;
    }
  }
  return undefined;
}

/** One value as JSON text, or undefined where JSON leaves it out (functions, symbols, undefined). */
function write(value: unknown, key: string, seen: Set<object>): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      // Primitives never consult toJSON: the platform's own writer is safe for them.
      return stringify(value);
    case 'bigint':
      throw new TypeError('a report cannot hold a BigInt');
    case 'object':
      break;
    default:
      return undefined;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'null' : stringify(toISOString.call(value));
  const toJson = ownToJson(value);
  if (toJson) return write(toJson.call(value, key), key, seen);
  if (seen.has(value)) throw new TypeError('a report cannot refer to itself');
  seen.add(value);
  try {
    // Plain loops: the page may have replaced the array methods too.
    let out = '';
    if (isArray(value)) {
      for (let i = 0; i < value.length; i++) out += `${i ? ',' : ''}${write(value[i], String(i), seen) ?? 'null'}`;
      return `[${out}]`;
    }
    const names = keysOf(value);
    for (let i = 0; i < names.length; i++) {
      const text = write((value as Record<string, unknown>)[names[i]], names[i], seen);
      if (text !== undefined) out += `${out ? ',' : ''}${stringify(names[i])}:${text}`;
    }
    return `{${out}}`;
  } finally {
    seen.delete(value);
  }
}

/** `JSON.stringify(value)`, as it would be on a page that changed no prototype. */
export function serialise(value: unknown): string {
  return write(value, '', new Set()) ?? 'null';
}

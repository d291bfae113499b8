/**
 * JSON for a report that does not trust the page's prototypes. A page that
 * loads Prototype.js (or anything like it) has `Array.prototype.toJSON`
 * returning a string, so `JSON.stringify` writes every array as a quoted
 * string: `"links":"[]"`, a report every receiver refuses, and nothing the
 * reporter can fix. `Object.prototype.toJSON` would do the same to every
 * object.
 *
 * `JSON.stringify` consults `toJSON` before it calls the replacer, and hands
 * the replacer the holder: so the replacer takes each plain object and
 * array back as it really is, and the writer goes on into its own contents.
 * Other objects keep their class's `toJSON` (a `Date` its ISO text, a `URL`
 * its address). The functions used are those of the page when this module
 * loaded.
 */

const stringify = JSON.stringify;
const isArray = Array.isArray;
const protoOf = Object.getPrototypeOf;
const objectProto = Object.prototype;

function unpatched(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const original = this[key];
  return original !== null && typeof original === 'object' && (isArray(original) || protoOf(original) === objectProto)
    ? original
    : value;
}

/** `JSON.stringify(value)`, as it would be on a page that changed no prototype. */
export function serialise(value: unknown): string {
  return stringify(value, unpatched);
}

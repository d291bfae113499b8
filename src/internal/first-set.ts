/** The first value that is set, in the order given (button, dialog, page). */
export function firstSet<T>(...values: (T | null | undefined | '')[]): T | undefined {
  for (const v of values) if (v !== undefined && v !== null && v !== '') return v as T;
  return undefined;
}

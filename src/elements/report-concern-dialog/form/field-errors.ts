/**
 * A verdict from outside the form mapped back onto its fields: the
 * receiver's refusal (undelivered.ts) and the full rules' (schema-check.ts).
 * Only those paths load it, in their own chunks: a report the receiver
 * takes at once never needs it. Pure; tested in Node.
 */
import type { Field, FieldErrors } from './values.js';
import { iso } from './messages.js';

/** The field a reporter fixes for an error at `path` of the report (a receiver's or the rules'). */
export function fieldOf(path: string): Field | undefined {
  if (path === 'category' || path === 'details') return path;
  if (path === 'incident' || path === 'incident.place') return 'place';
  if (path === 'incident.placeDetail') return 'placeDetail';
  if (path === 'incident.messageText') return 'messageText';
  if (path.startsWith('evidence.links')) return 'links';
  if (path.startsWith('evidence.screenshots') || path.startsWith('screenshots')) return 'screenshots';
  // A notice's fields go by their path (`notice.locations.2` is `notice.locations`).
  return /^notice\.(ground|law|locations|notifier\.(name|email)|goodFaith)\b/.exec(path)?.[0] as Field | undefined;
}

/**
 * Errors by path, as field messages and the rest as `path: text`, so that
 * none is dropped unseen. `text` words each error; a receiver's own words
 * are isolated, so their direction never mixes with the form's.
 */
export function byField<T>(
  errors: Record<string, T> | undefined,
  text: (field: Field | undefined, error: T) => string,
): { errors: FieldErrors; elsewhere: string[] } {
  const out: FieldErrors = {};
  const elsewhere: string[] = [];
  for (const [path, error] of Object.entries(errors ?? {})) {
    const field = fieldOf(path);
    if (field) out[field] ??= text(field, error);
    else elsewhere.push(`${path}: ${text(undefined, error)}`);
  }
  return { errors: out, elsewhere };
}

/** A receiver's messages by field. */
export function receiverErrors(errors: Record<string, string> | undefined): { errors: FieldErrors; elsewhere: string[] } {
  return byField(errors, (_, message) => iso(message));
}

/** A message, with the errors no field of the form shows. */
export function withDetails(message: string, elsewhere: readonly string[]): string {
  return elsewhere.length ? `${message} (${elsewhere.join('; ')})` : message;
}

/** What identifies a report's content, so a repeat is recognised whatever its multipart framing. */
import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so equal reports hash equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The parsed report and each image's SHA-256, never the raw body (multipart
 * boundaries differ between attempts).
 */
export function fingerprintOf(report: unknown, imageHashes: readonly string[]): string {
  return createHash('sha256').update(canonicalJson(report)).update('\n').update(imageHashes.join(',')).digest('hex');
}

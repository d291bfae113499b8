/**
 * The reference a reporter is shown and reads out to support:
 * `RC-` and 12 Crockford base32 digits in groups of four, 60 bits of the
 * SHA-256 of the report id. Stable for an id (a repeat gets the same one),
 * and with 60 bits two of a million reports share one with odds of about
 * 1 in 2.3 million. Crockford's alphabet has no I, L, O or U, so nothing
 * reads as another digit or spells a word by accident.
 */
import { createHash } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Six digits of 5 bits for a 30-bit number. */
function sixDigits(n: number): string {
  let digits = '';
  for (let i = 25; i >= 0; i -= 5) digits += CROCKFORD[(n >>> i) & 31];
  return digits;
}

export function defaultReference(id: string): string {
  const hash = createHash('sha256').update(id).digest();
  // The first 60 bits of the hash, as two numbers of 30 bits.
  const high = hash.readUInt32BE(0) >>> 2;
  const low = ((hash.readUInt32BE(0) & 3) << 28) | (hash.readUInt32BE(4) >>> 4);
  const digits = sixDigits(high) + sixDigits(low);
  return `RC-${digits.slice(0, 4)}-${digits.slice(4, 8)}-${digits.slice(8)}`;
}

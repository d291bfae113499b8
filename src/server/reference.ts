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
/** Digits of 5 bits each: 60 bits. */
const DIGITS = 12;

export function defaultReference(id: string): string {
  const hash = createHash('sha256').update(id).digest();
  // The first 64 bits as a number; the top 60 of them become the digits.
  let bits = hash.readBigUInt64BE(0) >> 4n;
  let digits = '';
  for (let i = 0; i < DIGITS; i++) {
    digits = CROCKFORD[Number(bits & 31n)]! + digits;
    bits >>= 5n;
  }
  return `RC-${digits.slice(0, 4)}-${digits.slice(4, 8)}-${digits.slice(8)}`;
}

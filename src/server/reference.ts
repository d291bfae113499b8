/**
 * The reference a reporter is shown and reads out to support:
 * `RC-` and 12 Crockford base32 digits in groups of four, 60 bits of the
 * SHA-256 of the report id. Stable for an id (a repeat gets the same one),
 * and with 60 bits two of a million reports share one with odds of about
 * 1 in 2.3 million. Crockford's alphabet has no I, L, O or U, so nothing
 * reads as another digit or spells a word by accident.
 */
import { createHash, randomBytes } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Six digits of 5 bits for a 30-bit number. */
function sixDigits(n: number): string {
  let digits = '';
  for (let i = 25; i >= 0; i -= 5) digits += CROCKFORD[(n >>> i) & 31];
  return digits;
}

/** `prefix` and the first 60 bits of `bytes` as 12 digits in groups of four. */
function referenceOf(prefix: string, bytes: Buffer): string {
  // The first 60 bits, as two numbers of 30 bits.
  const high = bytes.readUInt32BE(0) >>> 2;
  const low = ((bytes.readUInt32BE(0) & 3) << 28) | (bytes.readUInt32BE(4) >>> 4);
  const digits = sixDigits(high) + sixDigits(low);
  return `${prefix}-${digits.slice(0, 4)}-${digits.slice(4, 8)}-${digits.slice(8)}`;
}

export function defaultReference(id: string): string {
  return referenceOf('RC', createHash('sha256').update(id).digest());
}

/** An appeal's reference, `AP-` and 60 random bits: an appeal is made once, so nothing needs it stable. */
export function appealReference(): string {
  return referenceOf('AP', randomBytes(8));
}

/**
 * Receipts (docs/PROTOCOL.md §9): the token a 201 hands the reporter so
 * they can follow that one report. 256 random bits, base64url; the store
 * keeps only its SHA-256, so a copy of the database cannot follow anyone's
 * report, and the token is shown once, like a password.
 */
import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes are 43 base64url characters without padding. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function mintReceipt(): { receipt: string; receiptHash: string } {
  const receipt = randomBytes(32).toString('base64url');
  return { receipt, receiptHash: receiptHashOf(receipt) };
}

export function receiptHashOf(receipt: string): string {
  return createHash('sha256').update(receipt).digest('hex');
}

/**
 * The token of `Authorization: Receipt <token>`: `absent` without that
 * header (the caller may still be known by their session), `malformed` for
 * another scheme or a token that cannot be one of ours.
 */
export function receiptOf(request: Request): { kind: 'absent' } | { kind: 'malformed' } | { kind: 'token'; receipt: string } {
  const header = request.headers.get('authorization');
  if (header === null || header.trim() === '') return { kind: 'absent' };
  const match = /^Receipt\s+(\S+)\s*$/i.exec(header.trim());
  if (!match || !TOKEN.test(match[1]!)) return { kind: 'malformed' };
  return { kind: 'token', receipt: match[1]! };
}

/**
 * What the outcome routes (`{endpoint}/status`, `{endpoint}/appeals`,
 * docs/PROTOCOL.md §9) share: the store, `identify`, and who is asking.
 * A caller is either the holder of one report's receipt or a member the
 * host's session knows; anyone else gets a 401.
 */
import { json } from '../answers.js';
import { receiptHashOf, receiptOf } from '../receipt.js';
import { reporterOf } from '../store-once.js';
import type { ModerationStore, ReportStore, StoredReport } from '../store.js';
import type { Report } from '../../report/schema.js';

export interface OutcomesContext {
  store: ModerationStore;
  identify?: (request: Request) => { userId: string } | undefined | Promise<{ userId: string } | undefined>;
  hookTimeoutMs: number;
  now: () => Date;
}

export type Caller = { kind: 'receipt'; stored: StoredReport } | { kind: 'session'; userId: string };

/** The methods outcomes need beyond storing; a host's own minimal store may lack them. */
export function canFollow(store: ReportStore): store is ModerationStore {
  const s = store as Partial<ModerationStore>;
  return typeof s.findByReceipt === 'function' && typeof s.listByReporter === 'function' && typeof s.addAppeal === 'function';
}

const UNKNOWN_RECEIPT = 'This receipt is not known here. It may belong to another site, or be mistyped.';
const NOBODY = 'Send the receipt of your report (Authorization: Receipt …), or sign in.';

/** Who is asking, or the 401 that says how to ask. */
export async function callerOf(ctx: OutcomesContext, request: Request): Promise<Caller | Response> {
  const presented = receiptOf(request);
  if (presented.kind === 'malformed') return json(401, { message: UNKNOWN_RECEIPT }, { 'WWW-Authenticate': 'Receipt' });
  if (presented.kind === 'token') {
    const stored = await ctx.store.findByReceipt(receiptHashOf(presented.receipt));
    // The same answer for a wrong token as for a malformed one: nothing to learn by trying.
    return stored ? { kind: 'receipt', stored } : json(401, { message: UNKNOWN_RECEIPT }, { 'WWW-Authenticate': 'Receipt' });
  }
  const reporter = await reporterOf(ctx, request);
  return reporter ? { kind: 'session', userId: reporter.userId } : json(401, { message: NOBODY }, { 'WWW-Authenticate': 'Receipt' });
}

/** The member a report is about: the reported user, or the author of the reported content when the host named one. */
export function memberOf(report: Report): string | undefined {
  return report.subject.kind === 'user' ? report.subject.userId : report.subject.authorId;
}

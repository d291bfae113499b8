/**
 * Step 5 of a request: store the report once. A repeat (same id, same
 * content) is answered as the first was; the same id with other content is a
 * 422; an id being stored right now (here or, says the store, in another
 * process) is a 409 to retry. `identify` and `onStored` run under the hook
 * time limit: the report is stored whatever they do, and the id is released
 * whatever happens.
 *
 * A newly stored report's 201 carries its receipt (receipt.ts). A repeat
 * carries none: the store keeps one receipt hash per report, written once,
 * so a second token could never work, and handing out the first again would
 * need the token itself, which is never stored. A widget whose first answer
 * was lost follows that report through the session, if any, not a receipt.
 */
import type { Report } from '../report/schema.js';
import { invalid, json, later } from './answers.js';
import { fingerprintOf } from './fingerprint.js';
import { runHook } from './hooks.js';
import { mintReceipt } from './receipt.js';
import type { PutResult, ReceivedImage, ReportStore, StoredReport } from './store.js';

export interface StoreOnce {
  store: ReportStore;
  referenceOf: (id: string) => string;
  identify?: (request: Request) => { userId: string } | undefined | Promise<{ userId: string } | undefined>;
  onStored?: (stored: StoredReport) => void | Promise<void>;
  hookTimeoutMs: number;
  retryAfterSeconds: number;
  /** Ids being stored by this handler right now. */
  inFlight: Set<string>;
}

const stillStoring = (seconds: number) => later(409, 'This report is still being stored; try again shortly.', seconds);

/** The reporter as `identify` knew them; a hook that fails, hangs or answers nonsense leaves the report anonymous. */
export async function reporterOf(how: Pick<StoreOnce, 'identify' | 'hookTimeoutMs'>, request: Request): Promise<{ userId: string } | undefined> {
  const { identify } = how;
  if (!identify) return undefined;
  const outcome = await runHook(() => identify(request), how.hookTimeoutMs);
  if (!outcome.ok || !outcome.value || typeof outcome.value.userId !== 'string' || outcome.value.userId === '') return undefined;
  return { userId: outcome.value.userId };
}

async function put(how: StoreOnce, entry: Parameters<ReportStore['put']>[0]): Promise<PutResult | undefined> {
  try {
    return await how.store.put(entry);
  } catch {
    return undefined;
  }
}

export async function storeOnce(how: StoreOnce, request: Request, report: Report, images: ReceivedImage[]): Promise<Response> {
  if (how.inFlight.has(report.id)) return stillStoring(how.retryAfterSeconds);
  how.inFlight.add(report.id);
  try {
    const fingerprint = fingerprintOf(report, images.map((image) => image.sha256));
    const reporter = await reporterOf(how, request);
    const { receipt, receiptHash } = mintReceipt();
    const result = await put(how, {
      id: report.id,
      reference: how.referenceOf(report.id),
      report,
      fingerprint,
      images,
      ...(reporter ? { reporter } : {}),
      receiptHash,
      receivedAt: new Date().toISOString(),
    });
    // Never echo store internals; the widget keeps the report and retries.
    if (!result) return json(500, { message: 'The report could not be stored; it will be sent again.' });
    if (result.status === 'in-progress') return stillStoring(how.retryAfterSeconds);
    if (result.status === 'exists' && result.stored.fingerprint !== fingerprint) {
      return invalid(422, 'A different report was already sent with this id.', {
        id: 'A different report was already sent with this id.',
      });
    }
    if (result.status === 'created' && how.onStored) {
      const { onStored } = how;
      // The report is stored: a failing or hung notification must not make the client send it again.
      await runHook(() => onStored(result.stored), how.hookTimeoutMs);
    }
    const created = result.status === 'created';
    return json(201, created ? { reference: result.stored.reference, receipt } : { reference: result.stored.reference });
  } finally {
    how.inFlight.delete(report.id);
  }
}

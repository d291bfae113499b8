/**
 * The receiving side (docs/PROTOCOL.md §4, §7) as a Fetch API handler:
 * `(request: Request) => Promise<Response>`, so it runs unchanged in Node's
 * http server (report-concern/server/node), Deno, Bun, workers, or any
 * framework that speaks `Request`/`Response`.
 *
 * A request goes through one module per step, each returning an answer or
 * the next step's input: read the body (read-body.ts), check the
 * attachments (check-attachments.ts), parse the report (parse-report.ts),
 * check the images (check-images.ts), store once (store-once.ts). The
 * handler never throws or rejects: whatever goes wrong is a JSON answer.
 *
 * Two paths below the endpoint serve what became of a report
 * (docs/PROTOCOL.md §9, outcomes/): `GET …/status` and `POST …/appeals`.
 */
import { isAnswer, json, later, tooLarge } from './answers.js';
import { checkAttachments } from './check-attachments.js';
import { checkImages } from './check-images.js';
import { createCors } from './cors.js';
import { parseReport } from './parse-report.js';
import { BODY_BYTES_MAX, readBody } from './read-body.js';
import { canFollow, type OutcomesContext } from './outcomes/context.js';
import { answerOutcome, outcomeRouteOf } from './outcomes/routes.js';
import { defaultReference } from './reference.js';
import { storeOnce, type StoreOnce } from './store-once.js';
import type { ReportStore, StoredReport } from './store.js';

export interface ReportHandlerOptions {
  store: ReportStore;
  /**
   * The reporter as the site knows them (`{ userId }` from its session), or
   * undefined; stored with the report. Runs under `hookTimeoutMs`; when it
   * fails or hangs the report is stored without a reporter.
   */
  identify?: (request: Request) => { userId: string } | undefined | Promise<{ userId: string } | undefined>;
  /** Origins (`https://community.example`) whose pages may send reports here (CORS). */
  allowedOrigins?: readonly string[];
  /** Request headers those pages send beyond the widget's own (`Authorization`, `X-CSRF-Token`). */
  allowedHeaders?: readonly string[];
  /** Bodies read at once; more get 503 with `Retry-After`. Default 8. */
  maxConcurrentUploads?: number;
  /**
   * Called once per newly stored report (not for repeats), after it is
   * stored: notify moderators here. Runs under `hookTimeoutMs`; its failure
   * or silence does not fail the request.
   */
  onStored?: (stored: StoredReport) => void | Promise<void>;
  /** How long `identify` and `onStored` may take. Default 5000 ms. */
  hookTimeoutMs?: number;
  /**
   * The reference a reporter is shown and quotes to support. Must be stable
   * for an id. Default: `RC-` and 12 Crockford base32 digits (60 bits).
   */
  reference?: (id: string) => string;
  /** The clock appeals are timed by (`appealUntil`). Default: the system clock. */
  now?: () => Date;
  /** Seconds a client is asked to wait before sending again (409, 503). Default 1. */
  retryAfterSeconds?: number;
  /** A body that sends nothing for this long is let go with 408 (the widget retries). Default 30000 ms. */
  uploadIdleMs?: number;
}

export type ReportHandler = (request: Request) => Promise<Response>;

const BUSY = 'The receiver is busy; the report will be sent again shortly.';

/** The answer for a request that cannot be a report, before anything is read. */
function refusedUpfront(request: Request): Response | undefined {
  if (request.method !== 'POST') return json(405, { message: 'Reports are sent with POST.' }, { Allow: 'POST, OPTIONS' });
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    return json(400, { message: 'A report is sent as multipart/form-data with a "report" field.' });
  }
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > BODY_BYTES_MAX) {
    return tooLarge('The report and its screenshots are larger than 20 MB.');
  }
  return undefined;
}

/** The five steps, from the body to the answer. */
async function receive(how: StoreOnce, request: Request, idleMs: number): Promise<Response> {
  const body = await readBody(request, idleMs);
  if (isAnswer(body)) return body;
  const attachments = checkAttachments(body);
  if (isAnswer(attachments)) return attachments;
  const report = parseReport(attachments.reportText, request.headers.get('idempotency-key'));
  if (isAnswer(report)) return report;
  const images = await checkImages(report, attachments.files);
  if (isAnswer(images)) return images;
  return storeOnce(how, request, report, images);
}

/** A copy of `answer` with more headers (a Response's own headers may be immutable). */
function withHeaders(answer: Response, headers: Record<string, string>): Response {
  if (Object.keys(headers).length === 0) return answer;
  const merged = new Headers(answer.headers);
  for (const [name, value] of Object.entries(headers)) merged.set(name, value);
  return new Response(answer.body, { status: answer.status, headers: merged });
}

export function createReportHandler(options: ReportHandlerOptions): ReportHandler {
  const maxUploads = options.maxConcurrentUploads ?? 8;
  const retryAfterSeconds = options.retryAfterSeconds ?? 1;
  const idleMs = options.uploadIdleMs ?? 30_000;
  const cors = createCors(options.allowedOrigins, options.allowedHeaders);
  const how: StoreOnce = {
    store: options.store,
    referenceOf: options.reference ?? defaultReference,
    identify: options.identify,
    onStored: options.onStored,
    hookTimeoutMs: options.hookTimeoutMs ?? 5000,
    retryAfterSeconds,
    inFlight: new Set(),
  };
  const outcomes: OutcomesContext | undefined = canFollow(options.store)
    ? { store: options.store, identify: options.identify, hookTimeoutMs: how.hookTimeoutMs, now: options.now ?? (() => new Date()) }
    : undefined;
  let uploads = 0;

  async function answer(request: Request): Promise<Response> {
    const route = outcomeRouteOf(request);
    if (request.method === 'OPTIONS') return cors.preflight(request, route === 'status' ? 'GET' : 'POST');
    if (route) return answerOutcome(outcomes, route, request);
    const refused = refusedUpfront(request);
    if (refused) return refused;
    if (uploads >= maxUploads) return later(503, BUSY, retryAfterSeconds);
    uploads++;
    try {
      return await receive(how, request, idleMs);
    } finally {
      uploads--;
    }
  }

  return async function handleReport(request: Request): Promise<Response> {
    let response: Response;
    try {
      response = await answer(request);
    } catch {
      // A bug or a host object that throws: still a plain answer, and the widget retries.
      response = json(500, { message: 'The report could not be received; it will be sent again.' });
    }
    // Whatever was not read of a refused body is let go (a Node adapter closes the connection).
    if (request.body && !request.bodyUsed) request.body.cancel().catch(() => {});
    return withHeaders(response, cors.headersFor(request));
  };
}

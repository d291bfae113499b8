/**
 * The receiving side of docs/PROTOCOL.md §4 as a Fetch API handler:
 * `(request: Request) => Promise<Response>`, so it runs unchanged in Node's
 * http server (through a small adapter), Deno, Bun, workers, or any framework
 * that speaks `Request`/`Response`.
 */
import { createHash } from 'node:crypto';
import { LIMITS, type ImageType } from '../report/limits.js';
import { checkReport, type Report } from '../report/schema.js';
import { inspectBytes, PIXELS_MAX, TAIL_BYTES, type Refusal } from '../evidence/inspect.js';
import { describeErrors } from './messages.js';
import type { ReceivedImage, ReportStore, StoredReport } from './store.js';

export interface ReportHandlerOptions {
  store: ReportStore;
  /**
   * The reference a reporter is shown and quotes to support. Must be stable
   * for an id. Default: `RC-` and eight hex digits derived from the id.
   */
  reference?: (id: string) => string;
  /** Called once per newly stored report (not for repeats): notify moderators here. */
  onStored?: (stored: StoredReport) => void | Promise<void>;
  /** Seconds a client is asked to wait when its report is still being stored. Default 1. */
  retryAfterSeconds?: number;
}

export type ReportHandler = (request: Request) => Promise<Response>;

/** Multipart framing on top of the limits; a body larger than this is refused unread. */
const FRAMING_ALLOWANCE = 64 * 1024;
const MAX_BODY_BYTES = LIMITS.totalBytesMax + LIMITS.reportJsonBytesMax + FRAMING_ALLOWANCE;

const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

const tooLarge = (message: string) => json(413, { message });
const invalid = (status: 400 | 422, message: string, errors?: Record<string, string>) =>
  json(status, errors ? { message, errors } : { message });

export function defaultReference(id: string): string {
  return `RC-${createHash('sha256').update(id).digest('hex').slice(0, 8).toUpperCase()}`;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

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
 * What identifies a report's content for idempotency: the parsed report and
 * each image's SHA-256, never the raw body (multipart boundaries differ
 * between attempts).
 */
export function fingerprintOf(report: unknown, imageHashes: readonly string[]): string {
  return createHash('sha256').update(canonicalJson(report)).update('\n').update(imageHashes.join(',')).digest('hex');
}

/** Reads at most `max` bytes of a body; `undefined` when it is larger. */
async function readLimited(request: Request, max: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** The same byte-level checks as the widget's (evidence/inspect.ts), worded for a receiver. */
const IMAGE_REFUSALS: Record<Refusal, string> = {
  empty: 'This file is empty.',
  'too-large': 'This file is larger than 10 MB.',
  'not-image': 'This file is not a PNG, JPEG or WebP image.',
  truncated: 'This image is incomplete: it ends before its end marker.',
  'too-many-pixels': `This image declares more than ${PIXELS_MAX / 1e6} million pixels.`,
};

export function createReportHandler(options: ReportHandlerOptions): ReportHandler {
  const { store, onStored } = options;
  const referenceOf = options.reference ?? defaultReference;
  const retryAfter = String(options.retryAfterSeconds ?? 1);
  /** Ids being received by this process right now. */
  const inFlight = new Set<string>();

  return async function handleReport(request: Request): Promise<Response> {
    if (request.method !== 'POST') {
      return json(405, { message: 'Reports are sent with POST.' }, { Allow: 'POST' });
    }
    const contentType = request.headers.get('content-type') ?? '';
    if (!/^multipart\/form-data\s*;/i.test(contentType)) {
      return invalid(400, 'A report is sent as multipart/form-data with a "report" field.');
    }
    const declared = Number(request.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
      return tooLarge('The report and its screenshots are larger than 20 MB.');
    }
    const body = await readLimited(request, MAX_BODY_BYTES);
    if (!body) return tooLarge('The report and its screenshots are larger than 20 MB.');

    let form: FormData;
    try {
      form = await new Request('http://receiver.invalid/', {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
      }).formData();
    } catch {
      return invalid(400, 'The multipart body could not be read.');
    }

    // The attachment limits first: past them the answer is 413 whatever the
    // report says, so the widget tells the reporter to send less (docs/PROTOCOL.md §4).
    const files = form.getAll('screenshots');
    if (files.length > LIMITS.screenshotsMax) {
      return tooLarge(`At most ${LIMITS.screenshotsMax} screenshots can be sent.`);
    }
    let total = 0;
    for (const file of files) {
      if (typeof file === 'string') {
        return invalid(422, 'Screenshots must be files.', { 'evidence.screenshots': 'Screenshots must be files.' });
      }
      if (file.size > LIMITS.screenshotBytesMax) return tooLarge(`Each screenshot can be at most 5 MB.`);
      total += file.size;
    }
    if (total > LIMITS.totalBytesMax) return tooLarge('The screenshots can be at most 20 MB together.');

    const raw = form.get('report');
    if (typeof raw !== 'string') {
      return invalid(400, 'The "report" field is missing.', { report: 'A text field named "report" is required.' });
    }
    if (new TextEncoder().encode(raw).byteLength > LIMITS.reportJsonBytesMax) {
      return tooLarge('The report field is larger than 256 KB.');
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return invalid(400, 'The "report" field is not JSON.', { report: 'This is not valid JSON.' });
    }
    const checked = checkReport(parsed);
    if (!checked.ok && isOnlyTooLarge(checked.errors)) {
      // The report itself declares more or larger screenshots than allowed.
      return tooLarge('The screenshots are more or larger than a report can carry.');
    }
    if (!checked.ok) {
      return invalid(422, 'Some fields of the report are not valid.', describeErrors(checked.errors));
    }
    const report: Report = checked.report;

    const key = request.headers.get('idempotency-key');
    if (key !== null && key !== report.id) {
      return invalid(422, 'The Idempotency-Key header must be the report id.', {
        id: 'The Idempotency-Key header and the report id differ.',
      });
    }

    const metas = report.evidence.screenshots;
    if (files.length !== metas.length) {
      return invalid(422, 'The screenshots do not match the report.', {
        'evidence.screenshots': `The report lists ${metas.length} screenshots but ${files.length} were sent.`,
      });
    }

    if (inFlight.has(report.id)) {
      return json(409, { message: 'This report is still being stored; try again shortly.' }, { 'Retry-After': retryAfter });
    }
    inFlight.add(report.id);
    try {
      const images: ReceivedImage[] = [];
      const errors: Record<string, string> = {};
      for (let i = 0; i < files.length; i++) {
        const file = files[i] as File;
        const meta = metas[i]!;
        const bytes = new Uint8Array(await file.arrayBuffer());
        const inspection = inspectBytes(bytes, bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)), bytes.byteLength);
        const type = inspection.ok ? inspection.type : undefined;
        const field = `evidence.screenshots.${i}`;
        if (!inspection.ok) {
          errors[field] = IMAGE_REFUSALS[inspection.reason];
        } else if (type !== meta.type) {
          errors[field] = `This file is ${type}, but the report says ${meta.type}.`;
        } else if (bytes.byteLength !== meta.size) {
          errors[field] = `This file has ${bytes.byteLength} bytes, but the report says ${meta.size}.`;
        } else {
          images.push({ name: `screenshot-${i + 1}.${extension(type)}`, type, bytes, sha256: sha256(bytes) });
        }
      }
      if (Object.keys(errors).length > 0) {
        return invalid(422, 'Some screenshots are not valid.', errors);
      }

      const fingerprint = fingerprintOf(report, images.map((image) => image.sha256));
      const reference = referenceOf(report.id);
      let result;
      try {
        result = await store.put({ id: report.id, reference, report, fingerprint, images });
      } catch {
        // Never echo store internals; the widget keeps the report and retries.
        return json(500, { message: 'The report could not be stored; it will be sent again.' });
      }
      if (result.status === 'in-progress') {
        return json(409, { message: 'This report is still being stored; try again shortly.' }, { 'Retry-After': retryAfter });
      }
      if (result.status === 'exists') {
        if (result.stored.fingerprint !== fingerprint) {
          return invalid(422, 'A different report was already sent with this id.', {
            id: 'A different report was already sent with this id.',
          });
        }
        return json(201, { reference: result.stored.reference });
      }
      if (onStored) {
        try {
          await onStored(result.stored);
        } catch {
          // The report is stored; a failing notification must not make the client send it again.
        }
      }
      return json(201, { reference: result.stored.reference });
    } finally {
      inFlight.delete(report.id);
    }
  };
}

/** Errors that are all about too many or too large screenshots. */
function isOnlyTooLarge(errors: Record<string, string>): boolean {
  const entries = Object.entries(errors);
  return (
    entries.length > 0 &&
    entries.every(([path, code]) => path.startsWith('evidence.screenshots') && (code === 'too-many' || code === 'too-large'))
  );
}

function extension(type: ImageType): string {
  return type === 'image/jpeg' ? 'jpg' : type.slice('image/'.length);
}

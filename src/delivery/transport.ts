/**
 * One delivery attempt: the multipart POST of docs/PROTOCOL.md §4 and what its
 * answer means. No retries and no storage here; the caller decides.
 */

export interface AttemptFile {
  blob: Blob;
  name: string;
}

export interface AttemptRequest {
  url: string;
  /** The serialised `report` field, sent byte for byte on every attempt. */
  reportJson: string;
  files: readonly AttemptFile[];
  idempotencyKey: string;
  headers: Record<string, string>;
  credentials: RequestCredentials;
  timeoutMs: number;
  signal?: AbortSignal;
}

export type AttemptResult =
  | { kind: 'delivered'; status: number; reference?: string; body?: unknown }
  | {
      kind: 'rejected';
      code: 'validation' | 'auth' | 'too-large';
      status: number;
      message?: string;
      errors?: Record<string, string>;
    }
  /** `retryAfter`: the answer's `Retry-After` as sent; the outbox reads it (delivery/retry-after.ts) when it schedules the next attempt. */
  | { kind: 'retry'; code: 'network' | 'server'; status?: number; retryAfter?: string; cause: string };

export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * The slowest upload an attempt allows for, in bytes per second (200 kbit/s,
 * a poor mobile uplink). Without it, a report with 20 MB of screenshots on
 * such a connection would be cut off at 30 s on every attempt, forever.
 */
export const SLOW_UPLOAD_BYTES_PER_S = 25_000;

/** How long one attempt may take: `timeoutMs` of waiting, plus the time its body needs at a slow upload rate. */
export function attemptTimeoutMs(timeoutMs: number, bodyBytes: number): number {
  return timeoutMs + Math.ceil((bodyBytes / SLOW_UPLOAD_BYTES_PER_S) * 1000);
}

export function buildBody(reportJson: string, files: readonly AttemptFile[]): FormData {
  const body = new FormData();
  // A string value is a text field without a filename, sent as UTF-8.
  body.append('report', reportJson);
  for (const f of files) body.append('screenshots', f.blob, f.name);
  return body;
}

export async function attempt(req: AttemptRequest): Promise<AttemptResult> {
  const controller = new AbortController();
  const bytes = req.files.reduce((sum, f) => sum + f.blob.size, req.reportJson.length);
  const timer = setTimeout(
    () => controller.abort(new DOMException('timeout', 'TimeoutError')),
    attemptTimeoutMs(req.timeoutMs, bytes),
  );
  const onAbort = () => controller.abort(req.signal?.reason);
  req.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await fetch(req.url, {
      method: 'POST',
      body: buildBody(req.reportJson, req.files),
      headers: { ...req.headers, Accept: 'application/json', 'Idempotency-Key': req.idempotencyKey },
      credentials: req.credentials,
      // A redirect would turn the POST into a GET somewhere else: treat it as not delivered.
      redirect: 'manual',
      cache: 'no-store',
      signal: controller.signal,
    });
    const text = response.type === 'opaqueredirect' ? '' : await response.text();
    return classify(response, text);
  } catch {
    const timedOut = controller.signal.aborted && !req.signal?.aborted;
    return { kind: 'retry', code: 'network', cause: timedOut ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
    req.signal?.removeEventListener('abort', onAbort);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}


/** The response table of docs/PROTOCOL.md §4. */
export function classify(response: Response, text: string): AttemptResult {
  const { status } = response;
  if (response.type === 'opaqueredirect' || (status >= 300 && status < 400)) {
    return { kind: 'retry', code: 'server', status, cause: 'redirect' };
  }
  // What counts is the body: a receiver that forgets its Content-Type but
  // answers `{"reference":"…"}` has stored the report; a login page served
  // with 200 by a proxy has not, whatever header it carries.
  const body = text.trim() ? parseJson(text) : undefined;
  const obj = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};

  if (status === 204) return { kind: 'delivered', status };
  if (status >= 200 && status < 300) {
    // A 2xx that is not JSON is often a login page served by a proxy: not proof of delivery.
    if (body === undefined) return { kind: 'retry', code: 'server', status, cause: 'not-json' };
    const reference = typeof obj.reference === 'string' && obj.reference ? obj.reference : undefined;
    return { kind: 'delivered', status, reference, body };
  }
  if (status === 400 || status === 422) {
    return {
      kind: 'rejected',
      code: 'validation',
      status,
      message: typeof obj.message === 'string' ? obj.message : undefined,
      errors: stringRecord(obj.errors),
    };
  }
  if (status === 401 || status === 403) return { kind: 'rejected', code: 'auth', status };
  if (status === 413) return { kind: 'rejected', code: 'too-large', status };
  // 408, 409, 429 and 5xx are passing; anything else (404, 405…) will not
  // fix itself soon, yet the report must not be lost: all are retried.
  const retryAfter = response.headers.get('retry-after') ?? undefined;
  return { kind: 'retry', code: 'server', status, retryAfter, cause: `http-${status}` };
}

function stringRecord(value: unknown): Record<string, string> | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return Object.keys(out).length ? out : undefined;
}

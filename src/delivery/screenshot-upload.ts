/**
 * The same attempt as transport.ts (docs/PROTOCOL.md §4: the same multipart body,
 * Idempotency-Key and answer table), sent with XMLHttpRequest because fetch
 * cannot report upload progress. Used for reports with screenshots while the
 * reporter watches; loaded only then.
 */
import { attemptTimeoutMs, buildBody, classify, type AttemptRequest, type AttemptResult } from './transport.js';

export interface UploadRequest extends AttemptRequest {
  /** Bytes sent so far and in all, as the browser reports them. */
  onProgress?: (loaded: number, total: number) => void;
  /** The whole body has left: from here the receiver may hold the report, so it must not be stopped. */
  onUploaded?: () => void;
}

/**
 * Endpoints seen redirecting in this page, by their URL without hash. XHR
 * cannot be told not to follow a redirect: a 307 or 308 makes the browser
 * post the whole body again to the `Location` before this code hears of it
 * (measured in Chromium: no upload event for the second body, `responseURL`
 * the only trace). So no upload goes to an endpoint before `probe` found it
 * not redirecting, and none after one was seen.
 */
const redirecting = new Set<string>();

/** Endpoints the probe found answering without a redirect in this page. */
const answering = new Set<string>();

/**
 * Whether this attempt may go by XMLHttpRequest. XHR follows redirects
 * (fetch is told not to) and always sends same-origin cookies: so only to
 * the page's own origin (a redirect there stays with the site, and a
 * cross-origin one would need the new origin's consent), to an endpoint not
 * seen redirecting, when no configured headers ride along (a redirect could
 * carry them off, docs/PROTOCOL.md §3) and cookies are not to be omitted.
 * Otherwise the attempt goes by fetch, without a progress bar.
 */
export function canUpload(req: AttemptRequest): boolean {
  const url = new URL(req.url, location.href);
  return (
    url.origin === location.origin &&
    !redirecting.has(withoutHash(url.href)) &&
    Object.keys(req.headers).length === 0 &&
    req.credentials !== 'omit'
  );
}

/** The longest the probe may take before the attempt goes by fetch instead. */
const PROBE_TIMEOUT_MS = 10_000;

/**
 * Whether the endpoint answers without a redirect, asked once per page
 * before the first upload by XHR: an OPTIONS request with `redirect:
 * "manual"`, which a receiver answers from its CORS code without reading a
 * body (docs/PROTOCOL.md §7). A redirect marks the endpoint, so this and
 * every later attempt go by fetch and stop at it; no answer sends this one
 * attempt by fetch and asks again next time. Any other status, 405 included,
 * is an answer. An endpoint that redirects POST but not OPTIONS still gets
 * one body past this, which `upload` then counts as a redirect.
 */
export async function probe(req: AttemptRequest): Promise<boolean> {
  const key = withoutHash(req.url);
  if (answering.has(key)) return true;
  try {
    const response = await fetch(req.url, {
      method: 'OPTIONS',
      redirect: 'manual',
      cache: 'no-store',
      credentials: req.credentials,
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      redirecting.add(key);
      return false;
    }
    answering.add(key);
    return true;
  } catch {
    return false;
  }
}

/** A URL without its hash: what XHR's responseURL is compared by. */
function withoutHash(url: string): string {
  const u = new URL(url, location.href);
  u.hash = '';
  return u.href;
}

/** Statuses whose Response may not have a body. */
const NULL_BODY = new Set([101, 204, 205, 304]);

function headersOf(xhr: XMLHttpRequest): Headers {
  const headers = new Headers();
  for (const line of xhr.getAllResponseHeaders().trim().split(/[\r\n]+/)) {
    const at = line.indexOf(':');
    if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return headers;
}

export function upload(req: UploadRequest): Promise<AttemptResult> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const done = (result: AttemptResult) => {
      req.signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = () => xhr.abort();
    xhr.open('POST', req.url);
    for (const [name, value] of Object.entries(req.headers)) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Idempotency-Key', req.idempotencyKey);
    // XHR sends cookies to its own origin anyway; `include` extends that to others, as with fetch.
    xhr.withCredentials = req.credentials === 'include';
    // As with fetch: the wait, plus the time the body needs on a slow uplink.
    xhr.timeout = attemptTimeoutMs(req.timeoutMs, req.files.reduce((sum, f) => sum + f.blob.size, req.reportJson.length));
    // The body has left when progress reaches its total: Firefox fires the
    // upload's `load` only once the answer starts (a hanging receiver: never).
    let uploaded = false;
    const left = () => {
      if (!uploaded) req.onUploaded?.();
      uploaded = true;
    };
    xhr.upload.onprogress = (e) => {
      req.onProgress?.(e.loaded, e.lengthComputable ? e.total : 0);
      if (e.lengthComputable && e.total > 0 && e.loaded >= e.total) left();
    };
    xhr.upload.onload = left;
    xhr.onload = () => {
      try {
        // XHR follows redirects silently; fetch is told not to. A redirected POST is not a delivery.
        if (xhr.responseURL && withoutHash(xhr.responseURL) !== withoutHash(req.url)) {
          redirecting.add(withoutHash(req.url));
          done({ kind: 'retry', code: 'server', status: xhr.status, cause: 'redirect' });
          return;
        }
        const response = new Response(NULL_BODY.has(xhr.status) ? null : xhr.responseText, {
          status: xhr.status,
          headers: headersOf(xhr),
        });
        done(classify(response, xhr.responseText));
      } catch {
        // An answer this code cannot read (an unusual status): not a delivery, and the attempt must end.
        done({ kind: 'retry', code: 'server', status: xhr.status, cause: 'unreadable' });
      }
    };
    xhr.onerror = () => done({ kind: 'retry', code: 'network', cause: 'network' });
    xhr.ontimeout = () => done({ kind: 'retry', code: 'network', cause: 'timeout' });
    xhr.onabort = () => done({ kind: 'retry', code: 'network', cause: req.signal?.aborted ? 'stopped' : 'network' });
    if (req.signal?.aborted) {
      done({ kind: 'retry', code: 'network', cause: 'stopped' });
      return;
    }
    req.signal?.addEventListener('abort', onAbort, { once: true });
    xhr.send(buildBody(req.reportJson, req.files));
  });
}

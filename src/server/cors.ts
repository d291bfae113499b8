/**
 * Cross-origin endpoints: the preflight and the POST are answered with CORS
 * headers for the origins in `allowedOrigins` only; any other origin gets
 * no CORS header at all, so its browser keeps the answer from its page.
 * Credentials are allowed (cookies for `identify`), which is safe because
 * each origin is named exactly, never `*`. The same holds for the outcome
 * paths below the endpoint: `GET …/status` and `POST …/appeals`.
 */
/**
 * The headers the widget sends on its own: the rest come from the site's
 * config. `Authorization` carries a receipt to `…/status` and `…/appeals`.
 */
const WIDGET_HEADERS = ['Accept', 'Authorization', 'Content-Type', 'Idempotency-Key'];
/** How long a browser may reuse a preflight: ten minutes. */
const PREFLIGHT_MAX_AGE = '600';

export interface Cors {
  /** The CORS headers for an answer to `request` (none for an origin not allowed). */
  headersFor(request: Request): Record<string, string>;
  /** The answer to an OPTIONS request for a path that takes `method` (`GET` for …/status). */
  preflight(request: Request, method: 'GET' | 'POST'): Response;
}

export function createCors(allowedOrigins: readonly string[] = [], allowedHeaders: readonly string[] = []): Cors {
  // Origins compare as the browser serialises them: scheme, host and port, lower case, no slash.
  const origins = new Set(allowedOrigins.map((origin) => new URL(origin).origin));
  const headers = [...new Set([...WIDGET_HEADERS, ...allowedHeaders])].join(', ');
  const allowed = (request: Request) => {
    const origin = request.headers.get('origin');
    return origin !== null && origins.has(origin) ? origin : undefined;
  };
  const headersFor = (request: Request): Record<string, string> => {
    const origin = allowed(request);
    if (!origin) return origins.size > 0 ? { Vary: 'Origin' } : {};
    return {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Credentials': 'true',
      // The widget reads Retry-After to know when to send again.
      'Access-Control-Expose-Headers': 'Retry-After',
      Vary: 'Origin',
    };
  };
  const preflight = (request: Request, method: 'GET' | 'POST'): Response => {
    const cors: Record<string, string> = allowed(request)
      ? {
          'Access-Control-Allow-Methods': method,
          'Access-Control-Allow-Headers': headers,
          'Access-Control-Max-Age': PREFLIGHT_MAX_AGE,
        }
      : {};
    return new Response(null, { status: 204, headers: { ...headersFor(request), ...cors, Allow: `${method}, OPTIONS` } });
  };
  return { headersFor, preflight };
}

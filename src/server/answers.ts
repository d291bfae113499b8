/**
 * The answers the receiving handler gives: always JSON, never cached, never
 * sniffed. Each step of a request (docs/PROTOCOL.md §7) returns either one of
 * these or the next step's input.
 */

const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

/** 413: the reporter must send less; the widget says the screenshots are too large. */
export const tooLarge = (message: string): Response => json(413, { message });

/** 400 (the request itself is broken) or 422 (a field is wrong), with messages by field. */
export function invalid(status: 400 | 422, message: string, errors?: Record<string, string>): Response {
  return json(status, errors ? { message, errors } : { message });
}

/** 409 or 503: try again later; the widget keeps the report and waits `Retry-After` seconds. */
export function later(status: 409 | 503, message: string, retryAfterSeconds: number): Response {
  return json(status, { message }, { 'Retry-After': String(retryAfterSeconds) });
}

/** A step's result: the answer that ends the request, or what the next step works on. */
export type Step<T> = Response | T;

export function isAnswer<T>(step: Step<T>): step is Response {
  return step instanceof Response;
}

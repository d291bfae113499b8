/**
 * Answers of the moderation API: always JSON (or an image's own bytes),
 * never markup, never cached, never sniffed.
 */

const COMMON = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'",
  'Cache-Control': 'private, no-store',
  'Referrer-Policy': 'no-referrer',
};

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...COMMON, ...headers },
  });
}

export const failure = (status: number, message: string, errors?: Record<string, string>) =>
  json(status, errors ? { message, errors } : { message });

export const notFound = (what = 'Nothing is here.') => failure(404, what);

export function image(type: string, bytes: Uint8Array): Response {
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: { 'Content-Type': type, 'Content-Length': String(bytes.byteLength), 'Content-Disposition': 'inline', ...COMMON },
  });
}

/** The largest moderation request body: a decision's texts with room to spare. */
const BODY_MAX = 64 * 1024;

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

/**
 * The JSON body of a POST. Only `application/json`: a form another site
 * submits in a moderator's browser cannot send that type without a CORS
 * preflight, so it cannot decide anything.
 */
export async function readJson(request: Request): Promise<BodyResult> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return { ok: false, response: failure(415, 'Send the body as application/json.') };
  }
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > BODY_MAX) return { ok: false, response: failure(413, 'The body is larger than 64 KB.') };
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > BODY_MAX) {
        await reader.cancel().catch(() => {});
        return { ok: false, response: failure(413, 'The body is larger than 64 KB.') };
      }
      chunks.push(value);
    }
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
  } catch {
    return { ok: false, response: failure(400, 'The body is not JSON.') };
  }
}

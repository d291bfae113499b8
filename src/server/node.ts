/**
 * `report-concern/server/node`: a Fetch handler as a Node listener, for
 * `node:http`, Express and anything that passes Node's `(req, res)`.
 *
 * ```js
 * import { createServer } from 'node:http';
 * import { toNodeListener } from 'report-concern/server/node';
 * createServer(toNodeListener(handle)).listen(8080);
 * // Express: app.post('/api/reports', toNodeListener(handle)), before any body parser
 * ```
 *
 * The body is streamed into the `Request` as it arrives (with backpressure);
 * a client that goes away mid-body makes the stream fail, so nothing is
 * stored and nothing is answered.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type FetchHandler = (request: Request) => Promise<Response>;
export type NodeListener = (req: IncomingMessage, res: ServerResponse, next?: unknown) => void;

/** Headers about one hop of the connection, not about the request. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'expect', 'proxy-connection']);

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };

/**
 * What a body parser leaves behind: body-parser's `req._body`, a stream read
 * to its end, or `req.body` set with the stream touched (Express 4's parsers
 * set `req.body = {}` for types they skip without reading; that body is intact).
 */
function alreadyRead(req: IncomingMessage): boolean {
  const marked = req as IncomingMessage & { body?: unknown; _body?: unknown };
  return marked._body === true || req.readableEnded || (marked.body !== undefined && req.readableDidRead);
}

/** The request body as a web stream that pulls from `req` only as fast as it is read. */
function bodyOf(req: IncomingMessage): ReadableStream<Uint8Array> {
  let settled = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        controller.error(error);
      };
      req.on('data', (chunk: Buffer) => {
        if (settled) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      req.on('end', () => {
        if (settled) return;
        settled = true;
        controller.close();
      });
      req.on('error', fail);
      // Node ≥ 16 emits 'close' on a request whose client went away before its end.
      req.on('close', () => {
        if (!req.complete) fail(new Error('The client went away before the whole body arrived.'));
      });
      req.pause();
    },
    pull() {
      req.resume();
    },
    cancel() {
      settled = true;
      req.pause();
    },
  });
}

function requestOf(req: IncomingMessage, signal: AbortSignal): Request {
  const host = req.headers.host ?? 'localhost';
  const scheme = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  const url = new URL(req.url ?? '/', `${scheme}://${host}`);
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!;
    if (!HOP_BY_HOP.has(name.toLowerCase())) headers.append(name, req.rawHeaders[i + 1]!);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(url, {
    method,
    headers,
    signal,
    ...(hasBody ? { body: bodyOf(req), duplex: 'half' } : {}),
  } as RequestInit);
}

/** Writes the answer, unless the client is gone; closes the connection when part of the body was left unread. */
async function write(req: IncomingMessage, res: ServerResponse, response: Response): Promise<void> {
  const body = new Uint8Array(await response.arrayBuffer());
  if (res.destroyed || res.headersSent) return;
  res.statusCode = response.status;
  for (const [name, value] of response.headers) {
    if (name !== 'set-cookie') res.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('Set-Cookie', cookies);
  // A refused body was not read to its end: the connection cannot carry another request.
  if (!req.complete) res.setHeader('Connection', 'close');
  res.end(body);
}

function failed(res: ServerResponse, status: number, message: string): void {
  if (res.destroyed || res.headersSent) return;
  res.writeHead(status, JSON_HEADERS).end(JSON.stringify({ message }));
}

export function toNodeListener(handler: FetchHandler): NodeListener {
  return (req, res) => {
    if (req.method === 'POST' && alreadyRead(req)) {
      return failed(
        res,
        500,
        'The report handler found the body already read: mount it before any body parser (express.json(), express.urlencoded(), multer).',
      );
    }
    const gone = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    let request: Request;
    try {
      request = requestOf(req, gone.signal);
    } catch {
      return failed(res, 400, 'The request could not be read.');
    }
    handler(request)
      .then((response) => write(req, res, response))
      .catch(() => failed(res, 500, 'The report could not be received; it will be sent again.'));
  };
}

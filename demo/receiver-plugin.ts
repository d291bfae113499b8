/**
 * The demo's receiver: the package's own handlers, mounted into vite's dev
 * and preview servers:
 *
 * - `POST /api/reports`: `createReportHandler` (201 `{ reference }`, 4xx with
 *   `{ message, errors }`);
 * - `/api/moderation/…`: `createModerationHandler`, the moderation API the
 *   moderator page works from (list, one report, screenshots, review,
 *   decision, appeals).
 *
 * The store is made in one place, {@link createDemoStore}. Demo
 * authorization, and only that: a request from this machine (loopback)
 * carrying the `rc-demo-moderator` cookie the moderator page sets acts as
 * that demo moderator. There is no sign-in; a real site checks its own
 * session and roles in `authorize`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { createModerationHandler, createReportHandler } from '../src/server/index.js';
import type { ModerationStore } from '../src/server/store.js';
import { createFsStore } from '../src/server/fs-store.js';

export const API = '/api/reports';
export const MODERATION_API = '/api/moderation';

/** The one place the demo's store is made: the folder store, no setup needed. */
export function createDemoStore(dir: string): ModerationStore {
  return createFsStore({ dir });
}

/** Where reports are kept: `$REPORT_CONCERN_REPORTS_DIR`, else demo/.reports (git-ignored). */
export function reportsDir(root: string): string {
  const fromEnv = process.env.REPORT_CONCERN_REPORTS_DIR;
  return fromEnv ? resolve(fromEnv) : resolve(root, 'demo/.reports');
}

/** Hop-by-hop headers of the Node connection, which mean nothing to a Fetch `Request`. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'host']);

/**
 * The Node request body as a web stream, read only as fast as the handler
 * pulls, so its size limits hold without buffering the whole body here. If
 * the handler stops early (a 413), the rest is drained, not destroyed, so the
 * answer can still be written on the same socket.
 */
function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.pause();
      req.on('data', (chunk: Buffer) => {
        if (cancelled) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      req.on('end', () => {
        if (!cancelled) controller.close();
      });
      req.on('error', (error) => {
        if (!cancelled) controller.error(error);
      });
    },
    pull() {
      req.resume();
    },
    cancel() {
      cancelled = true;
      req.resume();
    },
  });
}

/** A Fetch `Request` for the Node one: full URL, method, headers and a streamed body. */
export function toRequest(req: IncomingMessage): Request {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || name.startsWith(':')) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(url, {
    method,
    headers,
    body: hasBody ? bodyStream(req) : undefined,
    // Required by Node's fetch for a streamed request body.
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit);
}

/** Writes a Fetch `Response` to the Node response. */
async function send(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.end(Buffer.from(await response.arrayBuffer()));
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end(JSON.stringify(body));
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const DEMO_MODERATOR = /(?:^|;\s*)rc-demo-moderator=([a-z0-9-]{1,40})(?:;|$)/;

/**
 * Demo authorization (see above): the moderator named by the cookie, for
 * requests from this machine only; anything else is a 401.
 */
function demoAuthorize(fromLoopback: WeakSet<Request>) {
  return (request: Request): string | undefined => {
    if (!fromLoopback.has(request)) return undefined;
    return DEMO_MODERATOR.exec(request.headers.get('cookie') ?? '')?.[1];
  };
}

export function receiverMiddleware(dir: string): Connect.NextHandleFunction {
  const store = createDemoStore(dir);
  const handle = createReportHandler({
    store,
    onStored: (stored) => console.log(`[receiver] stored ${stored.reference} (${stored.report.category}) in ${dir}`),
  });
  const fromLoopback = new WeakSet<Request>();
  const moderate = createModerationHandler({ store, basePath: MODERATION_API, authorize: demoAuthorize(fromLoopback) });

  async function route(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const method = req.method ?? 'GET';
    const moderation = pathname.startsWith(`${MODERATION_API}/`);
    if (!moderation && pathname !== API) return json(res, 404, { message: 'Not found.' });
    if (!moderation && method !== 'POST') return json(res, 405, { message: 'Reports are sent with POST.' }, { Allow: 'POST' });
    const request = toRequest(req);
    if (moderation && LOOPBACK.has(req.socket.remoteAddress ?? '')) fromLoopback.add(request);
    try {
      return await send(res, await (moderation ? moderate : handle)(request));
    } finally {
      // An answer given before the body was read (400, 401, 405, 413): drain the rest.
      if (!req.readableEnded && !request.bodyUsed) await request.body?.cancel().catch(() => {});
    }
  }

  return (req, res, next) => {
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://demo.invalid').pathname;
    } catch {
      return next();
    }
    if (pathname !== API && !pathname.startsWith(`${API}/`) && !pathname.startsWith(`${MODERATION_API}/`)) return next();
    route(req, res, pathname).catch((error: unknown) => {
      console.error('[receiver]', error);
      if (!res.headersSent) json(res, 500, { message: 'The receiver failed.' });
      else res.destroy();
    });
  };
}

/** Mounts the receiver on `vite` (dev) and `vite preview`, storing in {@link reportsDir}. */
export function receiverPlugin(root: string): Plugin {
  return {
    name: 'report-concern-receiver',
    configureServer(server) {
      server.middlewares.use(receiverMiddleware(reportsDir(root)));
    },
    configurePreviewServer(server) {
      server.middlewares.use(receiverMiddleware(reportsDir(root)));
    },
  };
}

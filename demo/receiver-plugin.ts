/**
 * The demo's receiver: the package's own `createReportHandler` with the
 * folder store, mounted into vite's dev and preview servers, plus the two
 * read-only routes the moderator page uses:
 *
 * - `POST /api/reports`: the real handler through `toNodeListener` (201 `{ reference }`, 4xx with
 *   `{ message, errors }`);
 * - `GET /api/reports`: the stored reports, newest first, as JSON;
 * - `GET /api/reports/<id>/<name>`: one screenshot, by the store.
 *
 * Nothing here builds a path from a request: ids and names go to the store,
 * which accepts only report ids and the image names its receipt lists.
 * These read routes have no access control: they are for a demo on
 * localhost, not for a server on a network.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { createReportHandler } from '../src/server/index.js';
import { createFsStore } from '../src/server/fs-store.js';
import { toNodeListener } from '../src/server/node.js';

export const API = '/api/reports';

/** Where reports are kept: `$REPORT_CONCERN_REPORTS_DIR`, else demo/.reports (git-ignored). */
export function reportsDir(root: string): string {
  const fromEnv = process.env.REPORT_CONCERN_REPORTS_DIR;
  return fromEnv ? resolve(fromEnv) : resolve(root, 'demo/.reports');
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end(JSON.stringify(body));
}

/** `<id>/<name>` after the API prefix, or undefined when it is not exactly two non-empty segments. */
function imagePath(rest: string): { id: string; name: string } | undefined {
  const parts = rest.split('/');
  if (parts.length !== 2) return undefined;
  try {
    const [id, name] = parts.map(decodeURIComponent);
    return id && name && !id.includes('/') && !name.includes('/') ? { id, name } : undefined;
  } catch {
    return undefined; // malformed %-escape
  }
}

export function receiverMiddleware(dir: string): Connect.NextHandleFunction {
  const store = createFsStore({ dir });
  const handle = createReportHandler({
    store,
    onStored: (stored) => console.log(`[receiver] stored ${stored.reference} (${stored.report.category}) in ${dir}`),
  });
  const receive = toNodeListener(handle);

  async function route(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const method = req.method ?? 'GET';
    if (pathname === API) {
      if (method === 'POST') return receive(req, res);
      if (method === 'GET') return json(res, 200, await store.list({ limit: 200 }));
      return json(res, 405, { message: 'Use GET or POST.' }, { Allow: 'GET, POST' });
    }
    const image = imagePath(pathname.slice(API.length + 1));
    if (!image) return json(res, 404, { message: 'Not found.' });
    if (method !== 'GET') return json(res, 405, { message: 'Use GET.' }, { Allow: 'GET' });
    const found = await store.readImage(image.id, image.name);
    if (!found) return json(res, 404, { message: 'No such image.' });
    res.statusCode = 200;
    res.setHeader('Content-Type', found.type);
    res.setHeader('Content-Length', String(found.bytes.byteLength));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'");
    res.setHeader('Content-Disposition', 'inline');
    res.setHeader('Cache-Control', 'private, max-age=3600');
    res.end(Buffer.from(found.bytes.buffer, found.bytes.byteOffset, found.bytes.byteLength));
  }

  return (req, res, next) => {
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://demo.invalid').pathname;
    } catch {
      return next();
    }
    if (pathname !== API && !pathname.startsWith(`${API}/`)) return next();
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

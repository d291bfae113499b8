/**
 * The demo's receiver: the package's own `createReportHandler` with the
 * folder store, mounted into vite's dev and preview servers, plus the two
 * read-only routes the moderator page uses. Nothing here builds a path from
 * a request: ids and names go through the store, which checks them.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { createReportHandler } from '../src/server/index.js';
import { createFsStore } from '../src/server/fs-store.js';

export const API = '/api/reports';

/** Where reports are kept: `REPORT_CONCERN_REPORTS_DIR`, else demo/.reports (git-ignored). */
export function reportsDir(root: string): string {
  return resolve(process.env.REPORT_CONCERN_REPORTS_DIR ?? resolve(root, 'demo/.reports'));
}

function toRequest(req: IncomingMessage, body: Buffer): Request {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name === 'host' || name === 'connection') continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  return new Request(url, { method, headers, body: method === 'GET' || method === 'HEAD' ? undefined : new Uint8Array(body) });
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => done(Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.end(Buffer.from(await response.arrayBuffer()));
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

export function receiverMiddleware(dir: string): Connect.NextHandleFunction {
  const store = createFsStore({ dir });
  const handle = createReportHandler({
    store,
    onStored: (stored) => console.log(`[receiver] stored ${stored.reference} (${stored.report.category}) in ${dir}`),
  });
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://demo');
    if (url.pathname !== API && !url.pathname.startsWith(`${API}/`)) return next();
    void (async () => {
      try {
        if (url.pathname === API && req.method === 'POST') {
          return await send(res, await handle(toRequest(req, await readBody(req))));
        }
        if (url.pathname === API && req.method === 'GET') {
          return json(res, 200, await store.list({ limit: 200 }));
        }
        const [id, name, ...rest] = url.pathname.slice(API.length + 1).split('/').map(decodeURIComponent);
        if (req.method === 'GET' && id && name && rest.length === 0) {
          const image = await store.readImage(id, name);
          if (!image) return json(res, 404, { message: 'No such image.' });
          res.statusCode = 200;
          res.setHeader('Content-Type', image.type);
          res.setHeader('X-Content-Type-Options', 'nosniff');
          res.setHeader('Content-Security-Policy', "default-src 'none'");
          res.setHeader('Content-Disposition', 'inline');
          res.setHeader('Cache-Control', 'private, max-age=3600');
          return res.end(Buffer.from(image.bytes));
        }
        return json(res, req.method === 'POST' ? 405 : 404, { message: 'Not found.' });
      } catch (error) {
        console.error('[receiver]', error);
        if (!res.headersSent) json(res, 500, { message: 'The receiver failed.' });
      }
    })();
  };
}

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

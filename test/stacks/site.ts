/**
 * A small site on node:http for the consumer projects: their server-rendered
 * pages and client bundles, the installed package's one-tag script, and the
 * package's own receiving handler at /api/reports, storing in memory.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { Readable } from 'node:stream';
import type { AddressInfo } from 'node:net';

/** What the site serves: exact paths to bodies, and directories for the rest. */
export interface SiteContent {
  pages: Record<string, string>;
  scripts: Record<string, string>;
  /** Served under `/` when no page or script matches (the package's dist/). */
  staticDir: string;
}

type FetchHandler = (request: Request) => Promise<Response>;

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.map': 'application/json', '.html': 'text/html' };

/** Node's request as a Fetch Request (the body streamed, not read first). */
function toRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    // @ts-expect-error Node's fetch needs `duplex` for a streamed body; lib.dom does not know it.
    duplex: hasBody ? 'half' : undefined,
  });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.end(Buffer.from(await response.arrayBuffer()));
}

export interface Site {
  origin: string;
  close(): Promise<void>;
}

export async function startSite(content: SiteContent, reports: FetchHandler): Promise<Site> {
  let origin = '';
  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', origin).pathname;
    if (path === '/api/reports' || path.startsWith('/api/reports/')) return send(res, await reports(toRequest(req, origin)));
    // Browsers ask for it on their own; a 404 here would read as a broken page.
    if (path === '/favicon.ico') return send(res, new Response(null, { status: 204 }));
    if (path in content.pages) return send(res, new Response(content.pages[path], { headers: { 'content-type': 'text/html' } }));
    if (path in content.scripts) return send(res, new Response(content.scripts[path], { headers: { 'content-type': 'text/javascript' } }));
    const file = normalize(join(content.staticDir, path));
    if (!file.startsWith(content.staticDir)) return send(res, new Response('', { status: 404 }));
    try {
      const body = await readFile(file);
      return send(res, new Response(body, { headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' } }));
    } catch {
      return send(res, new Response('not found', { status: 404 }));
    }
  };
  const server: Server = createServer((req, res) => {
    answer(req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** An HTML document around server-rendered markup and its client bundle. */
export function ssrPage(title: string, rootId: string, markup: string, script: string): string {
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>${title}</title></head>
  <body>
    <div id="${rootId}">${markup}</div>
    <script type="module" src="${script}"></script>
  </body>
</html>
`;
}

/**
 * TEMPORARY: a minimal node:http → Fetch adapter for the many-processes test
 * and the bench, until `toNodeListener` (report-concern/server/node, another
 * branch) is merged; the lead replaces `listenerFor(handler)` with
 * `toNodeListener(handler)` and deletes this file. It streams the request
 * body and the answer, and nothing more (no client-disconnect handling).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

export function listenerFor(handler: (request: Request) => Promise<Response>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined || name.startsWith(':')) continue;
      for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
    }
    const method = req.method ?? 'GET';
    const body = method === 'GET' || method === 'HEAD' ? undefined : (Readable.toWeb(req) as ReadableStream<Uint8Array>);
    const request = new Request(new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`), {
      method,
      headers,
      body,
      duplex: 'half',
    } as RequestInit);
    const response = await handler(request);
    res.writeHead(response.status, [...response.headers]);
    if (response.body) for await (const chunk of response.body) res.write(chunk);
    res.end();
  };
}

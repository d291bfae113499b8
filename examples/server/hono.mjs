// report-concern in a Hono app: Hono speaks Request/Response, so the handler
// is mounted as it is. On Node, serve it with @hono/node-server:
//   import { serve } from '@hono/node-server'; serve({ fetch: app.fetch, port: 8080 });
// On Bun, Deno or workers, export `app` as their fetch handler.
import { Hono } from 'hono';
import { createReportHandler } from 'report-concern/server';
import { createFsStore } from 'report-concern/server/fs';

const handle = createReportHandler({ store: createFsStore({ dir: process.env.REPORTS_DIR ?? './reports' }) });

export const app = new Hono();
app.on(['POST', 'OPTIONS'], '/api/reports', (c) => handle(c.req.raw));

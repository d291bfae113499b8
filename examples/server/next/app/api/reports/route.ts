// report-concern as a Next.js App Router route handler: app/api/reports/route.ts.
// Route handlers receive a Fetch Request and return a Response, so the handler is used as it is.
import { createReportHandler } from 'report-concern/server';
import { createFsStore } from 'report-concern/server/fs';

// The handler uses node:crypto and busboy: the Node.js runtime, not the edge.
export const runtime = 'nodejs';

const handle = createReportHandler({ store: createFsStore({ dir: process.env.REPORTS_DIR ?? './reports' }) });

export function POST(request: Request): Promise<Response> {
  return handle(request);
}

/** The CORS preflight, for pages on other origins listed in `allowedOrigins`. */
export function OPTIONS(request: Request): Promise<Response> {
  return handle(request);
}

// report-concern in an Express 5 app.
// Run: node examples/server/express.mjs (reports land in ./reports).
import express from 'express';
import { pathToFileURL } from 'node:url';
import { createReportHandler } from 'report-concern/server';
import { createFsStore } from 'report-concern/server/fs';
import { toNodeListener } from 'report-concern/server/node';

const handle = createReportHandler({
  store: createFsStore({ dir: process.env.REPORTS_DIR ?? './reports' }),
  // The site's session, as its own middleware left it; stored with the report.
  identify: (request) => {
    const user = request.headers.get('x-demo-user');
    return user ? { userId: user } : undefined;
  },
});

export const app = express();
// Mounted before any body parser: the handler reads the multipart body itself, as it arrives.
app.all('/api/reports', toNodeListener(handle));
app.use(express.json());
app.get('/health', (_req, res) => res.json({ ok: true }));

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) app.listen(8080);

// report-concern behind Node's own http server.
// Run: node examples/server/node-http.mjs (reports land in ./reports).
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { createReportHandler } from 'report-concern/server';
import { createFsStore } from 'report-concern/server/fs';
import { toNodeListener } from 'report-concern/server/node';

const handle = createReportHandler({
  store: createFsStore({ dir: process.env.REPORTS_DIR ?? './reports' }),
  // Pages on these origins may post here (CORS); same-origin pages need nothing.
  allowedOrigins: ['https://community.example'],
});
const reports = toNodeListener(handle);

export const server = createServer((req, res) => {
  if (new URL(req.url ?? '/', 'http://host').pathname === '/api/reports') return reports(req, res);
  res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
});

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) server.listen(8080);

// The bench's HTTP server on 127.0.0.1 (a free port): the built widget, the
// bench pages, Sentry's build, and two receivers that answer like real ones.
//
//   /dist/…                 report-concern's build (`dist` given to startServer)
//   /bench/…, /             the bench pages (bench/page.html at /)
//   /sentry/…               Sentry's page-load bundle (scripts/bench/sentry.mjs)
//   /<sdk version>/….min.js Sentry's lazy add-ons, where `cdnBaseUrl` points
//                           its lazyLoadIntegration (the path Sentry's CDN uses)
//   POST /bench-receiver    201 {"reference":"B-1"}, as report-concern's receiver
//   OPTIONS /bench-receiver 204, as its receiver answers the upload's probe
//   POST /api/1/envelope/   200 {}, as Sentry's ingest
//
// Every response is `no-store`, so each fresh browser context fetches anew.
// `served` lists every file served, for checking the browser's own log.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

function inside(base, rest) {
  const file = resolve(base, decodeURIComponent(rest));
  if (file !== base && !file.startsWith(base + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Starts the server; resolves to `{ server, origin, served, notFound }`. */
export function startServer({ root, dist, sentryDir, sentryVersion }) {
  const served = [];
  const notFound = [];
  const fileFor = (pathname) => {
    if (pathname === '/') return inside(join(root, 'bench'), 'page.html');
    const [, top, ...rest] = pathname.split('/');
    const tail = rest.join('/');
    if (top === 'dist') return inside(dist, tail);
    if (top === 'bench') return inside(join(root, 'bench'), tail);
    if (top === 'sentry' || top === sentryVersion) return inside(sentryDir, `${top === 'sentry' ? '' : 'cdn/'}${tail}`);
    return undefined;
  };
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'POST') {
      req.resume();
      req.on('end', () => {
        if (pathname === '/bench-receiver') {
          res.writeHead(201, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end('{"reference":"B-1"}');
        } else if (/^\/api\/\d+\/envelope\/?$/.test(pathname)) {
          res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end('{}');
        } else {
          res.writeHead(404).end();
        }
      });
      return;
    }
    // The upload's probe before a report with screenshots (delivery/screenshot-upload.ts): answered as report-concern's receiver answers it.
    if (req.method === 'OPTIONS' && pathname === '/bench-receiver') {
      res.writeHead(204, { allow: 'POST, OPTIONS' }).end();
      return;
    }
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = req.method === 'GET' || req.method === 'HEAD' ? fileFor(pathname) : undefined;
    if (!file) {
      notFound.push(pathname);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = readFileSync(file);
    served.push(pathname);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${server.address().port}`, served, notFound })),
  );
}

/**
 * The demo's receiver: the package's own handlers, mounted into vite's dev
 * and preview servers:
 *
 * - `POST /api/reports`: `createReportHandler` through `toNodeListener` (201
 *   `{ reference }`, 4xx with
 *   `{ message, errors }`);
 * - `/api/moderation/…`: `createModerationHandler`, the moderation API the
 *   moderator page works from (list, one report, screenshots, review,
 *   decision, appeals);
 * - `GET /api/confirmations/<report id>.eml`: the confirmation of receipt
 *   the demo wrote for a notice of illegal content (demo/confirmations.ts),
 *   for the moderator page to link.
 *
 * The store is made in one place, `storeFromEnv` (the folder store unless
 * `REPORT_STORE` names a PostgreSQL database). Demo
 * authorization, and only that: a request from this machine (loopback)
 * carrying the `rc-demo-moderator` cookie the moderator page sets acts as
 * that demo moderator. There is no sign-in; a real site checks its own
 * session and roles in `authorize`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { createModerationHandler, createReportHandler } from '../src/server/index.js';
import { storeFromEnv } from './store-from-env.js';
import { toNodeListener } from '../src/server/node.js';
import { confirmationsIn, mailDir } from './confirmations.js';

export const API = '/api/reports';
export const MODERATION_API = '/api/moderation';
export const CONFIRMATIONS = '/api/confirmations';


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

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const DEMO_MODERATOR = /(?:^|;\s*)rc-demo-moderator=([a-z0-9-]{1,40})(?:;|$)/;

/**
 * Demo authorization, part two (part one, loopback only, is in the route):
 * the moderator named by the cookie; without it, a 401.
 */
function demoAuthorize(request: Request): string | undefined {
  return DEMO_MODERATOR.exec(request.headers.get('cookie') ?? '')?.[1];
}

/** The two listeners on the store `storeFromEnv` picks, and the confirmations of receipt written beside. */
async function listeners(dir: string, mail: string) {
  const store = await storeFromEnv(dir);
  const confirmations = confirmationsIn(mail);
  const handle = createReportHandler({
    store,
    async onStored(stored) {
      console.log(`[receiver] stored ${stored.reference} (${stored.report.category})`);
      await confirmations.onStored(stored);
    },
  });
  return {
    receive: toNodeListener(handle),
    moderate: toNodeListener(createModerationHandler({ store, basePath: MODERATION_API, authorize: demoAuthorize })),
    confirmations,
  };
}

/** A confirmation of receipt as a mail file, for a moderator on this machine. */
async function sendConfirmation(res: ServerResponse, confirmations: { read(id: string): Promise<Buffer | undefined> }, name: string): Promise<void> {
  const message = name.endsWith('.eml') ? await confirmations.read(name.slice(0, -'.eml'.length)) : undefined;
  if (!message) return json(res, 404, { message: 'No confirmation was written for this report.' });
  res.statusCode = 200;
  res.setHeader('Content-Type', 'message/rfc822');
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'no-store');
  res.end(message);
}

export function receiverMiddleware(dir: string, mail: string): Connect.NextHandleFunction {
  // Made once, on the first request; a store that cannot start (a wrong
  // REPORT_STORE) answers 500 and says why on the console.
  let ready: ReturnType<typeof listeners> | undefined;

  async function route(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const { receive, moderate, confirmations } = await (ready ??= listeners(dir, mail));
    const moderator = pathname.startsWith(`${MODERATION_API}/`) || pathname.startsWith(`${CONFIRMATIONS}/`);
    // Demo authorization, part one: nothing from another machine.
    if (moderator && !LOOPBACK.has(req.socket.remoteAddress ?? '')) return json(res, 401, { message: 'The demo moderator works from this machine only.' });
    if (pathname.startsWith(`${MODERATION_API}/`)) return moderate(req, res);
    if (pathname.startsWith(`${CONFIRMATIONS}/`)) return sendConfirmation(res, confirmations, pathname.slice(CONFIRMATIONS.length + 1));
    // What became of a report (docs/PROTOCOL.md §9): the same handler answers these two.
    if (pathname === `${API}/status` || pathname === `${API}/appeals`) return receive(req, res);
    if (pathname !== API) return json(res, 404, { message: 'Not found.' });
    if (req.method !== 'POST') return json(res, 405, { message: 'Reports are sent with POST.' }, { Allow: 'POST' });
    return receive(req, res);
  }

  return (req, res, next) => {
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://demo.invalid').pathname;
    } catch {
      return next();
    }
    const ours = [`${API}/`, `${MODERATION_API}/`, `${CONFIRMATIONS}/`].some((prefix) => pathname.startsWith(prefix));
    if (pathname !== API && !ours) return next();
    route(req, res, pathname).catch((error: unknown) => {
      console.error('[receiver]', error);
      if (!res.headersSent) json(res, 500, { message: 'The receiver failed.' });
      else res.destroy();
    });
  };
}

/** Mounts the receiver on `vite` (dev) and `vite preview`, storing in {@link reportsDir}, mail in {@link mailDir}. */
export function receiverPlugin(root: string): Plugin {
  return {
    name: 'report-concern-receiver',
    configureServer(server) {
      server.middlewares.use(receiverMiddleware(reportsDir(root), mailDir(reportsDir(root))));
    },
    configurePreviewServer(server) {
      server.middlewares.use(receiverMiddleware(reportsDir(root), mailDir(reportsDir(root))));
    },
  };
}

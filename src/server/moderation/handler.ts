/**
 * `createModerationHandler({ store, authorize })`: the moderation API as a
 * Fetch handler, `(request: Request) => Promise<Response>`.
 *
 * Paths are relative to `basePath` (default ""): mounted at `/moderation`,
 * pass `basePath: '/moderation'` and the list is `GET /moderation/reports`.
 * Anything outside `basePath` is a 404.
 */
import type { ModerationStore } from '../store.js';
import { failure, notFound } from './http.js';
import * as routes from './routes.js';
import type { Route } from './routes.js';

export interface ModerationHandlerOptions {
  store: ModerationStore;
  /**
   * Who is asking: a moderator id, or undefined (401). Required: there is
   * no open default. Check the site's own session here, and roles.
   */
  authorize: (request: Request) => string | undefined | Promise<string | undefined>;
  /** Where the handler is mounted, e.g. "/moderation"; default "". */
  basePath?: string;
  /** The clock for decision times; for tests. */
  now?: () => Date;
}

export type ModerationHandler = (request: Request) => Promise<Response>;

/** Method and path pattern of each route; `*` is one path segment, passed on as a parameter. */
const TABLE: [string, string[], Route][] = [
  ['GET', ['reports'], routes.listReports],
  ['GET', ['reports', '*'], routes.getReport],
  ['GET', ['reports', '*', 'screenshots', '*'], routes.getScreenshot],
  ['POST', ['reports', '*', 'review'], routes.markInReview],
  ['POST', ['reports', '*', 'decision'], routes.decide],
  ['GET', ['appeals'], routes.listAppeals],
  ['POST', ['appeals', '*', 'decision'], routes.decideAppeal],
];

function matches(pattern: string[], segments: string[]): string[] | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: string[] = [];
  for (const [i, part] of pattern.entries()) {
    if (part === '*') params.push(segments[i]!);
    else if (part !== segments[i]) return undefined;
  }
  return params;
}

/** The path's segments after `basePath`, decoded; undefined when outside it or malformed. */
function segmentsOf(pathname: string, basePath: string): string[] | undefined {
  if (basePath && !pathname.startsWith(`${basePath}/`)) return undefined;
  try {
    return pathname.slice(basePath.length + 1).split('/').map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

export function createModerationHandler(options: ModerationHandlerOptions): ModerationHandler {
  const { store, authorize } = options;
  if (typeof authorize !== 'function') {
    throw new TypeError('createModerationHandler needs authorize(request): there is no open default.');
  }
  if (!store) throw new TypeError('createModerationHandler needs a store.');
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  if (basePath && !basePath.startsWith('/')) throw new TypeError('basePath starts with "/", e.g. "/moderation".');
  const now = options.now ?? (() => new Date());

  async function handle(request: Request): Promise<Response> {
    const moderator = await authorize(request);
    if (typeof moderator !== 'string' || moderator.length === 0) return failure(401, 'Sign in as a moderator.');
    const url = new URL(request.url);
    const segments = segmentsOf(url.pathname, basePath);
    if (!segments) return notFound();
    const allowed: string[] = [];
    for (const [method, pattern, route] of TABLE) {
      const params = matches(pattern, segments);
      if (!params) continue;
      if (method === request.method) return route({ store, moderator, request, url, now, params });
      allowed.push(method);
    }
    if (allowed.length) return withAllow(allowed);
    return notFound();
  }

  return async function handleModeration(request) {
    try {
      return await handle(request);
    } catch {
      // Never echo store or host internals.
      return failure(500, 'The moderation request failed.');
    }
  };
}

function withAllow(allowed: string[]): Response {
  const response = failure(405, `Use ${allowed.join(' or ')} here.`);
  response.headers.set('Allow', allowed.join(', '));
  return response;
}

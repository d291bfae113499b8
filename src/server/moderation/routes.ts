/**
 * The routes of the moderation API (docs/PROTOCOL.md §7), each a function of
 * the moderator, the request and the path's parameters. The store does the
 * work; these check what comes in and shape what goes out.
 */
import { StoreInputError, type AppealQuery, type Changed, type ModerationStore, type StoredReport } from '../store.js';
import { failure, image, json, notFound, readJson } from './http.js';
import { appealDecisionSchema, check, decisionSchema, listQuery, sixMonthsAfter } from './input.js';

export interface RouteContext {
  store: ModerationStore;
  moderator: string;
  request: Request;
  url: URL;
  now: () => Date;
  /** The path's parameters: a report id, a screenshot index, an appeal id. */
  params: string[];
}

export type Route = (context: RouteContext) => Promise<Response>;

/** A report as a moderator sees it: everything but the receipt hash, which only serves the reporter. */
function view(stored: StoredReport) {
  const { receiptHash: _, ...shown } = stored;
  return shown;
}

function refused(result: Changed<unknown> & { ok: false }, what: string): Response {
  return result.reason === 'not-found' ? notFound(`No ${what} with this id.`) : failure(409, `This ${what} was already decided.`);
}

/** A store's answer to a bad cursor is the caller's mistake: 400, with the store's message. */
async function listing(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof StoreInputError) return failure(400, error.message, { cursor: error.message });
    throw error;
  }
}

export const listReports: Route = async ({ store, url }) => {
  const query = listQuery(url.searchParams);
  if (!query.ok) return failure(400, 'Some parameters are not valid.', query.errors);
  return listing(async () => json(200, await store.list(query.value)));
};

export const getReport: Route = async ({ store, params }) => {
  const stored = await store.get(params[0]!);
  return stored ? json(200, view(stored)) : notFound('No report with this id.');
};

export const getScreenshot: Route = async ({ store, params }) => {
  const index = /^\d{1,2}$/.test(params[1]!) ? Number(params[1]) : -1;
  const found = index >= 0 ? await store.readImage(params[0]!, index) : undefined;
  return found ? image(found.type, found.bytes) : notFound('No such screenshot.');
};

export const markInReview: Route = async ({ store, moderator, params, now }) => {
  const result = await store.markInReview(params[0]!, moderator, now().toISOString());
  return result.ok ? json(200, view(result.value)) : refused(result, 'report');
};

export const decide: Route = async ({ store, moderator, request, params, now }) => {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const input = check(decisionSchema, body.value);
  if (!input.ok) return failure(422, 'Some fields of the decision are not valid.', input.errors);
  const decidedAt = now();
  const result = await store.decide(params[0]!, {
    ...input.value,
    decidedBy: moderator,
    decidedAt: decidedAt.toISOString(),
    appealUntil: sixMonthsAfter(decidedAt).toISOString(),
  });
  return result.ok ? json(200, view(result.value)) : refused(result, 'report');
};

export const listAppeals: Route = async ({ store, url }) => {
  const query = listQuery(url.searchParams, ['pending', 'decided']);
  if (!query.ok) return failure(400, 'Some parameters are not valid.', query.errors);
  const { status, limit, cursor } = query.value;
  const appealQuery = { status, limit, cursor } as AppealQuery;
  return listing(async () => json(200, await store.listAppeals(appealQuery)));
};

export const decideAppeal: Route = async ({ store, moderator, request, params, now }) => {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const input = check(appealDecisionSchema, body.value);
  if (!input.ok) return failure(422, 'Some fields of the appeal decision are not valid.', input.errors);
  const result = await store.decideAppeal(params[0]!, { ...input.value, decidedBy: moderator, decidedAt: now().toISOString() });
  return result.ok ? json(200, result.value) : refused(result, 'appeal');
};

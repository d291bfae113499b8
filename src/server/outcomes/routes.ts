/**
 * The two paths under the report endpoint that serve outcomes
 * (docs/PROTOCOL.md §9): `{endpoint}/status` and `{endpoint}/appeals`.
 * Anything else at the endpoint is a report.
 */
import { json } from '../answers.js';
import { appeal } from './appeals.js';
import type { OutcomesContext } from './context.js';
import { status } from './status.js';

export type OutcomeRoute = 'status' | 'appeals';

/** Which outcome route a request is for, by the last segment of its path. */
export function outcomeRouteOf(request: Request): OutcomeRoute | undefined {
  let path: string;
  try {
    path = new URL(request.url).pathname;
  } catch {
    return undefined;
  }
  return path.endsWith('/status') ? 'status' : path.endsWith('/appeals') ? 'appeals' : undefined;
}

export function answerOutcome(ctx: OutcomesContext | undefined, route: OutcomeRoute, request: Request): Promise<Response> | Response {
  const method = route === 'status' ? 'GET' : 'POST';
  if (request.method !== method) return json(405, { message: `Use ${method} here.` }, { Allow: `${method}, OPTIONS` });
  if (!ctx) return json(404, { message: 'This receiver does not keep outcomes: its store cannot look reports up.' });
  return route === 'status' ? status(ctx, request) : appeal(ctx, request);
}

/**
 * `POST {endpoint}/appeals` (docs/PROTOCOL.md §9): the reporter, or the
 * member a decision concerns, contests it once, in at most 2000 code
 * points, until its `appealUntil`. The body is JSON `{ text }` with a
 * receipt; with a session it also names the report: `reference` (one of
 * the reporter's own) or `report` (its id, for the member). Answered with
 * the appeal's reference; a moderator decides it through the moderation API.
 */
import { randomUUID } from 'node:crypto';
import { json } from '../answers.js';
import { readJson } from '../moderation/http.js';
import { appealReference } from '../reference.js';
import type { Appeal, StoredReport } from '../store.js';
import { callerOf, memberOf, type Caller, type OutcomesContext } from './context.js';
import { appealView, type Party } from './view.js';

export const APPEAL_TEXT_MAX = 2000;

type Target = { stored: StoredReport; party: Party };

const refuse = (status: number, message: string, reason?: string, errors?: Record<string, string>) =>
  json(status, { message, ...(reason ? { reason } : {}), ...(errors ? { errors } : {}) });

/** The appeal's text, trimmed, or the 422 that says what is wrong with it. */
function textOf(body: Record<string, unknown>): string | Response {
  const text = typeof body.text === 'string' ? body.text.trim() : '';
  if (!text) return refuse(422, 'Say why the decision is wrong.', 'text', { text: 'Say why the decision is wrong.' });
  if ([...text].length > APPEAL_TEXT_MAX) {
    const message = `An appeal has at most ${APPEAL_TEXT_MAX} characters.`;
    return refuse(422, message, 'text', { text: message });
  }
  return text;
}

/** Which report, and as which party, the caller contests. */
async function targetOf(ctx: OutcomesContext, caller: Caller, body: Record<string, unknown>): Promise<Target | Response> {
  if (caller.kind === 'receipt') return { stored: caller.stored, party: 'reporter' };
  const { userId } = caller;
  if (typeof body.report === 'string' && body.report) {
    const stored = await ctx.store.get(body.report).catch(() => undefined);
    if (!stored) return refuse(404, 'No report has this id.', 'not-found');
    if (stored.reporter?.userId === userId) return { stored, party: 'reporter' };
    if (memberOf(stored.report) === userId && stored.decision) return { stored, party: 'member' };
    return refuse(403, 'This decision is not yours to contest: only its reporter and the member it concerns may.', 'not-yours');
  }
  if (typeof body.reference === 'string' && body.reference) {
    const own = await ctx.store.listByReporter(userId, 100);
    const stored = own.find((s) => s.reference === body.reference);
    return stored ? { stored, party: 'reporter' } : refuse(404, 'None of your reports has this reference.', 'not-yours');
  }
  return refuse(400, 'Say which report: its "reference", or its "report" id.', 'report');
}

/** Why `stored` takes no appeal from `party` at `at`, or undefined when it does. */
function closed(stored: StoredReport, party: Party, at: Date): Response | undefined {
  const { decision } = stored;
  if (!decision) return refuse(409, 'This report has not been decided yet; there is nothing to contest.', 'not-decided');
  if (stored.appeals.some((a) => a.by === party)) return refuse(409, 'This decision has already been contested; one appeal is taken.', 'already-appealed');
  if (at.getTime() > Date.parse(decision.appealUntil)) {
    return refuse(409, `The time to contest this decision ended on ${decision.appealUntil.slice(0, 10)}.`, 'too-late');
  }
  return undefined;
}

export async function appeal(ctx: OutcomesContext, request: Request): Promise<Response> {
  const caller = await callerOf(ctx, request);
  if (caller instanceof Response) return caller;
  const read = await readJson(request);
  if (!read.ok) return read.response;
  const body = read.value && typeof read.value === 'object' ? (read.value as Record<string, unknown>) : {};
  const text = textOf(body);
  if (text instanceof Response) return text;
  const target = await targetOf(ctx, caller, body);
  if (target instanceof Response) return target;
  const at = ctx.now();
  const refused = closed(target.stored, target.party, at);
  if (refused) return refused;
  const id = randomUUID();
  const added: Appeal = {
    id,
    reference: appealReference(),
    reportId: target.stored.id,
    by: target.party,
    text,
    createdAt: at.toISOString(),
    status: 'pending',
  };
  const result = await ctx.store.addAppeal(added);
  if (!result.ok) {
    // Another request got in first (a second tab): say why, as the report stands now.
    const now = await ctx.store.get(target.stored.id);
    return (now && closed(now, target.party, at)) ?? refuse(409, 'This decision could not be contested now.', 'conflict');
  }
  return json(201, appealView(result.value));
}

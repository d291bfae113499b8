/**
 * `GET {endpoint}/status` (docs/PROTOCOL.md §9). A receipt shows its one
 * report. A session shows the reporter's own reports (newest first, at most
 * 50), `?subject=<key>` narrowing them to one subject; and `?report=<id>`
 * adds a decided report about the member themself (the host gave them its
 * id with the news of the decision). Nothing else is ever in the answer.
 */
import { json } from '../answers.js';
import { subjectKey } from '../../report/subject-key.js';
import { callerOf, memberOf, type OutcomesContext } from './context.js';
import { reportView, type ReportView } from './view.js';

async function concerning(ctx: OutcomesContext, id: string | null, userId: string): Promise<ReportView[]> {
  if (!id) return [];
  const stored = await ctx.store.get(id).catch(() => undefined);
  // Undecided reports stay unseen: a member must not learn of a report before a moderator has looked at it.
  if (!stored?.decision || memberOf(stored.report) !== userId || stored.reporter?.userId === userId) return [];
  return [reportView(stored, 'member')];
}

export async function status(ctx: OutcomesContext, request: Request): Promise<Response> {
  const caller = await callerOf(ctx, request);
  if (caller instanceof Response) return caller;
  if (caller.kind === 'receipt') return json(200, { reports: [reportView(caller.stored, 'reporter')] });
  const query = new URL(request.url).searchParams;
  const subject = query.get('subject');
  const own = (await ctx.store.listByReporter(caller.userId))
    .filter((stored) => subject === null || subjectKey(stored.report.subject) === subject)
    .map((stored) => reportView(stored, 'reporter'));
  return json(200, { reports: [...own, ...(await concerning(ctx, query.get('report'), caller.userId))] });
}

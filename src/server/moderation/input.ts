/** What moderators send, checked field by field with messages a person can act on. */
import * as z from 'zod/mini';
import { CATEGORIES } from '../../report/categories.js';
import type { ListQuery, ReportStatus } from '../store.js';

const ACTIONS = ['removed', 'restricted', 'account-suspended', 'warning', 'no-action'] as const;
const STATUSES: readonly ReportStatus[] = ['received', 'in-review', 'decided'];

/** A text that says something: not empty, not only spaces, at most `max` characters. */
const text = (max: number) => z.string().check(z.refine((s) => s.trim().length > 0 && [...s].length <= max));

export const decisionSchema = z.object({
  action: z.enum(ACTIONS),
  ground: z.enum(['law', 'terms']),
  groundDetail: text(500),
  explanation: text(5000),
  automated: z.boolean(),
});
export type DecisionInput = z.infer<typeof decisionSchema>;

export const appealDecisionSchema = z.object({ upheld: z.boolean(), explanation: text(5000) });
export type AppealDecisionInput = z.infer<typeof appealDecisionSchema>;

const MESSAGES: Record<string, string> = {
  action: `Choose one of ${ACTIONS.join(', ')}.`,
  ground: 'The ground is "law" or "terms".',
  groundDetail: 'Name the law or the rule applied (1 to 500 characters).',
  explanation: 'Explain the decision to the people it concerns (1 to 5000 characters).',
  automated: 'Say whether the decision was automated: true or false.',
  upheld: 'Say whether the appeal is upheld: true or false.',
};

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

/** Parses a body; on failure, one message per field at fault. */
export function check<T>(schema: z.ZodMiniType<T>, body: unknown): Checked<T> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { ok: false, errors: { body: 'Send a JSON object.' } };
  const result = z.safeParse(schema, body);
  if (result.success) return { ok: true, value: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'body');
    errors[field] = MESSAGES[field] ?? 'This field is not valid.';
  }
  return { ok: false, errors };
}

/** `?status=&category=&cursor=&limit=` of the report list; errors by parameter. */
export function listQuery(params: URLSearchParams, statuses: readonly string[] = STATUSES): Checked<ListQuery> {
  const query: ListQuery = {};
  const errors: Record<string, string> = {};
  const status = params.get('status');
  if (status) {
    if (statuses.includes(status)) query.status = status as ReportStatus;
    else errors.status = `The status is one of ${statuses.join(', ')}.`;
  }
  const category = params.get('category');
  if (category) {
    if ((CATEGORIES as readonly string[]).includes(category)) query.category = category;
    else errors.category = 'This is not one of the report categories.';
  }
  const limit = params.get('limit');
  if (limit) {
    if (/^\d{1,3}$/.test(limit) && Number(limit) >= 1 && Number(limit) <= 100) query.limit = Number(limit);
    else errors.limit = 'The limit is a whole number from 1 to 100.';
  }
  const cursor = params.get('cursor');
  if (cursor) query.cursor = cursor;
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: query };
}

/** Six calendar months later, on the last day of the month when that day does not exist (31 Aug → 28/29 Feb). */
export function sixMonthsAfter(date: Date): Date {
  const later = new Date(date);
  const day = later.getUTCDate();
  later.setUTCDate(1);
  later.setUTCMonth(later.getUTCMonth() + 6);
  const lastDay = new Date(Date.UTC(later.getUTCFullYear(), later.getUTCMonth() + 1, 0)).getUTCDate();
  later.setUTCDate(Math.min(day, lastDay));
  return later;
}

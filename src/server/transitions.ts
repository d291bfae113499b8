/**
 * The moderation steps as pure functions over a report's mutable part, so
 * every store applies exactly the same rules (docs/PROTOCOL.md §7, §9) and
 * only has to make the read-apply-write atomic in its own way.
 */
import type { Appeal, AppealDecision, Decision, StoredReport } from './store.js';

/** What moderation changes about a report; the rest of a `StoredReport` is written once. */
export type ModerationState = Pick<StoredReport, 'status' | 'history' | 'decision' | 'appeals'>;

/** A step's outcome: the new state (and what to answer), or why it was refused. */
export type Step<T> = { ok: true; state: ModerationState; value: T } | { ok: false; reason: 'conflict' };

/** The state of a report nobody has touched yet. */
export function initialState(receivedAt: string): ModerationState {
  return { status: 'received', history: [{ type: 'received', at: receivedAt, by: 'system' }], appeals: [] };
}

/** received → in-review; already in review is a success that changes nothing. */
export function review(state: ModerationState, by: string, at: string): Step<null> {
  if (state.status === 'in-review') return { ok: true, state, value: null };
  if (state.status !== 'received') return { ok: false, reason: 'conflict' };
  return {
    ok: true,
    state: { ...state, status: 'in-review', history: [...state.history, { type: 'review', at, by }] },
    value: null,
  };
}

/** received | in-review → decided, once. */
export function decide(state: ModerationState, decision: Decision): Step<null> {
  if (state.status === 'decided') return { ok: false, reason: 'conflict' };
  const entry = { type: 'decision' as const, at: decision.decidedAt, by: decision.decidedBy, action: decision.action };
  return { ok: true, state: { ...state, status: 'decided', decision, history: [...state.history, entry] }, value: null };
}

/** One appeal per party, on a decided report, until its `appealUntil`. */
export function appeal(state: ModerationState, added: Appeal): Step<Appeal> {
  const { decision } = state;
  if (state.status !== 'decided' || !decision) return { ok: false, reason: 'conflict' };
  if (Date.parse(added.createdAt) > Date.parse(decision.appealUntil)) return { ok: false, reason: 'conflict' };
  if (state.appeals.some((a) => a.by === added.by)) return { ok: false, reason: 'conflict' };
  const entry = { type: 'appeal' as const, at: added.createdAt, by: added.by, appealId: added.id };
  return {
    ok: true,
    state: { ...state, appeals: [...state.appeals, added], history: [...state.history, entry] },
    value: added,
  };
}

/** pending → decided, once. The caller found the appeal in this state. */
export function decideAppeal(state: ModerationState, appealId: string, decision: AppealDecision): Step<Appeal> {
  const current = state.appeals.find((a) => a.id === appealId);
  if (!current || current.status !== 'pending') return { ok: false, reason: 'conflict' };
  const decided: Appeal = { ...current, status: 'decided', decision };
  const entry = {
    type: 'appeal-decision' as const,
    at: decision.decidedAt,
    by: decision.decidedBy,
    appealId,
    upheld: decision.upheld,
  };
  return {
    ok: true,
    state: {
      ...state,
      appeals: state.appeals.map((a) => (a.id === appealId ? decided : a)),
      history: [...state.history, entry],
    },
    value: decided,
  };
}

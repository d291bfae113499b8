/**
 * What the reporter, or the member a decision concerns, is shown of a
 * report (docs/PROTOCOL.md §9): its reference, category, date and status,
 * the statement of reasons once decided, and their own appeal. Never the
 * other party's identity, words or appeal, nor who moderated it.
 */
import type { Appeal, StoredReport } from '../store.js';

export type Party = Appeal['by'];

export interface DecisionView {
  action: string;
  ground: 'law' | 'terms';
  groundDetail: string;
  explanation: string;
  automated: boolean;
  decidedAt: string;
  appealUntil: string;
}

export interface AppealView {
  reference: string;
  createdAt: string;
  status: Appeal['status'];
  decision?: { upheld: boolean; explanation: string; decidedAt: string };
}

export interface ReportView {
  reference: string;
  category: string;
  createdAt: string;
  status: StoredReport['status'];
  decision?: DecisionView;
  appeal?: AppealView;
}

export function appealView(appeal: Appeal): AppealView {
  const { decision } = appeal;
  return {
    reference: appeal.reference,
    createdAt: appeal.createdAt,
    status: appeal.status,
    ...(decision ? { decision: { upheld: decision.upheld, explanation: decision.explanation, decidedAt: decision.decidedAt } } : {}),
  };
}

export function reportView(stored: StoredReport, party: Party): ReportView {
  const d = stored.decision;
  const appeal = stored.appeals.find((a) => a.by === party);
  return {
    reference: stored.reference,
    category: stored.report.category,
    createdAt: stored.report.createdAt,
    status: stored.status,
    ...(d
      ? {
          decision: {
            action: d.action,
            ground: d.ground,
            groundDetail: d.groundDetail,
            explanation: d.explanation,
            automated: d.automated,
            decidedAt: d.decidedAt,
            appealUntil: d.appealUntil,
          },
        }
      : {}),
    ...(appeal ? { appeal: appealView(appeal) } : {}),
  };
}

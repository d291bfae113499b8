/** The moderation API as the demo page calls it: JSON in, JSON out, errors as messages. */
import type { ListPage, StoredReport } from '../../src/server/store.js';

export const BASE = '/api/moderation';

/** A failed call: the API's message, and its messages by field for a 422. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: Record<string, string> = {},
  ) {
    super(message);
  }
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${BASE}/${path}`, { ...init, headers: { Accept: 'application/json', ...init.headers } });
  const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: Record<string, string> };
  if (!response.ok) throw new ApiError(response.status, body.message ?? `HTTP ${response.status}`, body.errors);
  return body as T;
}

const post = <T>(path: string, body?: unknown) =>
  call<T>(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  });

export type ReportView = Omit<StoredReport, 'receiptHash'>;

export function listReports(query: { status?: string; category?: string; cursor?: string }): Promise<ListPage> {
  const params = new URLSearchParams({ limit: '20' });
  for (const [name, value] of Object.entries(query)) if (value) params.set(name, value);
  return call<ListPage>(`reports?${params}`);
}

export const getReport = (id: string) => call<ReportView>(`reports/${encodeURIComponent(id)}`);
export const markInReview = (id: string) => post<ReportView>(`reports/${encodeURIComponent(id)}/review`);
export const decide = (id: string, decision: unknown) => post<ReportView>(`reports/${encodeURIComponent(id)}/decision`, decision);
export const decideAppeal = (appealId: string, ruling: { upheld: boolean; explanation: string }) =>
  post<unknown>(`appeals/${encodeURIComponent(appealId)}/decision`, ruling);
export const screenshotUrl = (id: string, index: number) => `${BASE}/reports/${encodeURIComponent(id)}/screenshots/${index}`;

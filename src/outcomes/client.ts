/**
 * The two requests of the status view (docs/PROTOCOL.md §9): what became
 * of a report (`GET {endpoint}/status`) and an appeal against its decision
 * (`POST {endpoint}/appeals`). Sent like the report itself: the page's
 * credentials and, where they may go, its configured headers; a receipt
 * when there is one.
 */
import type { AppealView, ReportView } from '../server/outcomes/view.js';

export type { AppealView, ReportView };

export interface Asking {
  /** The report endpoint, absolute. */
  endpoint: string;
  credentials: RequestCredentials;
  headers: Record<string, string>;
  /** Asks about that one report; without it, the session is asked. */
  receipt?: string;
}

export type AppealAnswer = { ok: true; appeal: AppealView } | { ok: false; reason: string };

const TIMEOUT_MS = 15_000;

/** `{endpoint}/{path}`, whether or not the endpoint ends with a slash. */
function below(endpoint: string, path: string): URL {
  const url = new URL(endpoint);
  url.pathname = url.pathname.replace(/\/$/, '') + '/' + path;
  url.search = '';
  return url;
}

function request(a: Asking, init: RequestInit): RequestInit {
  const headers: Record<string, string> = { ...a.headers, Accept: 'application/json' };
  if (a.receipt) headers.Authorization = `Receipt ${a.receipt}`;
  return { ...init, headers: { ...headers, ...(init.headers as Record<string, string>) }, credentials: a.credentials, cache: 'no-store', redirect: 'error', signal: AbortSignal.timeout(TIMEOUT_MS) };
}

const isReport = (r: unknown): r is ReportView =>
  Boolean(r) && typeof (r as ReportView).reference === 'string' && typeof (r as ReportView).status === 'string';

/** The reports the receiver shows this caller (about `subjectKey` when asking the session); none when it cannot say. */
export async function askStatus(a: Asking, subjectKey: string): Promise<ReportView[]> {
  const url = below(a.endpoint, 'status');
  if (!a.receipt) url.searchParams.set('subject', subjectKey);
  try {
    const response = await fetch(url, request(a, {}));
    if (!response.ok) return [];
    const body = (await response.json()) as { reports?: unknown };
    return Array.isArray(body.reports) ? body.reports.filter(isReport) : [];
  } catch {
    return [];
  }
}

export async function sendAppeal(a: Asking, reference: string, text: string): Promise<AppealAnswer> {
  try {
    const response = await fetch(
      below(a.endpoint, 'appeals'),
      request(a, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(a.receipt ? { text } : { reference, text }) }),
    );
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.status === 201 && typeof body.reference === 'string') return { ok: true, appeal: body as unknown as AppealView };
    if (response.status === 401 || response.status === 403) return { ok: false, reason: 'auth' };
    return { ok: false, reason: typeof body.reason === 'string' ? body.reason : 'other' };
  } catch {
    return { ok: false, reason: 'other' };
  }
}

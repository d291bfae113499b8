/**
 * The browser side of the test receiver that web-test-runner serves
 * (test/support/test-endpoint.mjs): each test posts to its own bucket, can
 * queue faults for the next requests, and reads back what actually arrived.
 */

/** What the test receiver recorded about one request to a bucket. */
export interface LoggedRequest {
  method: string;
  url: string;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  /** The parsed `report` part, or undefined when it was missing or not JSON. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary fields
  report: any;
  files: { name: string; type: string; size: number; sha256: string }[];
  /** The status the receiver answered with (0 when it hung up or never answered). */
  status: number;
  /** When it arrived (ms since the epoch, the server's clock). */
  at: number;
}

/** One way the next request to a bucket goes wrong instead of reaching the real handler. */
export type Fault =
  | { status: number; headers?: Record<string, string>; body?: string; delayMs?: number }
  | { hang: true }
  | { destroy: true }
  | { delayMs: number }
  | { redirect: string; status?: 301 | 302 | 303 | 307 | 308; options?: true }
  | { dropResponse: true }
  | { pass: true };

let counter = 0;

export function uniqueBucket(): string {
  counter += 1;
  return `b${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 7)}`;
}

export function bucketUrl(bucket: string): string {
  return new URL(`/__test/reports/${bucket}`, location.href).href;
}

async function ok(response: Response): Promise<Response> {
  if (!response.ok) throw new Error(`test endpoint answered ${response.status}: ${await response.text()}`);
  return response;
}

/** Faults apply in order, one per request; when they run out, the real handler answers. */
export async function queueFaults(bucket: string, faults: Fault[]): Promise<void> {
  await ok(
    await fetch(`/__test/faults/${bucket}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(faults),
    }),
  );
}

/**
 * The requests that reached the bucket, in order. OPTIONS requests (the
 * upload's redirect probe, CORS preflights) are left out unless asked for:
 * most tests count the reports' own requests.
 */
export async function readLog(bucket: string, { withOptions = false } = {}): Promise<LoggedRequest[]> {
  const log = (await (await ok(await fetch(`/__test/log/${bucket}`))).json()) as LoggedRequest[];
  return withOptions ? log : log.filter((l) => l.method !== 'OPTIONS');
}

/** The reports the real handler stored in this bucket, newest first (all pages of the memory store's list). */
export async function readStored(bucket: string): Promise<{ id: string; reference: string; report: unknown }[]> {
  return (await (await ok(await fetch(`/__test/stored/${bucket}`))).json()) as {
    id: string;
    reference: string;
    report: unknown;
  }[];
}

/** The real moderation API over a bucket's store (test-endpoint.mjs), as moderator `mod-test`. */
async function moderate(bucket: string, path: string, body?: unknown): Promise<any> {
  const response = await fetch(`/__test/moderate/${bucket}/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await ok(response)).json();
}

export interface DecisionInput {
  action: 'removed' | 'restricted' | 'account-suspended' | 'warning' | 'no-action';
  ground: 'law' | 'terms';
  groundDetail: string;
  explanation: string;
  automated: boolean;
}

/** Decides the bucket's newest report through the moderation API. */
export async function decideNewest(bucket: string, decision: DecisionInput): Promise<void> {
  const { reports } = await moderate(bucket, 'reports');
  if (!reports.length) throw new Error('nothing to decide in this bucket');
  await moderate(bucket, `reports/${reports[0].id}/decision`, decision);
}

/** Decides the bucket's newest pending appeal through the moderation API; returns its text. */
export async function decideNewestAppeal(bucket: string, upheld: boolean, explanation: string): Promise<string> {
  const { appeals } = await moderate(bucket, 'appeals?status=pending');
  if (!appeals.length) throw new Error('no pending appeal in this bucket');
  await moderate(bucket, `appeals/${appeals[0].id}/decision`, { upheld, explanation });
  return appeals[0].text as string;
}

/** Signs the test page in as `userId` (the receiver's `identify` reads this cookie), or out. */
export function signIn(userId: string | undefined): void {
  document.cookie = userId ? `rc-test-user=${encodeURIComponent(userId)}; path=/` : 'rc-test-user=; path=/; max-age=0';
}

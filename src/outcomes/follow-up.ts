/**
 * The status view's lazy chunk (docs/PROTOCOL.md §9): fetched only when a
 * page asks to follow reports (`receipts` in config) and the dialog opens,
 * or when a receipt is to be kept. It finds the earlier report about the
 * subject (by a receipt kept on this device, or by the session), and shows
 * its status, decision and appeal above the form.
 */
import { mergeStrings, type PartialConfig } from '../config.js';
import { checkEndpoint, headersAllowed, resolveHeaders } from '../delivery/endpoint.js';
import type { FormKit } from '../elements/report-concern-dialog/form/state.js';
import type { OutcomeStrings, Strings } from '../i18n/strings.js';
import type { OutboxEvent } from '../outbox/types.js';
import { askStatus, sendAppeal, type Asking, type ReportView } from './client.js';
import { outcomeWords } from './words.js';
import { keepReceipt, receiptsFor } from './receipts.js';
import { followUpStyles } from './styles.js';
import { panelTemplate, type Appealing } from './templates.js';

/** The most an appeal may say, in code points (as the receiver counts). */
export const APPEAL_MAX = 2000;

/** What the status view needs of the form that opened it. */
export interface FollowUpInput {
  subjectKey: string;
  config: PartialConfig;
  /** The endpoint attribute of the button or dialog, if any. */
  endpoint?: string;
  s: Strings;
  locale: string;
  update(): void;
  announce(words: string): void;
  /** Focuses the first match after the next render. */
  focus(selector: string): void;
}

export interface FollowUp {
  render(): unknown;
}

async function asking(config: PartialConfig, endpoint: string, receipt?: string): Promise<Asking> {
  const headers = headersAllowed(endpoint, config) ? await resolveHeaders(config.headers) : {};
  return { endpoint, credentials: config.credentials ?? 'same-origin', headers, ...(receipt ? { receipt } : {}) };
}

/** The earlier report about the subject, and how to ask about it again; undefined when there is none. */
async function find(input: FollowUpInput): Promise<{ a: Asking; report: ReportView } | undefined> {
  const { config } = input;
  if (config.receipts === 'device') {
    for (const kept of await receiptsFor(input.subjectKey)) {
      const a = await asking(config, kept.endpoint, kept.receipt);
      const [report] = await askStatus(a, input.subjectKey);
      if (report) return { a, report };
    }
    return undefined;
  }
  if (config.receipts !== 'session') return undefined;
  const target = checkEndpoint(input.endpoint || config.endpoint, input.endpoint ? 'element' : 'page', config);
  if (!target.ok) return undefined;
  const a = await asking(config, target.url.href);
  const [report] = await askStatus(a, input.subjectKey);
  return report && { a, report };
}

/** One opening's status view: the report as last heard of, and where its appeal form stands. */
interface Panel {
  input: FollowUpInput;
  o: OutcomeStrings;
  a: Asking;
  report: ReportView;
  appealing: Appealing;
  problem?: string;
}

const count = (t: string) => [...t.trim()].length;

const canContest = ({ report }: Panel) =>
  Boolean(report.decision && !report.appeal && Date.now() <= Date.parse(report.decision.appealUntil));

/** Checks the appeal, sends it, and shows what came of it. */
async function send(p: Panel): Promise<void> {
  const { o, input } = p;
  if (p.appealing.kind !== 'writing') return;
  const { text } = p.appealing;
  const n = count(text);
  if (n === 0 || n > APPEAL_MAX) {
    p.appealing = { kind: 'writing', text, error: n ? o.appealTooLong(APPEAL_MAX) : o.appealRequired };
    input.update();
    return input.focus('#appeal-text');
  }
  p.appealing = { kind: 'sending', text };
  input.update();
  const answer = await sendAppeal(p.a, p.report.reference, text.trim());
  if (answer.ok) {
    p.report = { ...p.report, appeal: answer.appeal };
    p.appealing = { kind: 'closed' };
    input.announce(o.appealPending(answer.appeal.reference));
    input.update();
    return input.focus('.appeal-outcome');
  }
  const reason = answer.reason as keyof OutcomeStrings['refused'];
  const message = o.refused[reason] ?? o.refused.other;
  // A passing failure keeps the text to send again; a refusal that will not change closes the form.
  if (reason === 'other') p.appealing = { kind: 'writing', text, error: message };
  else [p.appealing, p.problem] = [{ kind: 'closed' }, message];
  input.update();
  input.focus(reason === 'other' ? '#appeal-text' : '.follow-up .error');
}

function render(p: Panel): unknown {
  const { input, appealing } = p;
  const move = (next: Appealing, focus: string) => {
    p.appealing = next;
    p.problem = undefined;
    input.update();
    input.focus(focus);
  };
  return panelTemplate({
    s: input.s,
    o: p.o,
    locale: input.locale,
    report: p.report,
    appealing,
    canContest: canContest(p),
    problem: p.problem,
    max: APPEAL_MAX,
    count: appealing.kind === 'closed' ? 0 : count(appealing.text),
    contest: () => move({ kind: 'writing', text: '' }, '#appeal-text'),
    input(value) {
      if (p.appealing.kind === 'writing') p.appealing = { kind: 'writing', text: value };
      input.update();
    },
    send: () => void send(p),
    cancel: () => move({ kind: 'closed' }, '.contest'),
  });
}

/** Keeps the receipt of a delivered report (the form checked `receipts: "device"`). */
export async function keepDelivered(event: Extract<OutboxEvent, { type: 'delivered'; remote?: false }>): Promise<void> {
  const { receipt, reference } = (event.result.body ?? {}) as { receipt?: unknown; reference?: unknown };
  if (typeof receipt !== 'string' || typeof reference !== 'string') return;
  const { subjectKey, endpoint } = event.entry;
  await keepReceipt({ reference, receipt, subjectKey, endpoint, date: new Date().toISOString() });
}

/** Adds the status view's styles to the dialog's shadow root, once. */
function adopt(root: ShadowRoot): void {
  const sheet = followUpStyles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** The earlier report about the form's subject, shown above it; undefined when there is none. */
export async function followUp(kit: FormKit, endpoint: string | undefined): Promise<FollowUp | undefined> {
  const { f } = kit;
  const input: FollowUpInput = {
    subjectKey: kit.key(),
    config: f.config,
    endpoint,
    s: f.s,
    locale: f.locale,
    update: kit.update,
    announce: (words) => (f.announcement = words),
    focus: (selector) => void kit.rendered().then(() => kit.focus(selector)),
  };
  const found = await find(input);
  if (!found) return undefined;
  const o = mergeStrings(await outcomeWords(input.locale), input.s.outcome ?? {});
  const p: Panel = { input, o, a: found.a, report: found.report, appealing: { kind: 'closed' } };
  adopt(kit.host.renderRoot as ShadowRoot);
  input.announce(`${o.title}. ${o.status[p.report.status]}`);
  return { render: () => render(p) };
}

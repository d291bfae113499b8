/**
 * The status view's lazy chunk (docs/PROTOCOL.md §9): fetched only when a
 * page asks to follow reports (`receipts` in config) and the dialog opens,
 * or when a receipt is to be kept. It finds the earlier report about the
 * subject (by a receipt kept on this device, or by the session), and shows
 * its status, decision and appeal above the form.
 */
import { mergeStrings, type PartialConfig } from '../config.js';
import { checkEndpoint, headersAllowed, resolveHeaders } from '../delivery/endpoint.js';
import type { Strings } from '../i18n/strings.js';
import { askStatus, sendAppeal, type Asking, type ReportView } from './client.js';
import en from './en.js';
import { receiptsFor } from './receipts.js';
import { panelTemplate, type Appealing } from './templates.js';

export { keepReceipt } from './receipts.js';
export { followUpStyles } from './styles.js';

/** The most an appeal may say, in code points (as the receiver counts). */
export const APPEAL_MAX = 2000;

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
  const target = checkEndpoint(input.endpoint || config.endpoint, input.endpoint ? 'element' : 'page', config);
  if (!target.ok) return undefined;
  const a = await asking(config, target.url.href);
  const [report] = await askStatus(a, input.subjectKey);
  return report && { a, report };
}

export async function followUp(input: FollowUpInput): Promise<FollowUp | undefined> {
  const found = await find(input);
  if (!found) return undefined;
  const { a } = found;
  const { s, locale, update } = input;
  const o = mergeStrings(en, s.outcome ?? {});
  let report = found.report;
  let appealing: Appealing = { kind: 'closed' };
  let problem: string | undefined;
  const count = (t: string) => [...t.trim()].length;
  const canContest = () =>
    Boolean(report.decision && !report.appeal && Date.now() <= Date.parse(report.decision.appealUntil));

  async function send(): Promise<void> {
    if (appealing.kind !== 'writing') return;
    const { text } = appealing;
    const n = count(text);
    if (n === 0 || n > APPEAL_MAX) {
      appealing = { kind: 'writing', text, error: n ? o.appealTooLong(APPEAL_MAX) : o.appealRequired };
      update();
      return input.focus('#appeal-text');
    }
    appealing = { kind: 'sending', text };
    update();
    const answer = await sendAppeal(a, report.reference, text.trim());
    if (answer.ok) {
      report = { ...report, appeal: answer.appeal };
      appealing = { kind: 'closed' };
      input.announce(o.appealPending(answer.appeal.reference));
      update();
      return input.focus('.appeal-outcome');
    }
    const reason = answer.reason as keyof typeof o.refused;
    const message = o.refused[reason] ?? o.refused.other;
    if (reason === 'other') appealing = { kind: 'writing', text, error: message };
    else [appealing, problem] = [{ kind: 'closed' }, message];
    update();
    input.focus(reason === 'other' ? '#appeal-text' : '.follow-up .error');
  }

  input.announce(`${o.title}. ${o.status[report.status]}`);
  return {
    render: () =>
      panelTemplate({
        s,
        o,
        locale,
        report,
        appealing,
        canContest: canContest(),
        problem,
        max: APPEAL_MAX,
        count: appealing.kind === 'closed' ? 0 : count(appealing.text),
        contest() {
          appealing = { kind: 'writing', text: '' };
          problem = undefined;
          update();
          input.focus('#appeal-text');
        },
        input(value) {
          if (appealing.kind === 'writing') appealing = { kind: 'writing', text: value };
          update();
        },
        send: () => void send(),
        cancel() {
          appealing = { kind: 'closed' };
          update();
          input.focus('.contest');
        },
      }),
  };
}

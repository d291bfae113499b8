/**
 * What a frontend team adds to its pages: the elements and one configure()
 * call. The rest of this file is the demo's event log, so a visitor can
 * watch the report-* events go by (built with textContent only).
 */
import { configure, defineElements } from '../src/index.js';
import { installSwitcher } from './switcher.js';

configure({
  endpoint: '/api/reports',
  // Reopening the dialog on something reported from this browser shows what became of it.
  receipts: 'device',
  helpUrl: '/index.html#safety',
  helpText: 'Contact LinguaLoop Trust & Safety at once, or your local emergency services if you are in danger.',
});
defineElements();
installSwitcher();

const log = document.querySelector<HTMLOListElement>('#event-log');
const EVENTS = ['report-open', 'report-submit', 'report-success', 'report-error', 'report-block-request', 'report-close'] as const;

function summary(type: string, detail: Record<string, unknown>): string {
  switch (type) {
    case 'report-success': {
      const response = detail.response as { reference?: string };
      return `delivered, reference ${response.reference ?? '(none)'}`;
    }
    case 'report-error':
      return `${String(detail.code)}${detail.queued ? ' (saved, will be sent)' : ''}: ${String(detail.message)}`;
    case 'report-close':
      return `outcome ${String(detail.outcome)}`;
    case 'report-block-request':
      return `block member ${String(detail.userId)}`;
    case 'report-submit':
      return `report ${String((detail.report as { id: string }).id).slice(0, 8)}…`;
    default:
      return '';
  }
}

for (const type of EVENTS) {
  document.addEventListener(type, (event) => {
    if (!log) return;
    const item = document.createElement('li');
    const name = document.createElement('code');
    name.textContent = type;
    item.append(name, ` ${summary(type, (event as CustomEvent).detail ?? {})}`);
    log.prepend(item);
  });
}

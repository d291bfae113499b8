/**
 * What the page shows of the outbox's news about reports its dialog is not
 * waiting on itself (delivered later, here or in another tab; discarded in
 * another tab): the marks on the buttons of that subject, and
 * `report-success` on them (or on `document` when no such button is on the
 * page, after a reload for example). Only a report that was not delivered
 * at once has such news, so this loads with the first of it (page.ts).
 */
import { pageConfig } from '../config.js';
import { emit } from '../internal/emit.js';
import { resolveStrings } from '../i18n/resolve.js';
import { pickLocale } from '../i18n/locale.js';
import type { Report } from '../report/schema.js';
import type { OutboxEntry, OutboxEvent } from './outbox.js';
import type { Trigger } from '../elements/report-concern-dialog/contract.js';

/** The trigger buttons on the page for a subject, including those inside open shadow roots. */
export function triggersFor(subjectKey: string, root: Document | ShadowRoot = document): Trigger[] {
  const found: Trigger[] = [];
  const walk = (node: Document | ShadowRoot) => {
    for (const el of node.querySelectorAll<Trigger>('*')) {
      if (el.subjectKey === subjectKey) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return found;
}

function reportOf(entry: OutboxEntry): Report {
  return JSON.parse(entry.reportJson) as Report;
}

/** The mark for a delivered report on every button for its subject, in the language the report was written in. */
async function markDelivered(triggers: Trigger[], reportLocale: string | undefined): Promise<void> {
  if (!triggers.length) return;
  const locale = pickLocale([reportLocale]);
  const { strings } = await resolveStrings(locale, [pageConfig().strings]);
  for (const trigger of triggers) trigger.showMark?.('delivered', strings.markDelivered, locale);
}

/** What the page shows of the outbox's news, for reports its dialog is not waiting on itself. */
export async function show(event: OutboxEvent): Promise<void> {
  const triggers = triggersFor(event.entry.subjectKey);
  if (event.type === 'discarded') {
    // Discarded in another tab: its "saved" mark here is no longer true.
    for (const trigger of triggers) trigger.clearMark?.();
    return;
  }
  if (event.type !== 'delivered') return;
  if (event.remote) {
    // That tab's page told its host; this one updates what it shows.
    await markDelivered(triggers, event.locale);
    return;
  }
  const report = reportOf(event.entry);
  // The mark is there before hosts hear of it.
  await markDelivered(triggers, report.context.locale);
  const { result } = event;
  emit(triggers, 'report-success', {
    report,
    response: { status: result.status, reference: result.reference, body: result.body },
  });
}

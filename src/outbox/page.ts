/**
 * The page's one outbox, shared by every copy of the script, and what the
 * page sees of reports delivered in the background: `report-success` on the
 * button of that subject (or on `document` when no such button is on the
 * page, after a reload for example), and the button's delivered mark. A
 * report delivered or discarded in another tab updates the marks here; its
 * events were that tab's to fire.
 */
import { pageConfig } from '../config.js';
import { headersAllowed, resolveHeaders } from '../delivery/endpoint.js';
import { emit } from '../internal/emit.js';
import { registry } from '../internal/registry.js';
import { resolveStrings } from '../i18n/resolve.js';
import { pickLocale } from '../i18n/locale.js';
import type { Report } from '../report/schema.js';
import { Outbox, openOutboxStorage, type OutboxEntry, type OutboxEvent } from './outbox.js';
import type { Trigger } from '../elements/report-concern-dialog/contract.js';
import { keepReceiptOf } from '../outcomes/keep-receipt.js';

interface OutboxSlot {
  outbox?: Outbox;
  /** Report ids whose current attempt a dialog is waiting on; it reports those itself. */
  foreground?: Set<string>;
}

function slot(): OutboxSlot {
  return registry() as unknown as OutboxSlot;
}

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
async function show(event: OutboxEvent, foreground: Set<string> | undefined): Promise<void> {
  if (foreground?.has(event.entry.id)) return;
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

/** The channel every tab of this site uses for the one outbox they share. */
const CHANNEL = 'report-concern:outbox';

export function outbox(): Outbox {
  const s = slot();
  if (s.outbox) return s.outbox;
  const box = new Outbox({
    storage: openOutboxStorage(),
    channel: CHANNEL,
    headers: async (url) => {
      const config = pageConfig();
      return headersAllowed(url, config) ? resolveHeaders(config.headers) : {};
    },
  });
  s.outbox = box;
  s.foreground ??= new Set();
  box.on((event) => void show(event, s.foreground).catch(() => undefined));
  box.on(keepReceiptOf);
  // Back online: what failed for want of a connection goes now; a server's Retry-After still holds.
  addEventListener('online', () => void box.flush({ online: true }));
  return box;
}

/** Marks an attempt the dialog handles itself, so its events are not sent twice. */
export async function inForeground<T>(id: string, work: () => Promise<T>): Promise<T> {
  outbox();
  const set = slot().foreground!;
  set.add(id);
  try {
    return await work();
  } finally {
    set.delete(id);
  }
}

/**
 * Starts the outbox after a reload: sends what is due (a report's stored
 * `nextAttemptAt` holds across page loads, so a server's Retry-After is
 * honoured), also reports refused as signed out; the rest when due.
 */
export async function resumeOutbox(): Promise<void> {
  await outbox().flush({ includeAuth: true });
}

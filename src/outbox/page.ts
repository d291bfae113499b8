/**
 * The page's one outbox, shared by every copy of the script, and what the
 * page sees of reports delivered in the background: `report-success` on the
 * button of that subject (or on `document` when no such button is on the
 * page, after a reload for example), and the button's delivered mark.
 */
import { pageConfig } from '../config.js';
import { headersAllowed, resolveHeaders } from '../delivery/endpoint.js';
import { emit } from '../internal/emit.js';
import { registry } from '../internal/registry.js';
import { resolveStrings } from '../i18n/resolve.js';
import { pickLocale } from '../i18n/locale.js';
import type { Report } from '../report/schema.js';
import { Outbox, openOutboxStorage, type OutboxEntry } from './outbox.js';
import type { Trigger } from '../elements/report-concern-dialog/contract.js';


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

export function outbox(): Outbox {
  const s = slot();
  if (s.outbox) return s.outbox;
  const box = new Outbox({
    storage: openOutboxStorage(),
    headers: async (url) => {
      const config = pageConfig();
      return headersAllowed(url, config) ? resolveHeaders(config.headers) : {};
    },
  });
  s.outbox = box;
  s.foreground ??= new Set();
  box.on(async (event) => {
    if (s.foreground?.has(event.entry.id)) return;
    if (event.type !== 'delivered') return;
    const report = reportOf(event.entry);
    const triggers = triggersFor(event.entry.subjectKey);
    if (triggers.length) {
      // The mark speaks the language the report was written in, and is there before hosts hear of it.
      const locale = pickLocale([report.context.locale]);
      const { strings } = await resolveStrings(locale, [pageConfig().strings]);
      for (const trigger of triggers) trigger.showMark?.('delivered', strings.markDelivered, locale);
    }
    const { result } = event;
    emit(triggers, 'report-success', {
      report,
      response: { status: result.status, reference: result.reference, body: result.body },
    });
  });
  addEventListener('online', () => void box.flush({ force: true }));
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

/** Starts the outbox after a reload: sends what waits, also reports refused as signed out. */
export async function resumeOutbox(): Promise<void> {
  await outbox().flush({ force: true, includeAuth: true });
}

/**
 * The page's one outbox, shared by every copy of the script. What the page
 * shows of reports delivered in the background (marks, `report-success`) is
 * news.ts, loaded with the first such news; a report delivered or discarded
 * in another tab updates the marks here, its events were that tab's to fire.
 */
import { pageConfig } from '../config.js';
import { headersAllowed, resolveHeaders } from '../delivery/endpoint.js';
import { registry } from '../internal/registry.js';
import { createOutbox, openOutboxStorage, type Outbox } from './outbox.js';
import { keepReceiptOf } from '../outcomes/keep-receipt.js';

interface OutboxSlot {
  outbox?: Outbox;
  /** Report ids whose current attempt a dialog is waiting on; it reports those itself. */
  foreground?: Set<string>;
}

function slot(): OutboxSlot {
  return registry() as unknown as OutboxSlot;
}

/** The channel every tab of this site uses for the one outbox they share. */
const CHANNEL = 'report-concern:outbox';

export function outbox(): Outbox {
  const s = slot();
  if (s.outbox) return s.outbox;
  const box = createOutbox({
    storage: openOutboxStorage(),
    channel: CHANNEL,
    headers: async (url) => {
      const config = pageConfig();
      return headersAllowed(url, config) ? resolveHeaders(config.headers) : {};
    },
  });
  s.outbox = box;
  s.foreground ??= new Set();
  const foreground = s.foreground;
  box.on((event) => {
    // The dialog tells of its own attempts; news of any other delivery or discard loads what shows it.
    if (foreground.has(event.entry.id) || (event.type !== 'delivered' && event.type !== 'discarded')) return;
    void import('./news.js').then(({ show }) => show(event)).catch(() => undefined);
  });
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

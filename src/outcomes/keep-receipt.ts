/**
 * Keeps the receipt of a report this page delivered, with `receipts:
 * "device"` in config only (docs/PROTOCOL.md §9): by default nothing about
 * a delivered report stays on the device. Part of the form's chunk; the
 * IndexedDB code loads with the status view's chunk, and only then.
 */
import { pageConfig } from '../config.js';
import { loadOutcomes } from './load.js';
import type { OutboxEvent } from '../outbox/types.js';

export function keepReceiptOf(event: OutboxEvent): void {
  if (event.type !== 'delivered' || event.remote || pageConfig().receipts !== 'device') return;
  const body = event.result.body as { receipt?: unknown; reference?: unknown } | undefined;
  const { receipt, reference } = body ?? {};
  if (typeof receipt !== 'string' || typeof reference !== 'string') return;
  const { subjectKey, endpoint } = event.entry;
  void loadOutcomes()
    .then((m) => m.keepReceipt({ reference, receipt, subjectKey, endpoint, date: new Date().toISOString() }))
    .catch(() => undefined);
}

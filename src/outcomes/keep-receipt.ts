/**
 * Keeps the receipt of a report this page delivered, with `receipts:
 * "device"` in config only (docs/PROTOCOL.md §9): by default nothing about
 * a delivered report stays on the device. Part of the form's chunk; what
 * it keeps, and the IndexedDB code, load with the status view's chunk.
 */
import { pageConfig } from '../config.js';
import type { OutboxEvent } from '../outbox/types.js';
import { loadOutcomes } from './load.js';

export function keepReceiptOf(event: OutboxEvent): void {
  if (event.type === 'delivered' && !event.remote && pageConfig().receipts === 'device') {
    loadOutcomes().then((m) => m.keepDelivered(event), () => undefined);
  }
}

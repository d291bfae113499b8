/**
 * The form's subscription to the page's outbox, held only while the dialog
 * is in the document: a removed dialog leaves nothing behind that keeps it
 * (and every report it showed) in memory.
 */
import type { ReactiveControllerHost } from '@lit/reactive-element';
import type { OutboxEvent } from '../../../../outbox/outbox.js';
import { outbox } from '../../../../outbox/page.js';

export function watchOutbox(host: ReactiveControllerHost, listener: (event: OutboxEvent) => void): void {
  let stop: (() => void) | undefined;
  host.addController({
    hostConnected() {
      stop ??= outbox().on(listener);
    },
    hostDisconnected() {
      stop?.();
      stop = undefined;
    },
  });
}

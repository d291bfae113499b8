/**
 * While a report with screenshots uploads: how far it is, and Stop. The
 * attempt that reports progress loads with it (screenshot-progress.ts).
 */
import { attempt } from '../../../../delivery/transport.js';
import type { Sender } from '../../../../outbox/outbox.js';

export interface Upload {
  percent: number;
  stop: AbortController;
  /** The whole body has left, so Stop is gone (the receiver may already hold the report; stopping then could only make a second one). */
  sent: boolean;
}

export function createUpload(update: () => void) {
  let current: Upload | undefined;
  return {
    get current(): Upload | undefined {
      return current;
    },

    /** A new opening: an upload from before keeps going in the background, its bar and Stop belong to that form. */
    reset(): void {
      current = undefined;
    },

    stop(): void {
      current?.stop.abort();
    },

    async via(): Promise<Sender> {
      const { watchedSender } = await import('./screenshot-progress.js');
      return watchedSender({
        attempt,
        show(watch) {
          if (current) return;
          current = watch;
          update();
        },
        isShown: (watch) => current === watch,
        update,
      });
    },
  };
}

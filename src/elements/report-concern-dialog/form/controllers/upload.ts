/**
 * While a report with screenshots uploads: how far it is, and Stop. The
 * attempt that reports progress (screenshot-progress.ts) loads with the
 * screenshots' work.
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
      // In the screenshots' chunk (evidence-work.ts), loaded with the first one.
      const { watchedSender } = await import('./evidence-work.js');
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

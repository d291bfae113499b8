/**
 * While a report with screenshots uploads: how far it is, and Stop. The
 * attempt goes by XMLHttpRequest, whose upload progress feeds the bar, or
 * by fetch where XHR may not go (delivery/screenshot-upload.ts).
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
      const { upload, canUpload } = await import('../../../../delivery/screenshot-upload.js');
      const watch: Upload = { percent: 0, stop: new AbortController(), sent: false };
      return (request) => {
        if (!canUpload(request)) return attempt(request);
        if (!current) {
          current = watch;
          update();
        }
        return upload({
          ...request,
          signal: watch.stop.signal,
          onProgress: (loaded, total) => {
            if (current !== watch || !total) return;
            watch.percent = Math.min(100, Math.floor((loaded / total) * 100));
            update();
          },
          onUploaded: () => {
            watch.sent = true;
            if (current === watch) update();
          },
        });
      };
    },
  };
}

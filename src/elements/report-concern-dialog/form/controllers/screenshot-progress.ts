/**
 * The upload controller's attempt with progress: by XMLHttpRequest, whose
 * upload events feed the bar, or by fetch where XHR may not go
 * (delivery/screenshot-upload.ts). Only a report with screenshots is sent
 * this way, so it loads with the first one that is sent.
 */
import { canUpload, probe, upload } from '../../../../delivery/screenshot-upload.js';
import type { Sender } from '../../../../outbox/outbox.js';
import type { Upload } from './upload.js';

export interface Watcher {
  /** The plain attempt (transport.ts), passed in so this chunk shares no module with the form's. */
  attempt: Sender;
  /** Shows `watch` as the upload under way, unless another already shows. */
  show(watch: Upload): void;
  isShown(watch: Upload): boolean;
  update(): void;
}

export function watchedSender({ attempt, show, isShown, update }: Watcher): Sender {
  const watch: Upload = { percent: 0, stop: new AbortController(), sent: false };
  return async (request) => {
    // Asked before the bar shows: a redirecting endpoint gets fetch, and no bar stuck at 0 %.
    if (!canUpload(request) || !(await probe(request))) return attempt(request);
    show(watch);
    return upload({
      ...request,
      signal: watch.stop.signal,
      onProgress: (loaded, total) => {
        if (!isShown(watch) || !total) return;
        watch.percent = Math.min(100, Math.floor((loaded / total) * 100));
        update();
      },
      onUploaded: () => {
        watch.sent = true;
        if (isShown(watch)) update();
      },
    });
  };
}

/**
 * Screenshots in the form: chosen, pasted or dropped files checked and
 * processed one at a time (evidence/, loaded with the first file), removed,
 * or redacted in the editor. Refusals are named per file.
 */
import { LIMITS } from '../../../../report/limits.js';
import type { Strings } from '../../../../i18n/strings.js';
import { iso, refusalOf } from '../messages.js';
import { shotOf, type Shot, type Values } from '../values.js';

/** Image checks and processing load with the first file, never with the form. */
const loadEvidence = () => import('../../../../evidence/screenshots.js');

export interface EvidenceHost {
  values(): Values;
  strings(): Strings;
  /** Files are taken only while the form is being filled in (not while sending, nor on the thank-you). */
  editing(): boolean;
  dialog(): HTMLDialogElement;
  root(): ShadowRoot;
  /** Files are being added: an error about the screenshots no longer holds. */
  started(): void;
  update(): void;
  /** The screenshots changed: say `announcement`, keep them in the draft, render. */
  changed(announcement: string): void;
  rendered(): Promise<unknown>;
}

export function createEvidence(h: EvidenceHost) {
  const { values, strings, update, changed, rendered, root, editing } = h;
  let queue: Promise<void> = Promise.resolve();
  /** What the reporter is told about the last files: refusals, the limit. */
  let messages: string[] = [];
  let dragDepth = 0;
  let redacting = false;

  const say = (message: string) => {
    messages = [message];
    update();
  };
  const replace = (shots: Shot[], announcement: string) => {
    values().shots = shots;
    changed(announcement);
  };
  const focusIn = async (selector: string, index: number) => {
    await rendered();
    const items = root().querySelectorAll<HTMLElement>(selector);
    (items[Math.min(index, items.length - 1)] ?? root().querySelector<HTMLElement>('#files'))?.focus();
  };

  /** Adds files in order, one at a time, so the count can never pass the limit. */
  const add = (files: File[]): Promise<void> => {
    messages = [];
    h.started();
    queue = queue.then(async () => {
      const s = strings();
      let over = false;
      for (const file of files) {
        if (values().shots.length >= LIMITS.screenshotsMax) {
          over = true;
          continue;
        }
        const evidence = await loadEvidence();
        const result = await evidence.prepareScreenshot(file);
        if (result.ok) values().shots = [...values().shots, shotOf(result.shot)];
        else messages.push(refusalOf(s, file.name || 'image', result.reason, evidence.PIXELS_MAX));
        update();
      }
      if (over) messages.push(s.errors.tooManyFiles(LIMITS.screenshotsMax));
      changed(s.screenshotsCount(values().shots.length, LIMITS.screenshotsMax));
    });
    return queue;
  };

  /** Opens the editor and replaces the screenshot with the redacted one. */
  const redactOnce = async (shot: Shot) => {
    const [{ openEditor }, evidence] = await Promise.all([import('../../../../evidence/screenshot-editor.js'), loadEvidence()]);
    const p = shot.prepared;
    const s = strings();
    const boxes = await openEditor({ container: h.dialog(), image: p.blob, width: p.width, height: p.height, name: p.sourceName, strings: s.evidence });
    const index = values().shots.indexOf(shot);
    if (boxes && index >= 0) {
      const prepared = await evidence.redactScreenshot(p, boxes);
      // Re-encoded larger than a screenshot may be (a JPEG fallback): keep the one before.
      if (prepared.blob.size > LIMITS.screenshotBytesMax) return say(refusalOf(s, p.sourceName, 'too-large-output', 0));
      URL.revokeObjectURL(shot.url);
      // A new key: the report built before this is not the one to send any more.
      replace(values().shots.map((x) => (x === shot ? shotOf(prepared) : x)), s.evidence.redacted(iso(p.sourceName)));
    }
    await focusIn('.files .redact', index);
  };

  const takes = (event: DragEvent | ClipboardEvent, files: FileList | undefined) => {
    if (!files?.length || !editing()) return;
    event.preventDefault();
    void add([...files]);
  };

  return {
    get messages(): readonly string[] {
      return messages;
    },
    get dragging(): boolean {
      return dragDepth > 0;
    },
    /** Settles once every file given so far is in (or refused). */
    idle: () => queue,
    reset(next: string[] = []): void {
      messages = next;
      dragDepth = 0;
    },
    add,

    remove(shot: Shot, index: number): void {
      URL.revokeObjectURL(shot.url);
      messages = [];
      replace(values().shots.filter((x) => x !== shot), strings().screenshotRemoved(iso(shot.prepared.sourceName)));
      void focusIn('.files .remove', index);
    },

    /** One editor at a time, even when the button is pressed twice before it loads. */
    async redact(shot: Shot): Promise<void> {
      if (redacting) return;
      redacting = true;
      try {
        await redactOnce(shot);
      } catch {
        // The editor could not load or the image could not be redone: the screenshot stays as it was.
        say(strings().evidence.unreadable(iso(shot.prepared.sourceName)));
      } finally {
        redacting = false;
      }
    },

    onChosen(event: Event): void {
      const input = event.target as HTMLInputElement;
      const files = [...(input.files ?? [])];
      input.value = '';
      void add(files);
    },
    onPaste(event: ClipboardEvent): void {
      takes(event, event.clipboardData?.files);
    },
    onDragOver(event: DragEvent): void {
      if (!event.dataTransfer?.types.includes('Files') || !editing()) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    onDragEnter(event: DragEvent): void {
      if (!event.dataTransfer?.types.includes('Files')) return;
      dragDepth++;
      update();
    },
    onDragLeave(): void {
      dragDepth = Math.max(0, dragDepth - 1);
      update();
    },
    onDrop(event: DragEvent): void {
      dragDepth = 0;
      takes(event, event.dataTransfer?.files);
    },
  };
}

/**
 * Screenshots in the form: chosen, pasted, dropped or captured files checked
 * and processed one at a time (evidence/, loaded with the first file),
 * removed, or redacted in the editor. Refusals are named per file.
 */
import { LIMITS } from '../../../../report/limits.js';
import { trustedScriptUrl } from '../../../../internal/trusted-types.js';
import type { Strings } from '../../../../i18n/strings.js';
import { shotOf, type Shot, type Values } from '../values.js';

type WorkChunk = typeof import('./evidence-work.js');

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
  /** Files given and not yet in (or refused). */
  let pending = 0;
  /** The screenshots' chunk, once loaded: it shows the list of screenshots (templates/screenshot-list.ts). */
  let loaded: WorkChunk | undefined;

  /** Checking, processing, redacting and listing images load with the first file, never with the form. */
  const loadWork = () =>
    import('./evidence-work.js').then((w) => {
      w.adoptListStyles(root());
      return (loaded = w);
    });

  const say = (message: string) => {
    messages = [message];
    update();
  };
  const replace = (shots: Shot[], announcement: string) => {
    values().shots = shots;
    changed(announcement);
  };
  const work = { h, shotOf, max: LIMITS.screenshotsMax, bytesMax: LIMITS.screenshotBytesMax, trust: trustedScriptUrl };
  const focusIn = async (selector: string, index: number) => {
    await rendered();
    const items = root().querySelectorAll<HTMLElement>(selector);
    (items[Math.min(index, items.length - 1)] ?? root().querySelector<HTMLElement>('#files'))?.focus();
  };

  const add = (files: File[]): Promise<void> => {
    messages = [];
    h.started();
    pending++;
    queue = queue
      .then(async () => {
        const chunk = await loadWork().catch(() => undefined);
        // Offline since the form opened, with the screenshots' code never loaded: say so, keep the form as it is.
        if (!chunk) return say(strings().evidence.notAdded);
        changed(await chunk.addFiles(files, work, (message) => messages.push(message)));
      })
      .finally(() => void pending--);
    return queue;
  };

  /** What the list's actions (evidence-work.ts `redactShot`, `removeShot`) use of this controller. */
  const kit = {
    work,
    say,
    replace,
    focusIn,
    clear: () => void (messages = []),
  };

  /** One editor at a time, even when the button is pressed twice before it loads. Only the list (in the loaded chunk) offers it. */
  const redact = async (shot: Shot): Promise<void> => {
    if (redacting) return;
    redacting = true;
    try {
      await loaded!.redactShot(shot, kit);
    } finally {
      redacting = false;
    }
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
    /** Files are still being taken in, or the editor is open: the form is not free for another subject. */
    get busy(): boolean {
      return pending > 0 || redacting;
    },
    /** The screenshots' chunk, when loaded: the list of screenshots and the upload's bar render with it. */
    get work(): WorkChunk | undefined {
      return loaded;
    },
    /**
     * Settles once the list of screenshots can render: awaited before the
     * form shows screenshots it did not take in itself (a draft, a refused
     * report), so they never appear a moment late. Should the chunk not
     * load (offline), the screenshots stay in the form and are counted.
     */
    shown: (): Promise<unknown> => loadWork().catch(() => undefined),
    /** Settles once every file given so far is in (or refused). */
    idle: () => queue,
    reset(next: string[] = []): void {
      messages = next;
      dragDepth = 0;
    },
    add,

    /** Only the list (in the loaded chunk) offers Remove. */
    remove: (shot: Shot, index: number) => loaded!.removeShot(shot, index, kit),

    redact,

    /**
     * "Capture this page": its code loads now (evidence-capture.ts). A frame
     * that could not be added is told as a capture the browser did not
     * allow (the reporter can add a file); code that would not load
     * (offline) as screenshots that could not be added.
     */
    capture: (): Promise<void> =>
      import('./evidence-capture.js').then(
        (c) => c.capture({ h, add, say, redact, focusIn }).catch(() => say(strings().evidence.captureDenied)),
        () => say(strings().evidence.notAdded),
      ),

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

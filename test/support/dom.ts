/**
 * Helpers that drive the real elements the way a person does: through the
 * rendered controls inside their shadow roots.
 */
import '../../src/report-concern.js';
import { aTimeout } from '@open-wc/testing';
import type { ReportConcernDialog } from '../../src/elements/report-concern-dialog/report-concern-dialog.js';

export function theDialog(): ReportConcernDialog {
  const dialog = document.querySelector('report-concern-dialog');
  if (!dialog) throw new Error('no <report-concern-dialog> in the document');
  return dialog;
}

export function inDialog<T extends Element = HTMLElement>(selector: string): T {
  const el = theDialog().shadowRoot!.querySelector<T>(selector);
  if (!el) throw new Error(`nothing matches ${selector} in the dialog`);
  return el;
}

export function maybeInDialog<T extends Element = HTMLElement>(selector: string): T | null {
  return document.querySelector('report-concern-dialog')?.shadowRoot?.querySelector<T>(selector) ?? null;
}

export function nativeDialog(): HTMLDialogElement {
  return inDialog<HTMLDialogElement>('dialog');
}

/** Polls until `check` returns something truthy (the UI updates asynchronously). */
export async function waitFor<T>(check: () => T, what = 'condition', timeout = 5000): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    try {
      const value = check();
      if (value) return value as NonNullable<T>;
    } catch {
      // not there yet
    }
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await aTimeout(20);
  }
}

export function innerButton(host: Element): HTMLButtonElement {
  return host.shadowRoot!.querySelector('button')!;
}

/** Clicks the trigger and waits until the modal dialog is open and done animating in. */
export async function openFrom(trigger: Element): Promise<HTMLDialogElement> {
  innerButton(trigger).click();
  const dialog = await waitFor(() => maybeInDialog<HTMLDialogElement>('dialog[open]'), 'the dialog to open');
  await animationsDone(dialog);
  return dialog;
}

/**
 * Waits for the element's running animations (the dialog fades in): a person
 * sees the end state, and axe measures contrast on what is painted now.
 */
export async function animationsDone(el: Element): Promise<void> {
  await Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined)));
}

export async function settle(): Promise<void> {
  await theDialog().updateComplete;
}

export async function chooseCategory(value: string): Promise<void> {
  inDialog<HTMLInputElement>(`input[name="category"][value="${value}"]`).click();
  await settle();
}

export async function choosePlace(value: string): Promise<void> {
  inDialog<HTMLInputElement>(`input[name="place"][value="${value}"]`).click();
  await settle();
}

export async function typeInto(selector: string, text: string): Promise<void> {
  const field = inDialog<HTMLInputElement | HTMLTextAreaElement>(selector);
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settle();
}

export async function submit(): Promise<void> {
  inDialog<HTMLButtonElement>('button[type="submit"]').click();
  await settle();
}

export function statusText(): string {
  return inDialog('.status').textContent?.trim() ?? '';
}

/**
 * Removes every dialog and clears drafts, so each test starts from a fresh page.
 * A dialog's `close` event comes a task after `close()` and saves the draft,
 * so storage is cleared only once every open dialog has really closed.
 */
export async function resetPage(): Promise<void> {
  const closing: Promise<unknown>[] = [];
  for (const d of document.querySelectorAll('report-concern-dialog')) {
    const native = d.shadowRoot?.querySelector('dialog');
    if (native?.open) {
      closing.push(
        new Promise((resolve) => {
          native.addEventListener('close', resolve, { once: true });
          setTimeout(resolve, 1000);
        }),
      );
      native.close();
    }
  }
  await Promise.all(closing);
  for (const d of document.querySelectorAll('report-concern-dialog')) d.remove();
  sessionStorage.clear();
  localStorage.clear();
  const g = globalThis as unknown as Record<symbol, { calls: unknown[] } | undefined>;
  const reg = g[Symbol.for('report-concern')];
  if (reg) reg.calls.length = 0;
  delete window.reportConcernConfig;
  // Reports a test left in the outbox must not be delivered into the next test.
  const { outbox } = await import('../../src/outbox/page.js');
  const box = outbox();
  for (const entry of await box.entries()) await box.discard(entry.id);
  box.stop();
}

/** A real PNG of the given size, drawn on a canvas. */
export async function makePng(width = 40, height = 30, name = 'shot.png'): Promise<File> {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#c33';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#33c';
  ctx.fillRect(0, 0, width / 2, height / 2);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new File([blob], name, { type: 'image/png' });
}

/** Puts files into the dialog's file input as a person choosing them would. */
export async function chooseFiles(files: File[]): Promise<void> {
  const input = inDialog<HTMLInputElement>('#files');
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The paths of everything `win` has fetched so far (Resource Timing): what a lazy part's tests look for. */
export function fetchedPaths(win: Window = window): string[] {
  return win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
}

/**
 * Pages for lifecycle tests: real documents in iframes
 * (test/fixtures/page.html loads the one-tag entry), sharing IndexedDB, Web
 * Locks, BroadcastChannel and the top page's sessionStorage with each other
 * as tabs of one site do. Removing a frame is a tab closed or a page left;
 * opening another is the next page load.
 */
import { waitFor } from './dom.js';

export interface PageWindow extends Window {
  widgetReady?: boolean;
  events: { type: string; detail: Record<string, unknown> }[];
  /** Reasons of the page's unhandled promise rejections. */
  rejections: string[];
}

const frames: HTMLIFrameElement[] = [];

/** Loads the fixture page; `extra` adds query parameters (`&noidb`, `&hangidb`, `&persist=drafts`, `&prototypejs`). */
export async function openPage(endpoint: string, extra = ''): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.src = `/test/fixtures/page.html?endpoint=${encodeURIComponent(endpoint)}${extra}`;
  frame.style.cssText = 'width: 800px; height: 700px';
  frames.push(frame);
  document.body.append(frame);
  await waitFor(() => (frame.contentWindow as PageWindow | null)?.widgetReady, 'the page to load the widget', 10_000);
  return frame.contentWindow as PageWindow;
}

export function closePage(win: PageWindow): void {
  const frame = frames.find((f) => f.contentWindow === win);
  frame?.remove();
}

export function closeAllPages(): void {
  for (const f of frames.splice(0)) f.remove();
}

export function inPageDialog<T extends Element>(win: PageWindow, selector: string): T | null {
  return win.document.querySelector('report-concern-dialog')?.shadowRoot?.querySelector<T>(selector) ?? null;
}

export function pageButton(win: PageWindow): HTMLButtonElement {
  return win.document.querySelector('flag-button')!.shadowRoot!.querySelector('button')!;
}

export function pageMark(win: PageWindow): string {
  return win.document.querySelector('flag-button')?.shadowRoot?.querySelector('.mark')?.textContent?.trim() ?? '';
}

/** Opens the page's dialog through its own button. */
export async function openPageDialog(win: PageWindow): Promise<void> {
  pageButton(win).click();
  await waitFor(() => inPageDialog(win, 'dialog[open]'), 'the dialog in the page', 10_000);
}

/** Types a spam report into the page's open dialog. */
export function typeReport(win: PageWindow, details = 'Advertises an essay shop under every answer'): void {
  inPageDialog<HTMLInputElement>(win, 'input[value="spam"]')!.click();
  const field = inPageDialog<HTMLTextAreaElement>(win, '#details')!;
  field.value = details;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Files a spam report through the page's own button and dialog. */
export async function fileReport(win: PageWindow, details?: string): Promise<void> {
  await openPageDialog(win);
  typeReport(win, details);
  inPageDialog<HTMLButtonElement>(win, 'button[type="submit"]')!.click();
}

export const pageStatus = (win: PageWindow) => inPageDialog(win, '.status')?.textContent ?? '';

/** The page's own outbox glue (the same module instance its widget uses). */
export async function pageOutbox(win: PageWindow): Promise<typeof import('../../src/outbox/page.js')> {
  return (win as unknown as { eval(code: string): Promise<typeof import('../../src/outbox/page.js')> }).eval(
    "import('/src/outbox/page.ts')",
  );
}

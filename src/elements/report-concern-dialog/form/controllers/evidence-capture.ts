/**
 * "Capture this page" for the evidence controller, with the capture itself
 * (evidence/capture.ts) in the same chunk: it loads only when the reporter
 * presses the button, so neither a text report nor one with chosen files
 * pays for it.
 */
import { captureTab } from '../../../../evidence/capture.js';
import type { Shot } from '../values.js';
import type { EvidenceHost } from './evidence.js';

/** What the evidence controller lends the capture. */
export interface CaptureKit {
  h: EvidenceHost;
  add(files: File[]): Promise<void>;
  say(message: string): void;
  redact(shot: Shot): Promise<void>;
  focusIn(selector: string, index: number): Promise<void>;
}

/** One capture at a time: there is one tab to capture, however many dialogs ask. */
let capturing = false;

/**
 * Takes one frame of this tab, adds it like a chosen file and opens it in
 * the editor; only while the form is being filled in. Otherwise focus goes
 * back to the button, which lost it while the dialog was hidden.
 */
export async function capture(kit: CaptureKit): Promise<void> {
  if (capturing || !kit.h.editing()) return;
  capturing = true;
  try {
    const shot = await frameAsShot(kit);
    await (shot ? kit.redact(shot) : kit.focusIn('.capture', 0));
  } finally {
    capturing = false;
  }
}

/**
 * The frame as a screenshot of the form. Nothing when the browser refused
 * (said), the person cancelled (nothing to say), the frame was refused like
 * any file (said by `add`), or the dialog closed meanwhile (the frame is
 * dropped).
 */
async function frameAsShot({ h, add, say }: CaptureKit): Promise<Shot | undefined> {
  const result = await captureTab(h.dialog());
  if (!h.dialog().open) return undefined;
  if (result === 'denied') say(h.strings().evidence.captureDenied);
  if (typeof result === 'string') return undefined;
  const before = h.values().shots.length;
  await add([result]);
  return h.values().shots[before];
}

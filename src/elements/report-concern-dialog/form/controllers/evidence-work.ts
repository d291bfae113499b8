/**
 * The screenshot work of the evidence controller: checking and processing
 * chosen files one by one, the redaction editor, the upload with
 * progress that sends them (screenshot-progress.ts), and keeping them in
 * the draft (internal/draft-shots.ts). It loads with the
 * first file, with the checks, the image pipeline (evidence/) and the
 * list of screenshots (templates/screenshot-list.ts), in one
 * chunk, so a reporter who sends no screenshot never downloads any of it
 * and one who does fetches it in one response.
 */
import { PIXELS_MAX, prepareScreenshot, redactScreenshot, type PreparedScreenshot } from '../../../../evidence/screenshots.js';
import { refusalOf } from '../refusals.js';
import { withScreenshotWords } from '../../../../i18n/en-screenshots.js';
import type { Shot } from '../values.js';
import type { EvidenceHost } from './evidence.js';

export { watchedSender } from './screenshot-progress.js';
export { writeDraftShots } from '../../../../internal/draft-shots.js';
export { adoptListStyles, listTemplate, uploadTemplate } from '../templates/screenshot-list.js';
export { withScreenshotWords };

/**
 * What the work needs of the form, passed in rather than imported: this
 * chunk then shares no module with the form's, and the bundler keeps the
 * form's modules in one chunk.
 */
export interface Work {
  h: EvidenceHost;
  shotOf(prepared: PreparedScreenshot): Shot;
  /** LIMITS.screenshotsMax and LIMITS.screenshotBytesMax. */
  max: number;
  bytesMax: number;
  /** internal/trusted-types.ts `trustedScriptUrl`, for the image worker. */
  trust: (href: string) => string;
}

/** Adds files in order, one at a time, so the count can never pass the limit; says each refusal. Returns what to announce. */
export async function addFiles(files: File[], { h, shotOf, max, trust }: Work, say: (message: string) => void): Promise<string> {
  const s = withScreenshotWords(h.strings());
  let over = false;
  for (const file of files) {
    const v = h.values();
    if (v.shots.length >= max) {
      over = true;
      continue;
    }
    const result = await prepareScreenshot(file, trust);
    if (result.ok) v.shots = [...v.shots, shotOf(result.shot)];
    else say(refusalOf(s, file.name || 'image', result.reason, PIXELS_MAX));
    h.update();
  }
  if (over) say(s.errors.tooManyFiles(max));
  return s.screenshotsCount(h.values().shots.length, max);
}

/** What the evidence controller lends the list's actions. */
export interface ListKit {
  work: Work;
  say(message: string): void;
  replace(shots: Shot[], announcement: string): void;
  focusIn(selector: string, index: number): Promise<void>;
  /** Forgets what was said about the last files. */
  clear(): void;
}

const iso = (name: string) => `\u2068${name}\u2069`;

/** "Hide parts": the editor, then the redacted screenshot in place of this one, and focus back on its button. */
export async function redactShot(shot: Shot, k: ListKit): Promise<void> {
  const { h } = k.work;
  const index = h.values().shots.indexOf(shot);
  try {
    const done = await redact(shot, k.work);
    if (done && 'refusal' in done) return k.say(done.refusal);
    if (done) k.replace(done.shots, done.announcement);
    await k.focusIn('.files .redact', index);
  } catch {
    // The editor could not load or the image could not be redone: the screenshot stays as it was.
    k.say(withScreenshotWords(h.strings()).evidence.unreadable(iso(shot.prepared.sourceName)));
  }
}

/** "Remove": the screenshot goes, and focus moves to the next one's Remove (or the file input). */
export function removeShot(shot: Shot, index: number, k: ListKit): void {
  const { h } = k.work;
  URL.revokeObjectURL(shot.url);
  k.clear();
  k.replace(h.values().shots.filter((x) => x !== shot), withScreenshotWords(h.strings()).screenshotRemoved(iso(shot.prepared.sourceName)));
  void k.focusIn('.files .remove', index);
}

/**
 * Opens the editor on a screenshot. Returns the screenshots with the
 * redacted one in its place and what to announce, a refusal to show, or
 * nothing when the reporter cancelled or removed it meanwhile.
 */
async function redact(
  shot: Shot,
  { h, shotOf, bytesMax, trust }: Work,
): Promise<{ shots: Shot[]; announcement: string } | { refusal: string } | undefined> {
  const { openEditor } = await import('../../../../evidence/screenshot-editor.js');
  const p = shot.prepared;
  const s = withScreenshotWords(h.strings());
  const boxes = await openEditor({ container: h.dialog(), image: p.blob, width: p.width, height: p.height, name: p.sourceName, strings: s.evidence });
  if (!boxes || !h.values().shots.includes(shot)) return undefined;
  const prepared = await redactScreenshot(p, boxes, trust);
  // Re-encoded larger than a screenshot may be (a JPEG fallback): keep the one before.
  if (prepared.blob.size > bytesMax) return { refusal: refusalOf(s, p.sourceName, 'too-large-output', 0) };
  URL.revokeObjectURL(shot.url);
  // A new key: the report built before this is not the one to send any more.
  const shots = h.values().shots.map((x) => (x === shot ? shotOf(prepared) : x));
  return { shots, announcement: s.evidence.redacted(iso(p.sourceName)) };
}

/**
 * What the reporter reads when a file is refused. Apart from messages.ts:
 * only the screenshot code that loads with the first file needs it.
 */
import type { PrepareResult } from '../../../evidence/screenshots.js';
import type { Strings } from '../../../i18n/strings.js';

type Refusal = Extract<PrepareResult, { ok: false }>['reason'];

/** What the reporter reads when a file is refused: always naming it. */
export function refusalOf(s: Strings, name: string, reason: Refusal, pixelsMax: number): string {
  // An isolate, as messages.ts `iso` makes (not imported: see evidence-work.ts).
  const file = `\u2068${name}\u2069`;
  // 10 MB in; 5 MB out, once re-encoded (docs/PROTOCOL.md §4, LIMITS.screenshotBytesMax).
  if (reason === 'too-large') return s.errors.fileTooLarge(file, 10);
  if (reason === 'too-large-output') return s.errors.fileTooLarge(file, 5);
  if (reason === 'empty') return s.evidence.empty(file);
  if (reason === 'truncated') return s.evidence.truncated(file);
  if (reason === 'too-many-pixels') return s.evidence.tooManyPixels(file, pixelsMax / 1e6);
  if (reason === 'unreadable') return s.evidence.unreadable(file);
  return s.errors.notAnImage(file);
}

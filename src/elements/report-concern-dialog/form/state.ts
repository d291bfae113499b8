/**
 * One opening's state, shared by the form's parts (dialog-impl.ts opens,
 * closes and renders it; delivery.ts sends from it), and the helpers they
 * share. Types only.
 */
import type { PartialConfig } from '../../../config.js';
import type { Report, Subject } from '../../../report/schema.js';
import type { Strings } from '../../../i18n/strings.js';
import type { ReportErrorCode } from '../../../events.js';
import type { FormHost, MarkKind, Trigger } from '../contract.js';
import type { createDrafts } from './controllers/drafts.js';
import type { createEvidence } from './controllers/evidence.js';
import type { createUpload } from './controllers/upload.js';
import type { Move, View } from './machine.js';
import type { Built } from './submit.js';
import type { NoticeMode } from './notice/contract.js';
import type * as Friction from './friction.js';
import type { FieldErrors, Values } from './values.js';

export interface FormState {
  subject?: Subject;
  trigger?: Trigger;
  s: Strings;
  locale: string;
  config: PartialConfig;
  values: Values;
  errors: FieldErrors;
  /** A message about the whole report (not one field), shown above the buttons. */
  problem?: string;
  /** Polite announcements: sending, files added or removed. */
  announcement: string;
  view: View;
  /** The report built from the values as they stand: sending again sends the same id and bytes. */
  built?: Built;
  /** One per opening, aborted when the dialog closes: a send that outlives its opening knows it. */
  opening: AbortController;
  /** The form shows a receiver's refusal: kept for the subject if the dialog closes. */
  refused: boolean;
  /** Bot friction (friction.ts): when the form opened, and what the honeypot holds. */
  openedAt: number;
  honeypot: string;
  /** friction.ts, loaded at opening when the page config turns `honeypot` or `minSubmitMs` on. */
  friction?: typeof Friction;
  /** The notice mode, loaded at opening when the page config says `legalNotices: true`. */
  notice?: NoticeMode;
  /** The reporter has changed something since this opening: the outbox's late answer no longer replaces the form. */
  touched: boolean;
}

/** What the parts of the form share besides the state. */
export interface FormKit {
  f: FormState;
  host: FormHost;
  drafts: ReturnType<typeof createDrafts>;
  evidence: ReturnType<typeof createEvidence>;
  upload: ReturnType<typeof createUpload>;
  key(): string;
  move(m: Move): void;
  update(): void;
  rendered(): Promise<unknown>;
  /** Focuses the first match; false when there is none. */
  focus(selector: string): boolean;
  focusStart(): void;
  mark(kind: MarkKind, words: string): void;
  showErrors(found: FieldErrors, message?: string): void;
  /** Renders, then fires `report-error`, so the message is on screen when hosts hear of it. */
  fail(report: Report, code: ReportErrorCode, message: string, afterRender?: () => void): Promise<void>;
  forgetDraft(): void;
  /** A report from the outbox back into the form (from-report.ts), kept as the draft; settles once its screenshots can show. */
  restore(values: Values): Promise<unknown> | undefined;
}

/** What the templates render from and call back into: the form's state and its actions. Types only. */
import type { PartialConfig } from '../../../../config.js';
import type { Category } from '../../../../report/categories.js';
import type { Subject } from '../../../../report/schema.js';
import type { Strings } from '../../../../i18n/strings.js';
import type { createEvidence } from '../controllers/evidence.js';
import type { Upload } from '../controllers/upload.js';
import type { View } from '../machine.js';
import type { Field, FieldErrors, Values } from '../values.js';
import type { NoticeMode } from '../notice/contract.js';
import type { FormState } from '../state.js';

export interface Model {
  s: Strings;
  subject: Subject;
  values: Values;
  errors: FieldErrors;
  view: View;
  categories: readonly Category[];
  config: PartialConfig;
  /** A message about the whole report (not one field), shown above the buttons. */
  problem?: string;
  evidence: ReturnType<typeof createEvidence>;
  upload?: Upload;
  notice?: NoticeMode;
  friction?: FormState['friction'];
  /** The status of an earlier report about the subject, when there is one (docs/PROTOCOL.md §9). */
  followUp: unknown;
  /** Sets a value and clears the error of its field (`field`, when not named like the value). */
  set<K extends keyof Values>(key: K, value: Values[K], field?: Field): void;
  onCategory(category: Category): void;
  onHelpToggle(event: ToggleEvent, category: Category): void;
  onSubmit(event: Event): void;
  onHoneypot(value: string): void;
  close(): void;
  discardDraft(): void;
  stopUpload(): void;
  tryNow(): void;
  discardQueued(): void;
}

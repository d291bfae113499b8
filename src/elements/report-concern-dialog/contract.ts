/**
 * What the page-load shell, the lazily loaded form and the buttons promise
 * each other: types only, so nothing here reaches a bundle.
 */
import type { CSSResult, ReactiveControllerHost } from '@lit/reactive-element';
import type { Outcome } from '../../events.js';
import type { Strings } from '../../i18n/strings.js';
import type { Subject } from '../../report/schema.js';

export interface OpenOptions {
  /** The element that opened the dialog: events go to it, focus returns to it. */
  trigger?: HTMLElement;
}

export interface OpenResult {
  outcome: Outcome;
  reportId?: string;
  reference?: string;
}

/** The small mark beside a button after a report: delivered, queued, or the form could not open. */
export type MarkKind = 'delivered' | 'queued' | 'error';

/**
 * The element that opened the dialog, as the form and the outbox use it. A
 * `<flag-button>` or `<report-user-button>` has all of it; any other element
 * a host passes as `trigger` may have none.
 */
export interface Trigger extends HTMLElement {
  endpoint?: string;
  /** The button's own language, for the mark of a report delivered later. */
  locale?: string;
  /** `content:<type>:<id>` or `user:<id>`: finds the button of a report delivered later. */
  subjectKey?: string;
  showMark?(kind: MarkKind, text: string, lang?: string): void;
  clearMark?(): void;
}

/** What a button needs of `<report-concern-dialog>`. */
export interface DialogLike extends HTMLElement {
  open(subject: Subject, options?: OpenOptions): Promise<OpenResult>;
  /** Absent on a dialog defined by an older copy of the script. */
  prepare?(subject: Subject, trigger?: HTMLElement): Promise<void>;
  readonly isOpen: boolean;
}

/** What the form needs of the shell it renders into. */
export interface FormHost extends ReactiveControllerHost, HTMLElement {
  endpoint?: string;
  locale?: string;
  categories?: string;
  strings?: Partial<Strings>;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the lazily loaded form gives the shell. */
export interface Form {
  readonly styles: CSSResult;
  /** Renders into the dialog's shadow root (with lit-html, which loads with the form). */
  render(root: ShadowRoot): void;
  /** Renders the form for `subject`, the dialog still closed, so that opening it is quick. */
  prepare(subject: Subject, trigger: Trigger | undefined): Promise<void>;
  open(subject: Subject, trigger: Trigger | undefined): Promise<OpenResult>;
  close(): void;
}

/** The form's module, as the shell loads it. */
export interface FormModule {
  /** @param closed called when the dialog has closed, before `report-close` fires */
  createForm(host: FormHost, closed: () => void): Form;
  /** Sends what an earlier page left in the outbox (the outbox ships in the form's chunk). */
  resumeOutbox(): Promise<void>;
}

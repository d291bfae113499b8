import { ReactiveElement, adoptStyles, css, type CSSResult, type PropertyValues } from '@lit/reactive-element';
import type { Subject } from '../../report/schema.js';
import type { Strings } from '../../i18n/strings.js';
import { loadDialogImpl } from '../../internal/load-dialog.js';
import type { Form, OpenOptions, OpenResult } from './contract.js';

export type { OpenOptions, OpenResult } from './contract.js';

/**
 * The report form: a modal dialog named "Report Concern". One is shared by
 * every button on the page; a click uses the first in the document or adds
 * one at the end of `<body>`. The form itself loads on first use.
 *
 * @summary The modal report form.
 * @tag report-concern-dialog
 *
 * @csspart dialog - The native `<dialog>` element.
 * @csspart header - The title bar with the Close button.
 * @csspart title - The dialog's heading.
 * @csspart close-button - The Close button in the title bar.
 * @csspart capture-button - "Capture this page" in the screenshots area, where the browser can capture the tab.
 * @csspart body - The scrolling body of the form.
 * @csspart footer - The row with Cancel and Submit.
 * @csspart submit-button - The Submit button.
 * @csspart cancel-button - The Cancel button.
 * @csspart status - The thank-you, saved or problem message.
 * @csspart advice - Advice for the category chosen (scams, threats, harassment).
 * @csspart discard-draft-button - "Discard draft", shown when the form holds a draft.
 * @csspart retry-button - "Try again now", on a report saved on this device.
 * @csspart discard-button - "Discard this report", on a report saved on this device.
 * @csspart follow-up - The status of an earlier report about the subject, above the form (with `receipts` in config).
 * @csspart decision - The decision and its statement of reasons, in the status view.
 * @csspart contest-button - "Contest this decision", in the status view.
 * @csspart appeal-submit-button - "Send appeal", in the appeal form.
 *
 * Its language is the opening button's `locale`, the dialog's, the page
 * config's, the nearest `lang` around the button, then the browser's; Arabic
 * and Hebrew turn it right to left. Its theme is the button's `theme`, the
 * dialog's, the page config's, else `prefers-color-scheme`.
 *
 * @cssprop --report-concern-accent - Accent colour: the Submit button, focus, selections (default: #1a5fb4).
 * @cssprop --report-concern-accent-text - Text on the accent colour (default: #fff).
 * @cssprop --report-concern-surface - Background of the dialog (default: #fff).
 * @cssprop --report-concern-text - Text colour (default: #1c1c1c).
 * @cssprop --report-concern-muted - Hints and counters (default: #595959).
 * @cssprop --report-concern-border - Borders of fields (default: #767676).
 * @cssprop --report-concern-danger - Error text (default: #b3261e).
 * @cssprop --report-concern-radius - Corner radius (default: 6px).
 * @cssprop --report-concern-font - Font family (default: system-ui).
 * @cssprop --report-concern-spacing - Base spacing unit (default: 16px; px, so a page's root font size cannot shrink the form).
 * @cssprop --report-concern-width - Dialog width on wide screens (default: 544px).
 * @cssprop --report-concern-soft-surface - Background of quoted content and advice boxes (default: #f3f5f8, dark: #2b2b2b).
 *
 * @event report-open - The dialog opened. `detail: { subject }`.
 * @event report-submit - About to send; cancelable. `detail: { report, waitUntil(promise) }`.
 * @event report-success - The report was delivered. `detail: { report, response }`.
 * @event report-error - The report was not delivered. `detail: { report, code, message, queued }`.
 * @event report-block-request - The reporter asked to block a member. `detail: { userId }`.
 * @event report-close - The dialog closed. `detail: { outcome }`.
 */
export class ReportConcernDialog extends ReactiveElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    endpoint: {},
    locale: {},
    categories: {},
    theme: { reflect: true },
    strings: { attribute: false },
  };

  /** Where to POST, for reports whose button names none; same rules as on the buttons. */
  declare endpoint?: string;

  /** The dialog's language (a BCP 47 tag: `es`, `pt-BR`, `ar`…) when the button names none. */
  declare locale?: string;

  /** A comma list of the categories to offer, in order. */
  declare categories?: string;

  /** `light`, `dark` or `auto` (follow `prefers-color-scheme`) when the opening button names none; default: the page config, else `auto`. */
  declare theme?: 'light' | 'dark' | 'auto';

  /** Overrides for any text of the dialog. */
  declare strings?: Partial<Strings>;

  private form?: Form;
  private loading?: Promise<Form>;
  private opening = false;

  /** True from `open()` until the dialog has closed (before `report-close` fires). */
  get isOpen(): boolean {
    return this.opening;
  }

  /** The form, loaded and set up once; a failed load (offline) is tried again next time. */
  private loadForm(): Promise<Form> {
    return (this.loading ??= loadDialogImpl().then(
      ({ createForm }) => {
        // The form says when it has closed, before `report-close` fires, so that a
        // listener of that event can already open the dialog again.
        const form = (this.form = createForm(this, () => {
          this.opening = false;
        }));
        adoptStyles(this.renderRoot as ShadowRoot, [ReportConcernDialog.styles as CSSResult, form.styles]);
        return form;
      },
      (error) => {
        this.loading = undefined;
        throw error;
      },
    ));
  }

  /**
   * Opens the form for `subject`. Resolves when the dialog closes; rejects with
   * an `InvalidStateError` while it is already open.
   */
  async open(subject: Subject, options: OpenOptions = {}): Promise<OpenResult> {
    if (this.opening) throw new DOMException('The report dialog is already open.', 'InvalidStateError');
    this.opening = true;
    try {
      return await (await this.loadForm()).open(subject, options.trigger);
    } catch (error) {
      this.opening = false;
      throw error;
    }
  }

  /**
   * Gets the form ready for `subject` before anyone clicks (the pointer is
   * over the button, or it has focus): loaded and rendered, still closed.
   * @internal
   */
  async prepare(subject: Subject, trigger?: HTMLElement): Promise<void> {
    const form = await this.loadForm();
    if (!this.opening) await form.prepare(subject, trigger);
  }

  /** Closes the dialog as if Cancel was pressed (the form keeps what was typed). */
  close(): void {
    this.form?.close();
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    this.form?.render(this.renderRoot as ShadowRoot);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'report-concern-dialog': ReportConcernDialog;
  }
}

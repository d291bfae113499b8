import { LitElement, css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Subject } from '../report/schema.js';
import { pageConfig } from '../config.js';
import { loadDialogImpl, loadPlacement } from './load-dialog.js';
import type { OpenResult } from '../elements/report-concern-dialog/report-concern-dialog.js';

export type MarkKind = 'delivered' | 'queued' | 'error';

/** Tag name of the dialog; the buttons find or create it on click. */
const DIALOG_TAG = 'report-concern-dialog';

interface DialogLike extends HTMLElement {
  open(subject: Subject, options?: { trigger?: HTMLElement }): Promise<OpenResult>;
  readonly isOpen: boolean;
}

/**
 * What `<flag-button>` and `<report-user-button>` share: a native button that
 * opens the one report dialog for the subject it describes, and the small
 * mark shown beside it afterwards.
 */
export abstract class TriggerButton extends LitElement {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = css`
    :host {
      display: inline-block;
      position: relative;
      vertical-align: middle;
    }
    :host([hidden]) {
      display: none;
    }
    button {
      all: revert;
      box-sizing: border-box;
      display: inline-flex;
      align-items: center;
      gap: 0.25em;
      min-block-size: 24px;
      min-inline-size: 24px;
      margin: 0;
      padding: var(--report-concern-button-padding, 0.25em 0.6em);
      font: inherit;
      font-size: var(--report-concern-button-font-size, 0.875em);
      line-height: 1.4;
      color: var(--report-concern-button-text, inherit);
      background: var(--report-concern-button-surface, transparent);
      border: 1px solid var(--report-concern-button-border, currentColor);
      border-radius: var(--report-concern-radius, 6px);
      cursor: pointer;
      visibility: visible;
      opacity: 1;
    }
    button:focus-visible {
      outline: 2px solid var(--report-concern-focus, #1a5fb4);
      outline-offset: 2px;
    }
    .mark {
      position: absolute;
      inset-block-start: 0;
      inset-inline-start: 0;
      z-index: 1;
      padding: 0.1em 0.5em;
      font: inherit;
      font-size: 0.75em;
      line-height: 1.5;
      white-space: nowrap;
      color: var(--report-concern-mark-text, #fff);
      background: var(--report-concern-mark-surface, #26734d);
      border-radius: 999px;
      pointer-events: none;
    }
    .mark[data-kind='queued'] {
      background: var(--report-concern-mark-queued-surface, #8a4b00);
    }
    .mark[data-kind='error'] {
      background: var(--report-concern-mark-error-surface, #b3261e);
    }
    @media (forced-colors: active) {
      .mark {
        border: 1px solid CanvasText;
      }
    }
  `;

  static override properties: PropertyDeclarations = {
    label: {},
    endpoint: {},
    locale: {},
    theme: { reflect: true },
  };

  /** The button's accessible name and text. */
  declare label?: string;

  /** Where to POST; honoured only when same origin or listed in `allowedEndpoints`. */
  declare endpoint?: string;

  /** The language of the dialog this button opens (default: the nearest `lang`). */
  declare locale?: string;

  /** `light` or `dark` for the dialog this button opens; default: the page config, else the system setting. */
  declare theme?: 'light' | 'dark' | 'auto';

  private mark?: { kind: MarkKind; text: string };

  private stopPlacing?: () => void;

  /** The default label in English; the dialog's locale does not change a button's text. */
  protected abstract readonly defaultLabel: string;

  /** The subject this button reports, or undefined while a required attribute is missing. */
  abstract get subject(): Subject | undefined;

  /**
   * Identifies the subject across pages (`content:<type>:<id>` or
   * `user:<id>`), so a report delivered later finds its button again.
   * @internal
   */
  get subjectKey(): string | undefined {
    const subject = this.subject;
    if (!subject) return undefined;
    return subject.kind === 'user' ? `user:${subject.userId}` : `content:${subject.contentType}:${subject.contentId}`;
  }

  override render() {
    return html`<button
        part="button"
        type="button"
        aria-label=${this.label ?? nothing}
        aria-describedby=${this.mark ? 'mark' : nothing}
        @click=${this.onClick}
        @pointerenter=${preload}
        @focus=${preload}
      >
        <slot>${this.label ?? this.defaultLabel}</slot>
      </button>
      ${this.mark
        ? html`<span id="mark" class="mark" part="mark" data-kind=${this.mark.kind}>${this.mark.text}</span>`
        : nothing}`;
  }

  /**
   * Shows a small mark beside the button ("Reported", "Saved, will be sent").
   * Called by the dialog, which knows the words in the reporter's language.
   */
  showMark(kind: MarkKind, text: string): void {
    this.mark = { kind, text };
    this.requestUpdate('mark');
  }

  /** Removes the mark. */
  clearMark(): void {
    this.mark = undefined;
    this.requestUpdate('mark');
  }

  protected override updated(changed: PropertyValues): void {
    if (!changed.has('mark')) return;
    this.stopPlacing?.();
    this.stopPlacing = undefined;
    const root = this.renderRoot;
    const markEl = root.querySelector<HTMLElement>('.mark');
    const buttonEl = root.querySelector('button');
    if (markEl && buttonEl) {
      void loadPlacement().then(({ placeNextTo }) => {
        if (markEl.isConnected) this.stopPlacing = placeNextTo(buttonEl, markEl);
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopPlacing?.();
    this.stopPlacing = undefined;
  }

  private async onClick() {
    const subject = this.subject;
    if (!subject) {
      console.warn(`<${this.localName}>: a required attribute is missing; nothing to report.`);
      return;
    }
    let dialog = document.querySelector(DIALOG_TAG) as DialogLike | null;
    if (!dialog) {
      dialog = document.createElement(DIALOG_TAG) as DialogLike;
      document.body.append(dialog);
    }
    if (dialog.isOpen) return;
    try {
      await dialog.open(subject, { trigger: this });
    } catch (error) {
      // The form could not load (offline before it was ever fetched): say so here.
      if ((error as DOMException)?.name !== 'InvalidStateError') {
        // The strings live in the form that failed to load: only this one is on the page, in
        // English unless the host overrides it (`strings.openFailed` in the page config).
        this.showMark('error', pageConfig().strings?.openFailed ?? OPEN_FAILED);
      }
    }
  }
}

const OPEN_FAILED = 'Could not open the report form. Check your connection and try again.';

function preload() {
  void loadDialogImpl().catch(() => undefined);
}

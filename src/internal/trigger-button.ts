import { ReactiveElement, css, type PropertyDeclarations, type PropertyValues } from '@lit/reactive-element';
import type { Subject } from '../report/schema.js';
import { pageConfig } from '../config.js';
import { localeFor, type Locale } from '../i18n/locale.js';
import type { DialogLike, MarkKind } from '../elements/report-concern-dialog/contract.js';

export type { MarkKind } from '../elements/report-concern-dialog/contract.js';

/** Tag name of the dialog; the buttons find or create it on click. */
const DIALOG_TAG = 'report-concern-dialog';

/**
 * What `<flag-button>` and `<report-user-button>` share: a native button that
 * opens the one report dialog for the subject it describes, and the small
 * mark shown beside it afterwards.
 *
 * Built on Lit's `ReactiveElement` (properties, attributes, update cycle,
 * adopted styles) with its few nodes made by hand: lit-html's templating is
 * needed only by the form, so a page that shows buttons does not load it
 * until someone opens one.
 *
 * @csspart button - The native button.
 * @csspart mark - The small mark shown beside the button afterwards ("Reported", "Saved, will be sent").
 *
 * @cssprop --report-concern-button-text - Text colour of the button (default: inherited).
 * @cssprop --report-concern-button-surface - Background of the button (default: transparent).
 * @cssprop --report-concern-button-border - Border colour of the button (default: currentColor).
 * @cssprop --report-concern-button-padding - Padding of the button.
 * @cssprop --report-concern-button-font-size - Font size of the button (default: 0.875em).
 * @cssprop --report-concern-radius - Corner radius (default: 6px).
 * @cssprop --report-concern-focus - Focus ring colour.
 * @cssprop --report-concern-mark-text - Text colour of the mark.
 * @cssprop --report-concern-mark-surface - Background of the "Reported" mark.
 * @cssprop --report-concern-mark-queued-surface - Background of the mark of a queued report ("Saved, will be sent").
 * @cssprop --report-concern-mark-error-surface - Background of the mark when the form cannot open.
 *
 * @event report-open - The dialog opened for this button's subject. `detail: { subject }`.
 * @event report-submit - About to send; cancelable. `detail: { report, waitUntil(promise) }`.
 * @event report-success - The report was delivered. `detail: { report, response }`.
 * @event report-error - The report was not delivered. `detail: { report, code, message, queued }`.
 * @event report-close - The dialog closed. `detail: { outcome }`.
 */
export abstract class TriggerButton extends ReactiveElement {
  static override shadowRootOptions: ShadowRootInit = { ...ReactiveElement.shadowRootOptions, delegatesFocus: true };

  static override styles = css`
    :host {
      display: inline-block;
      max-inline-size: 100%;
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
      /* In the flow after the button, inside this element's box: the page
         makes room for it, and it wraps below the button on a narrow line.
         Nothing floats over the host page's text, and no positioning code
         loads for it. */
      display: inline-block;
      margin-inline-start: 0.4em;
      padding: 0.1em 0.5em;
      font: inherit;
      font-size: 0.75em;
      line-height: 1.5;
      vertical-align: middle;
      overflow-wrap: anywhere;
      color: var(--report-concern-mark-text, #fff);
      background: var(--report-concern-mark-surface, #26734d);
      border-radius: 0.75em;
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

  /** The language of this button's name and of the dialog it opens (default: the page config, the nearest `lang`, the browser). */
  declare locale?: string;

  /** `light`, `dark` or `auto` for the dialog this button opens; default: the page config, else `auto` (follow `prefers-color-scheme`). */
  declare theme?: 'light' | 'dark' | 'auto';

  private mark?: { kind: MarkKind; text: string; lang?: string };

  /** The default label in English. */
  protected abstract readonly defaultLabel: string;

  /** Which of the strings names this button, for the page config's `strings` and the translations. */
  protected abstract readonly labelKey: 'flagLabel' | 'reportUserLabel';

  /** The language the default label was last chosen for, and the name in it (undefined: English). */
  private namedIn?: Locale;
  private translatedLabel?: string;
  private translatedOpenFailed?: string;

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

  private buttonEl?: HTMLButtonElement;
  private labelEl?: HTMLSlotElement;
  private markEl?: HTMLSpanElement;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // <button part="button" type="button"><slot>label</slot></button>
    const button = document.createElement('button');
    button.setAttribute('part', 'button');
    button.type = 'button';
    button.addEventListener('click', () => void this.onClick());
    button.addEventListener('pointerenter', () => this.prepare());
    button.addEventListener('focus', () => this.prepare());
    this.labelEl = button.appendChild(document.createElement('slot'));
    this.buttonEl = root.appendChild(button);
    return root;
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    const button = this.buttonEl!;
    setAttr(button, 'aria-label', this.label);
    setAttr(button, 'aria-describedby', this.mark && 'mark');
    this.labelEl!.textContent =
      this.label ?? pageConfig().strings?.[this.labelKey] ?? this.translatedLabel ?? this.defaultLabel;
    if (!changed.has('mark')) return;
    this.markEl?.remove();
    this.markEl = undefined;
    if (this.mark) {
      // <span id="mark" class="mark" part="mark" data-kind="…">text</span>
      const mark = document.createElement('span');
      mark.id = mark.className = mark.part.value = 'mark';
      mark.dataset.kind = this.mark.kind;
      mark.textContent = this.mark.text;
      if (this.mark.lang) {
        mark.lang = this.mark.lang;
        mark.dir = 'auto';
      }
      this.markEl = this.renderRoot.appendChild(mark);
    }
  }

  /**
   * Shows a small mark beside the button ("Reported", "Saved, will be sent").
   * Called by the dialog, which knows the words in the reporter's language.
   * @internal
   */
  showMark(kind: MarkKind, text: string, lang?: string): void {
    this.mark = { kind, text, lang };
    this.requestUpdate('mark');
  }

  /**
   * Removes the mark.
   * @internal
   */
  clearMark(): void {
    const old = this.mark;
    this.mark = undefined;
    // With the old value: Lit records no change from undefined to undefined.
    this.requestUpdate('mark', old);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.nameInLanguage();
  }

  /**
   * Names the button in the language its dialog will speak (docs/PROTOCOL.md §3's
   * order). English costs nothing; any other language loads the small table
   * of button names, once per page.
   */
  private async nameInLanguage(): Promise<void> {
    const dialog = document.querySelector(DIALOG_TAG);
    const locale = localeFor(this, dialog?.getAttribute('locale') ?? undefined, pageConfig().locale);
    if (locale === this.namedIn) return;
    this.namedIn = locale;
    let names: readonly string[] = [];
    if (locale !== 'en') {
      try {
        names = (await import('../i18n/button-locales.js')).BUTTON_NAMES[locale];
      } catch {
        // Offline before the table was ever fetched: the English name stays.
      }
    }
    if (this.namedIn !== locale) return;
    this.translatedLabel = names[this.labelKey === 'flagLabel' ? 0 : 1];
    this.translatedOpenFailed = names[2];
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('locale') && this.isConnected) void this.nameInLanguage();
  }

  /**
   * The pointer is over the button, or it has focus: a click may follow.
   * The form loads and renders for this subject now, so the click only has
   * to open it.
   */
  private prepare(): void {
    const subject = this.subject;
    if (subject) void dialogOfPage().prepare?.(subject, this).catch(() => undefined);
  }

  private async onClick() {
    const subject = this.subject;
    if (!subject) {
      console.warn(`<${this.localName}>: a required attribute is missing; nothing to report.`);
      return;
    }
    const dialog = dialogOfPage();
    if (dialog.isOpen) return;
    try {
      await dialog.open(subject, { trigger: this });
    } catch (error) {
      // The form could not load (offline before it was ever fetched): say so here.
      if ((error as DOMException)?.name !== 'InvalidStateError') {
        // The strings live in the form that failed to load: this one came with the button's
        // name (English on English pages), unless the host overrides it (`strings.openFailed`).
        this.showMark('error', pageConfig().strings?.openFailed ?? this.translatedOpenFailed ?? OPEN_FAILED, this.namedIn);
      }
    }
  }
}

const OPEN_FAILED = 'Could not open the report form. Check your connection and try again.';

function setAttr(el: Element, name: string, value: string | undefined): void {
  if (value === undefined) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/** The page's one dialog: the first in the document, else a new one at the end of `<body>`. */
function dialogOfPage(): DialogLike {
  let dialog = document.querySelector(DIALOG_TAG) as DialogLike | null;
  if (!dialog) {
    dialog = document.createElement(DIALOG_TAG) as DialogLike;
    document.body.append(dialog);
  }
  return dialog;
}

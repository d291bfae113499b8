/**
 * The modal's lifecycle around one opening: the opening button's theme,
 * `showModal()`, the first focus, Tab kept inside, the sheet lifted above a
 * phone's keyboard, and focus back on the button when it closes.
 */
import { firstSet } from '../../../../internal/first-set.js';
import type { PartialConfig } from '../../../../config.js';

/** Custom properties the dialog reads; taken from the button that opened it (docs/PROTOCOL.md §2). */
const THEME_PROPERTIES = [
  'accent', 'accent-text', 'surface', 'text', 'muted', 'border', 'danger', 'soft-surface', 'radius', 'font', 'spacing', 'width', 'focus',
].map((name) => `--report-concern-${name}`);

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export function createModal(root: () => ShadowRoot) {
  let stopLifting: (() => void) | undefined;
  /** The language the closed dialog was last laid out in. */
  let warmedIn: string | undefined;

  /** Focus on the chosen category, else the first: where a reporter starts. */
  const focusStart = () => {
    const r = root();
    (r.querySelector<HTMLElement>('input[name="category"]:checked') ?? r.querySelector<HTMLElement>('input[name="category"]'))?.focus();
  };

  return {
    focusStart,

    show(dialog: HTMLDialogElement, trigger: HTMLElement | undefined, host: HTMLElement, config: PartialConfig): void {
      applyTheme(dialog, trigger, host, config);
      dialog.showModal();
      stopLifting = watchKeyboard(dialog);
      focusStart();
    },

    /**
     * Lays the closed dialog out once, unseen, and undoes it before anything
     * is painted, so that its fonts and the shapes of its text are ready when
     * it opens: most of what a click waited for was the form's first layout.
     * Once per language; never while it is open.
     */
    warm(dialog: HTMLDialogElement, trigger: HTMLElement | undefined, host: HTMLElement, f: { config: PartialConfig; locale: string }): void {
      if (dialog.open || warmedIn === f.locale) return;
      warmedIn = f.locale;
      applyTheme(dialog, trigger, host, f.config);
      const { style } = dialog;
      style.display = 'flex';
      style.visibility = 'hidden';
      dialog.getBoundingClientRect();
      style.display = style.visibility = '';
    },

    /** Every way of closing ends here: focus goes back to the button, if it is still in the page. */
    release(trigger: HTMLElement | undefined): void {
      stopLifting?.();
      stopLifting = undefined;
      if (trigger?.isConnected) trigger.focus();
      else (root().activeElement as HTMLElement | null)?.blur?.();
    },

    /** Keeps Tab inside the dialog: past the last control it wraps to the first, and back. */
    onKeydown(event: KeyboardEvent): void {
      // WebKitGTK names Shift+Tab's key "Unidentified" (GTK's ISO_Left_Tab); its code is still Tab.
      if (event.key !== 'Tab' && event.code !== 'Tab') return;
      const r = root();
      const items = [...r.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
        (el) => el.getClientRects().length > 0 && !(el instanceof HTMLInputElement && el.type === 'radio' && !isTabbableRadio(el)),
      );
      const first = items[0];
      const last = items[items.length - 1];
      const active = r.activeElement;
      const to = event.shiftKey ? (active === first ? last : undefined) : active === last ? first : undefined;
      if (!to) return;
      event.preventDefault();
      to.focus();
    },
  };
}

/**
 * The dialog sits at the end of <body>, away from the button: it takes the
 * button's theme (`theme` attribute, `--report-concern-*` properties as
 * computed where the button is), so a sidebar's theme reaches its dialog.
 */
function applyTheme(dialog: HTMLDialogElement, trigger: HTMLElement | undefined, host: HTMLElement, config: PartialConfig): void {
  const computed = trigger?.isConnected ? getComputedStyle(trigger) : undefined;
  for (const name of THEME_PROPERTIES) {
    const value = computed?.getPropertyValue(name).trim();
    if (value) dialog.style.setProperty(name, value);
    else dialog.style.removeProperty(name);
  }
  const theme = firstSet<string>(trigger?.getAttribute('theme'), host.getAttribute('theme'), config.theme);
  if (theme === 'light' || theme === 'dark') dialog.dataset.theme = theme;
  else delete dialog.dataset.theme;
}

/**
 * Lifts the sheet above a phone's on-screen keyboard (keyboard-inset.ts),
 * which loads once the visual viewport is smaller than the window: the
 * keyboard opened (or the page was zoomed). A desktop never needs it.
 */
function watchKeyboard(dialog: HTMLDialogElement): () => void {
  const vv = window.visualViewport;
  let stop: (() => void) | undefined;
  let closed = false;
  const start = () => {
    vv?.removeEventListener('resize', start);
    import('../keyboard-inset.js').then(({ liftAboveKeyboard }) => !closed && (stop = liftAboveKeyboard(dialog)), () => undefined);
  };
  if (vv && innerHeight - vv.height - vv.offsetTop > 0) start();
  else vv?.addEventListener('resize', start);
  return () => {
    closed = true;
    vv?.removeEventListener('resize', start);
    stop?.();
  };
}

/** The radio that Tab reaches in its group: the checked one, or the first. */
function isTabbableRadio(radio: HTMLInputElement): boolean {
  const group = [...(radio.getRootNode() as ShadowRoot).querySelectorAll<HTMLInputElement>(`input[name="${radio.name}"]`)];
  const checked = group.find((r) => r.checked);
  return checked ? checked === radio : group[0] === radio;
}

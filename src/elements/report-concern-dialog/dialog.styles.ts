import { css } from '@lit/reactive-element';

/** The dialog's frame: theme, sheet, header, body, footer, buttons and messages. */

export const dialogStyles = css`
  dialog {
    --_accent: var(--report-concern-accent, #1a5fb4);
    --_accent-text: var(--report-concern-accent-text, #fff);
    --_surface: var(--report-concern-surface, #fff);
    --_text: var(--report-concern-text, #1c1c1c);
    --_muted: var(--report-concern-muted, #595959);
    --_border: var(--report-concern-border, #767676);
    --_danger: var(--report-concern-danger, #b3261e);
    --_soft: var(--report-concern-soft-surface, #f3f5f8);
    --_radius: var(--report-concern-radius, 6px);
    --_space: var(--report-concern-spacing, 16px);

    /* Nothing the page sets on <report-concern-dialog> or its ancestors is inherited (white-space, letter-spacing…). */
    all: initial;
    box-sizing: border-box;
    display: none;
    position: fixed;
    inset: 0;
    margin: auto;
    padding: 0;
    inline-size: min(var(--report-concern-width, 544px), calc(100vw - 2 * var(--_space)));
    /* As tall as what it shows (all: initial took the browser's fit-content away: a short thank-you filled the screen). */
    block-size: fit-content;
    max-block-size: calc(100dvh - 2 * var(--_space));
    overflow: hidden;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 2);
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.35);
    font-family: var(--report-concern-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: 16px;
    line-height: 1.45;
    text-align: start;
    /* A word longer than the line (a name, a link, a German compound) breaks rather than widening the sheet. */
    overflow-wrap: anywhere;
    visibility: visible;
    opacity: 1;
    transform: none;
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  @media (prefers-color-scheme: dark) {
    dialog:not([data-theme='light']) {
      --_accent: var(--report-concern-accent, #99c1f1);
      --_accent-text: var(--report-concern-accent-text, #0b1a2e);
      --_surface: var(--report-concern-surface, #1e1e1e);
      --_text: var(--report-concern-text, #f2f2f2);
      --_muted: var(--report-concern-muted, #c0c0c0);
      --_border: var(--report-concern-border, #8c8c8c);
      --_danger: var(--report-concern-danger, #ffb4ab);
      --_soft: var(--report-concern-soft-surface, #2b2b2b);
    }
  }
  dialog[data-theme='dark'] {
    --_accent: var(--report-concern-accent, #99c1f1);
    --_accent-text: var(--report-concern-accent-text, #0b1a2e);
    --_surface: var(--report-concern-surface, #1e1e1e);
    --_text: var(--report-concern-text, #f2f2f2);
    --_muted: var(--report-concern-muted, #c0c0c0);
    --_border: var(--report-concern-border, #8c8c8c);
    --_danger: var(--report-concern-danger, #ffb4ab);
    --_soft: var(--report-concern-soft-surface, #2b2b2b);
  }
  /* A sheet across the bottom on narrow screens. */
  @media (max-width: 639.98px) {
    dialog {
      /* The viewport's width without a page scrollbar (100vw counts it). */
      inline-size: 100%;
      max-inline-size: 100%;
      margin-block: auto var(--_keyboard, 0px);
      margin-inline: 0;
      max-block-size: calc(92dvh - var(--_keyboard, 0px));
      padding-left: env(safe-area-inset-left, 0px);
      padding-right: env(safe-area-inset-right, 0px);
      border-radius: calc(var(--_radius) * 2) calc(var(--_radius) * 2) 0 0;
      border-block-end: 0;
      padding-block-end: env(safe-area-inset-bottom, 0px);
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* The form is the dialog's flex child and passes its height on: its body
     scrolls, Submit stays on screen on a short screen or at 200% zoom. */
  .form {
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-block-size: 0;
    margin: 0;
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
  }
  h2 {
    min-inline-size: 0;
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .body {
    flex: 1 1 auto;
    min-block-size: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: var(--_space);
    display: grid;
    /* Rows as tall as their content: a short view (the thank-you) stays together at the top. */
    align-content: start;
    gap: var(--_space);
  }
  /* Firefox stops Tab on a scrolling body, so that keys can scroll it: show where focus is, inside its edge. */
  .body:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.75em;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-block-start: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
  }
  .secondary,
  .primary {
    min-block-size: 40px;
    padding: 0.4em 1.1em;
    font-weight: 600;
  }
  .secondary {
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_border);
  }
  .primary {
    color: var(--_accent-text);
    background: var(--_accent);
    border: 1px solid var(--_accent);
  }
  .primary[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .status {
    padding: calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
    background: var(--_soft);
    border-inline-start: 4px solid var(--_accent);
  }
  .status.problem {
    border-inline-start-color: var(--_danger);
  }
  .status:empty {
    display: none;
  }
  .thanks,
  .queued {
    display: grid;
    align-content: start;
    gap: 0.5em;
  }
  .thanks strong {
    font-size: 1.1em;
  }
  .excerpt {
    margin: 0;
  }
  .reference {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    user-select: all;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* On a narrow screen the footer's buttons share one row and fill it: a
     row breaks only when their longest words cannot fit side by side (the
     flex basis is the label's min-content), and a label wraps inside its
     button between words first (break-word, unlike anywhere, keeps words
     whole unless one cannot fit at all). */
  @media (max-width: 639.98px) {
    footer {
      gap: 0.5em;
      overflow-wrap: break-word;
    }
    footer button {
      flex: 1 1 min-content;
      min-inline-size: auto;
    }
    .secondary,
    .primary {
      padding-inline: 0.6em;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    dialog[open] {
      animation: rc-in 160ms ease-out;
    }
  }
  @keyframes rc-in {
    from {
      opacity: 0;
      translate: 0 12px;
    }
  }
  @media (forced-colors: active) {
    dialog {
      border: 2px solid CanvasText;
    }
    .primary {
      border: 2px solid ButtonText;
    }
  }
`;

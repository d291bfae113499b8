import { css } from '@lit/reactive-element';

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
      inline-size: 100vw;
      max-inline-size: 100vw;
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
    gap: var(--_space);
  }
  p {
    margin: 0;
  }
  blockquote {
    margin: 0;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_border);
    background: var(--_soft);
    color: var(--_text);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    max-block-size: 8em;
    overflow-y: auto;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend,
  .label {
    display: block;
    padding: 0;
    margin-block-end: 0.35em;
    font-weight: 600;
  }
  .options {
    display: grid;
    gap: 0.15em;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 32px;
  }
  .option label {
    flex: 1 1 auto;
    padding-block: 4px;
    cursor: pointer;
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 20px;
    block-size: 20px;
    margin: 2px;
    flex: none;
    accent-color: var(--_accent);
  }
  textarea,
  input[type='text'] {
    display: block;
    inline-size: 100%;
    padding: 0.5em 0.6em;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  textarea {
    min-block-size: 6em;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .hint,
  .counter {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .counter {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .counter[data-over] {
    color: var(--_danger);
    font-weight: 600;
  }
  .error {
    font-size: 0.875em;
    color: var(--_danger);
    font-weight: 600;
  }
  .error:empty {
    display: none;
  }
  .advice,
  .urgent-help {
    padding: calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
    background: var(--_soft);
    border-inline-start: 4px solid var(--_accent);
  }
  .urgent-help {
    border-inline-start-color: var(--_danger);
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }
  .check label {
    display: inline-block;
    padding-block: 2px;
    cursor: pointer;
  }
  input[type='file'] {
    min-block-size: 24px;
    font: inherit;
  }
  button {
    all: revert;
    box-sizing: border-box;
    min-block-size: 24px;
    min-inline-size: 24px;
    font: inherit;
    cursor: pointer;
    border-radius: var(--_radius);
  }
  button:focus-visible,
  input:focus-visible,
  textarea:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .icon-button {
    display: inline-grid;
    place-items: center;
    inline-size: 32px;
    block-size: 32px;
    padding: 0;
    color: var(--_text);
    background: transparent;
    border: 1px solid transparent;
    font-size: 1.25em;
    line-height: 1;
  }
  .icon-button:hover {
    background: var(--_soft);
  }
  .help-button {
    inline-size: 24px;
    block-size: 24px;
    font-size: 0.8em;
    font-weight: 700;
    border: 1px solid var(--_border);
    border-radius: 50%;
  }
  .popover {
    margin: 0;
    inset: auto;
    max-inline-size: min(320px, calc(100vw - 16px));
    padding: calc(var(--_space) * 0.6) calc(var(--_space) * 0.75);
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 6px 20px rgb(0 0 0 / 0.25);
    font-size: 0.9em;
  }
  .files {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .files li {
    display: grid;
    grid-template-columns: 64px auto auto;
    align-items: center;
    gap: 0.5em;
    padding: 0.25em;
    border: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
    border-radius: var(--_radius);
    max-inline-size: 100%;
  }
  .files img {
    inline-size: 64px;
    block-size: 48px;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_soft);
  }
  .files .redact {
    grid-row: 2;
    grid-column: 1 / -1;
    font-size: 0.8em;
  }
  .files .name {
    font-size: 0.8em;
    overflow-wrap: anywhere;
  }
  .file-picker {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .drop-hint[data-active] {
    outline: 2px dashed var(--_accent);
    outline-offset: 4px;
  }
  .drop-zone {
    margin: 0.5em 0;
    padding: 1.5em;
    border: 2px dashed var(--_accent);
    border-radius: var(--_radius);
    text-align: center;
    font-weight: 600;
  }
  .upload {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
  }
  .upload progress {
    flex: 1 1 10em;
    accent-color: var(--_accent);
  }
  .drop-zone[hidden] {
    display: none;
  }
  footer {
    display: flex;
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
  .thanks {
    display: grid;
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

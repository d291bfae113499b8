import { css } from '@lit/reactive-element';

/** The form's fields: questions, answers, hints, errors, the screenshots control (the list of screenshots has its own: templates/screenshot-list.ts). */
export const formStyles = css`
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
    min-inline-size: 0;
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
  /* Room for the focus ring (2px, 2px off the field) below a hint's descenders. */
  .hint + textarea,
  .hint + input {
    margin-block-start: 6px;
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
  /* The browser's link blue is unreadable on the dark theme's surfaces. */
  a {
    color: var(--_accent);
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }
  .check > div {
    min-inline-size: 0;
  }
  .check label {
    display: inline-block;
    padding-block: 2px;
    cursor: pointer;
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
  /* Not now (sending): it shows. */
  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
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
  /* The screenshots control: a drop zone with a button, which is the label
     of the native file input. The input stays in the tab order and the
     accessibility tree, hidden from sight only; its focus shows on the button. */
  /* Positioned, so the hidden input sits inside the scrolling body: focusing it must not scroll the dialog. */
  .drop-zone {
    position: relative;
    display: grid;
    justify-items: start;
    gap: 0.5em;
    padding: calc(var(--_space) * 0.75);
    border: 2px dashed color-mix(in srgb, var(--_border) 60%, transparent);
    border-radius: var(--_radius);
  }
  .drop-zone[data-active] {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
  }
  /* "Add screenshots" and "Capture this page" side by side, wrapping when narrow. */
  .pickers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .file-input {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: 0;
    opacity: 0;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .pick {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    cursor: pointer;
    border-radius: var(--_radius);
  }
  .pick span {
    font-size: 1.3em;
    line-height: 1;
  }
  .file-input:focus-visible + .pick {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .file-input:disabled + .pick {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .screenshots {
    display: grid;
    gap: 0.5em;
  }
`;

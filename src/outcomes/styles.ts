import { css } from '@lit/reactive-element';

/** The status view above the form; fields and buttons take the form's own styles. */
export const followUpStyles = css`
  .follow-up {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_soft);
    overflow-wrap: anywhere;
  }
  .follow-up h3,
  .follow-up h4 {
    margin: 0;
    font-size: 1em;
  }
  .follow-up h4 {
    font-size: 0.95em;
  }
  .decision,
  .appeal-outcome,
  .appeal-form {
    display: grid;
    gap: calc(var(--_space) * 0.35);
    padding-block-start: calc(var(--_space) * 0.5);
    border-block-start: 1px solid var(--_border);
  }
  .ref {
    white-space: nowrap;
  }
  .explanation {
    white-space: pre-wrap;
  }
  .appeal-buttons {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: calc(var(--_space) * 0.5);
  }
  .contest {
    justify-self: start;
  }
`;

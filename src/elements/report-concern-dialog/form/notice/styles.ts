/**
 * The notice's few styles of its own, adopted by the dialog's shadow root
 * when the notice mode loads (the form's styles know nothing of notices).
 * A constructed style sheet, so a strict CSP has nothing to object to.
 */
import { css } from '@lit/reactive-element';

const noticeStyles = css`
  .notifier {
    display: grid;
    gap: 0.75em;
  }
  .locations blockquote {
    margin-block: 0.35em 0.5em;
  }
`;

export function adoptNoticeStyles(root: ShadowRoot): void {
  const sheet = noticeStyles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

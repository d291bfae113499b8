/**
 * Keeps the bottom sheet above a phone's on-screen keyboard. The layout
 * viewport does not shrink when the keyboard opens; the visual viewport
 * does. The part of the window the keyboard covers becomes `--_keyboard` on
 * the dialog (its styles lift the sheet by that much and shorten it), and the
 * focused field is scrolled back into the part that is still visible.
 */
export function liftAboveKeyboard(dialog: HTMLDialogElement): () => void {
  const vv = window.visualViewport;
  if (!vv) return () => undefined;
  let frame = 0;
  const apply = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const covered = Math.max(0, Math.round(window.innerHeight - vv.height - vv.offsetTop));
      dialog.style.setProperty('--_keyboard', `${covered}px`);
      const focused = (dialog.getRootNode() as ShadowRoot).activeElement;
      if (covered && focused && dialog.contains(focused)) focused.scrollIntoView({ block: 'nearest' });
    });
  };
  vv.addEventListener('resize', apply);
  vv.addEventListener('scroll', apply);
  dialog.addEventListener('focusin', apply);
  apply();
  return () => {
    cancelAnimationFrame(frame);
    vv.removeEventListener('resize', apply);
    vv.removeEventListener('scroll', apply);
    dialog.removeEventListener('focusin', apply);
    dialog.style.removeProperty('--_keyboard');
  };
}

/**
 * The one place that names the lazy dialog chunk, so the buttons can preload
 * it on hover or focus and the dialog loads the same module on open.
 */
export const loadDialogImpl = () => import('../elements/report-concern-dialog/dialog-impl.js');

export const loadPlacement = () => import('./placement.js');

/** The outbox: loaded by the form on submit, or at page load when reports wait from an earlier page. */
export const loadOutbox = () => import('../outbox/page.js');

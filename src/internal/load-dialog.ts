/**
 * The one place that names the lazy dialog chunk, so the buttons can preload
 * it on hover or focus and the dialog loads the same module on open.
 */
export const loadDialogImpl = () => import('../elements/report-concern-dialog/dialog-impl.js');

export const loadPlacement = () => import('./placement.js');

/**
 * The one place that names the lazy form chunk, so the buttons can preload
 * it on hover or focus and the dialog loads the same module on open.
 */
import type { FormModule } from '../elements/report-concern-dialog/contract.js';

export const loadDialogImpl = (): Promise<FormModule> => import('../elements/report-concern-dialog/dialog-impl.js');

export const loadPlacement = () => import('./placement.js');

/**
 * The outbox, for a page that finds reports waiting from an earlier visit. It
 * ships inside the form's chunk (the form re-exports it): every report needs
 * both, one response compresses better than two (~850 bytes gzip), and a
 * page loads it this way only when something really waits (see wake.ts).
 */
export const loadOutbox = loadDialogImpl;

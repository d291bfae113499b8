/**
 * The one place that names the status view's chunk (docs/PROTOCOL.md §9):
 * the status of an earlier report, its appeal form, and the receipts kept
 * on the device. Only the form reaches it, so a page that loads nothing but
 * buttons does not even carry this line.
 */
export const loadOutcomes = () => import('./follow-up.js');

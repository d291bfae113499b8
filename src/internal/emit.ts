import type { ReportConcernEventMap } from '../events.js';

type DetailOf<K extends keyof ReportConcernEventMap> = ReportConcernEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches a `report-*` event where docs/PROTOCOL.md §5 says: on the button that
 * opened the dialog while it is in the page, otherwise on the dialog,
 * otherwise on `document`. Returns false when a listener cancelled it.
 */
export function emit<K extends keyof ReportConcernEventMap>(
  targets: readonly (EventTarget | null | undefined)[],
  type: K,
  detail: DetailOf<K>,
  options: { cancelable?: boolean } = {},
): boolean {
  const target =
    targets.find((t): t is Node => t instanceof Node && t.isConnected) ?? (document as EventTarget);
  return target.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}

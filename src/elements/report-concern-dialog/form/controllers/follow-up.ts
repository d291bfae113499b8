/**
 * The status of an earlier report about the subject, shown above the form
 * (docs/PROTOCOL.md §9). Only a page that follows reports (`receipts` in
 * config) asks, and only then is the status view's chunk fetched; the form
 * opens at once and the status appears when the receiver has answered.
 */
import { nothing } from 'lit/html.js';
import { loadOutcomes } from '../../../../outcomes/load.js';
import type { FollowUp, FollowUpInput } from '../../../../outcomes/follow-up.js';

export function createFollowUp(root: () => ShadowRoot) {
  let shown: FollowUp | undefined;
  let styled = false;

  /** Looks for an earlier report; `current()` says whether this opening still stands when the answer comes. */
  async function look(input: FollowUpInput, current: () => boolean): Promise<void> {
    shown = undefined;
    const mode = input.config.receipts;
    if (mode !== 'device' && mode !== 'session') return;
    const m = await loadOutcomes().catch(() => undefined);
    const found = await m?.followUp(input).catch(() => undefined);
    if (!m || !found || !current()) return;
    if (!styled) {
      const sheet = m.followUpStyles.styleSheet;
      if (sheet) root().adoptedStyleSheets = [...root().adoptedStyleSheets, sheet];
      styled = true;
    }
    shown = found;
    input.update();
  }

  return { look, render: () => shown?.render() ?? nothing };
}

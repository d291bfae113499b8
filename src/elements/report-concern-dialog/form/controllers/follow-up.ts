/**
 * The status of an earlier report about the subject, shown above the form
 * (docs/PROTOCOL.md §9). Only a page that follows reports (`receipts` in
 * config) asks, and only then is the status view's chunk fetched; the form
 * opens at once and the status appears when the receiver has answered.
 */
import { nothing } from 'lit/html.js';
import { loadOutcomes } from '../../../../outcomes/load.js';
import type { FollowUp } from '../../../../outcomes/follow-up.js';
import type { FormKit } from '../state.js';

export function createFollowUp(kit: FormKit) {
  let shown: FollowUp | undefined;
  return {
    /** Forgets the last opening's status, then asks about this one's subject. */
    async look(endpoint: string | undefined): Promise<void> {
      shown = undefined;
      if (!kit.f.config.receipts) return;
      const mine = kit.f.opening;
      const found = await loadOutcomes().then((m) => m.followUp(kit, endpoint), () => undefined);
      if (found && mine === kit.f.opening && !mine.signal.aborted) {
        shown = found;
        kit.update();
      }
    },
    render: () => shown?.render() ?? nothing,
  };
}

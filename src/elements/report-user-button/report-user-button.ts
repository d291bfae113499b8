import { TriggerButton } from '../../internal/trigger-button.js';
import { absoluteUrl } from '../flag-button/flag-button.js';
import type { UserSubject } from '../../report/schema.js';

/**
 * Reports a member from their profile. The dialog it opens also asks where it
 * happened, takes links and pasted message text as evidence, and offers
 * **Also block this user**.
 * Its parts, custom properties and events are those of `TriggerButton`,
 * which both buttons share.
 *
 * @summary A button that reports a member.
 * @tag report-user-button
 *
 * @slot - Replaces the button's text (default: the `label`, or "Report Concern").
 *
 * @event report-block-request - The reporter asked to block this member; the host blocks. `detail: { userId }`.
 */
export class ReportUserButton extends TriggerButton {
  static override properties = {
    userId: { attribute: 'user-id' },
    userName: { attribute: 'user-name' },
    profileUrl: { attribute: 'profile-url' },
  };

  /** Required: the reported member's id. */
  declare userId?: string;

  /** The member's display name, shown in the dialog. */
  declare userName?: string;

  /** Link to the member's profile (default: the page URL). */
  declare profileUrl?: string;

  protected readonly defaultLabel = 'Report Concern';
  protected readonly labelKey = 'reportUserLabel';

  get subject(): UserSubject | undefined {
    const userId = this.userId?.trim();
    if (!userId) return undefined;
    const subject: UserSubject = { kind: 'user', userId, profileUrl: absoluteUrl(this.profileUrl) };
    const userName = this.userName?.trim();
    if (userName) subject.userName = userName;
    return subject;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'report-user-button': ReportUserButton;
  }
}

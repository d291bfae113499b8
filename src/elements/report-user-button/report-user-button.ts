import { TriggerButton } from '../../internal/trigger-button.js';
import { absoluteUrl } from '../flag-button/flag-button.js';
import type { UserSubject } from '../../report/schema.js';

/**
 * Reports a member from their profile. The dialog it opens also asks where it
 * happened, takes links and pasted message text as evidence, and offers
 * **Also block this user**.
 *
 * @summary A button that reports a member.
 * @tag report-user-button
 *
 * @slot - Replaces the button's text (default: the `label`, or "Report Concern").
 *
 * @csspart button - The native button.
 * @csspart mark - The small "Reported" mark shown beside the button afterwards.
 *
 * @cssprop --report-concern-button-text - Text colour of the button (default: inherited).
 * @cssprop --report-concern-button-surface - Background of the button (default: transparent).
 * @cssprop --report-concern-button-border - Border colour of the button (default: currentColor).
 * @cssprop --report-concern-button-padding - Padding of the button.
 * @cssprop --report-concern-button-font-size - Font size of the button (default: 0.875em).
 * @cssprop --report-concern-radius - Corner radius (default: 6px).
 * @cssprop --report-concern-focus - Focus ring colour.
 * @cssprop --report-concern-mark-text - Text colour of the mark.
 * @cssprop --report-concern-mark-surface - Background of the "Reported" mark.
 * @cssprop --report-concern-mark-queued-surface - Background of the "saved, will be sent" mark.
 * @cssprop --report-concern-mark-error-surface - Background of the mark when the form cannot open.
 *
 * @event report-open - The dialog opened for this member. `detail: { subject }`.
 * @event report-submit - About to send; cancelable. `detail: { report, waitUntil(promise) }`.
 * @event report-success - The report was delivered. `detail: { report, response }`.
 * @event report-error - The report was not delivered. `detail: { report, code, message, queued }`.
 * @event report-block-request - The reporter asked to block this member; the host blocks. `detail: { userId }`.
 * @event report-close - The dialog closed. `detail: { outcome }`.
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

import type { Ground } from '../../report/notice.js';

/**
 * The texts of the notice mode (docs/PROTOCOL.md §8), one file per locale in
 * this folder. They load with the notice mode, never with the form, so a
 * page without `legalNotices` pays nothing for them. As in strings.ts,
 * people's text passed in (an address, an email) arrives wrapped in
 * Unicode isolates.
 */
export interface NoticeStrings {
  /** The category's label and its help. */
  category: string;
  categoryHelp: string;
  /** Above the notice's questions: what a notice is and what follows. */
  intro: string;
  groundLegend: string;
  grounds: Record<Ground, string>;
  lawLabel: string;
  lawHint: (max: number) => string;
  detailsLabel: string;
  detailsHint: (min: number) => string;
  locationsLabel: string;
  /** Before the subject's own address, which is always sent first. */
  locationsIncluded: string;
  locationsHint: (more: number) => string;
  notifierLegend: string;
  nameLabel: string;
  emailLabel: string;
  notifierHint: string;
  /** Under `child-sexual-abuse`: the notice may be anonymous. */
  anonymousHint: string;
  goodFaithLabel: string;
  errors: {
    groundRequired: string;
    lawRequired: string;
    lawTooLong: (max: number) => string;
    detailsTooShort: (min: number) => string;
    locationInvalid: (link: string) => string;
    locationsTooMany: (more: number) => string;
    nameRequired: string;
    nameTooLong: (max: number) => string;
    emailRequired: string;
    emailInvalid: string;
    goodFaithRequired: string;
  };
  /** The thank-you of a notice: the confirmation of receipt. */
  received: string;
  decisionTo: (email: string) => string;
  noDecision: string;
}

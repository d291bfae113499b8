/** English texts of the status and appeal views; other locales carry theirs in src/i18n/locales/. */
import type { OutcomeStrings } from '../i18n/strings.js';

const en: OutcomeStrings = {
  title: 'You reported this before',
  reported: (date, reference) => `Reported on ${date}. Reference: ${reference}`,
  status: {
    received: 'Received: waiting for a moderator.',
    'in-review': 'A moderator is looking at it.',
    decided: 'A moderator has decided.',
  },
  decisionTitle: 'Decision',
  actions: {
    removed: 'The content was removed.',
    restricted: 'The content was restricted.',
    'account-suspended': 'The account was suspended.',
    warning: 'The member was warned.',
    'no-action': 'No action was taken.',
  },
  groundLaw: (rule) => `Under the law: ${rule}`,
  groundTerms: (rule) => `Under the site's rules: ${rule}`,
  automated: 'Decided by automated means.',
  byPerson: 'Decided by a person.',
  appealUntil: (date) => `You can contest this decision until ${date}.`,
  contest: 'Contest this decision',
  appealLabel: 'Why is this decision wrong?',
  appealHint: 'Say briefly what the decision missed.',
  appealSubmit: 'Send appeal',
  appealPending: (reference) => `Your appeal ${reference} is waiting for a moderator.`,
  appealUpheld: 'Your appeal was accepted: the decision was reversed.',
  appealRejected: 'Your appeal was not accepted: the decision stands.',
  appealRequired: 'Say why the decision is wrong.',
  appealTooLong: (max) => `Use at most ${max} characters.`,
  refused: {
    'too-late': 'The time to contest this decision has passed.',
    'already-appealed': 'This decision has already been contested.',
    'not-decided': 'There is no decision to contest yet.',
    auth: 'This report can no longer be followed from here: you may be signed out.',
    other: 'The appeal could not be sent. Please try again.',
  },
  newReport: 'You can also send a new report below.',
};

export default en;

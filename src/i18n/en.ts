import { num, plural } from './format.js';
import type { FormEnglish } from './strings.js';

/**
 * English, less the words that ship with the screenshots' chunk
 * (en-screenshots.ts), with the editor (en-editor.ts), with member reports
 * (en-member.ts), with a report not simply delivered (en-undelivered.ts),
 * with a category's help popover (en-help.ts), with the full rules and
 * the notice mode (en-fields.ts), and with the
 * buttons on every page (their names and the mark when the form cannot
 * load).
 */
const en: FormEnglish = {
  dialogTitle: 'Report Concern',
  close: 'Close',
  introContent: (type) =>
    type === 'content' ? 'Tell us what is wrong with this post.' : `Tell us what is wrong with this ${type}.`,
  excerptLabel: 'You are reporting',
  categoryLegend: "What's the problem?",
  categories: {
    spam: 'Commercial spam',
    sexual: 'Sexual or inappropriate comments',
    hate: 'Hate speech or threats',
    scam: 'Scams, phishing or fraud',
    harassment: 'Bullying or harassment',
    'religious-political': 'Overtly religious or political posts',
    other: 'Something else',
  },
  aboutCategory: (label) => `About “${label}”`,
  detailsLabel: 'Details',
  detailsHint: 'Optional. What happened, and anything moderators should know.',
  detailsHintOther: (min) => `Required: describe the problem in at least ${min} characters.`,
  counter: (count, max) => `${num('en', count)} / ${num('en', max)}`,
  screenshotsLabel: 'Add screenshots',
  screenshotsHint: (max) => `PNG, JPEG or WebP, up to ${max}. You can also paste or drop them here.`,
  urgentLabel: 'I feel unsafe or pressured',
  urgentHelp:
    'Your report will be marked urgent. If you are in danger right now, contact your local emergency services.',
  urgentHelpLink: 'Get help now',
  scamAdvice:
    'Never send money to someone you met here, and never share your address or bank details outside the platform. Keep every payment on the platform.',
  threatAdvice: 'If you or anyone else is in danger right now, contact your local emergency services first.',
  submit: 'Submit',
  cancel: 'Cancel',
  sending: 'Sending your report…',
  thankYou: 'Thank you. Your report was sent.',
  whatNext: 'Our moderators will review it and act if it breaks the rules.',
  reference: (ref) => `Your reference: ${ref}`,
  markDelivered: 'Reported',
  discardDraft: 'Discard draft',
  draftDiscarded: 'Draft discarded.',
  queued: {
    title: 'Saved on this device. It will be sent.',
    network: 'The connection failed, so your report could not be confirmed yet. It will be sent as soon as the connection is back, also if you close this page.',
    server: 'The report service did not confirm your report yet. It will be sent again shortly, also if you close this page.',
    memoryOnly: 'This browser cannot keep the report after this page closes. Keep this page open until it is sent.',
    limit: (count) =>
      `This device already holds ${count} reports waiting to be sent, the most it keeps. This one is kept only while this page is open.`,
    tryNow: 'Try again now',
    discard: 'Discard this report',
    discarded: 'The saved report was discarded.',
    mark: 'Saved, will be sent',
  },
  fixErrors: (count) => plural('en', count, { one: 'Please fix # answer below.', other: 'Please fix # answers below.' }),
  errors: {
    categoryRequired: 'Choose what the problem is.',
    placeRequired: 'Choose where it happened.',
    detailsTooShort: (min) => `Describe the problem in at least ${min} characters.`,
    detailsTooLong: (max) => `Details can be at most ${max} characters.`,
  },
  evidence: {
    dropHere: 'Drop images here to add them',
    capture: 'Capture this page',
    captureDenied: 'The browser did not allow the capture. Add a screenshot instead.',
    notAdded: 'The screenshots could not be added. Check your connection and try again.',
  },
  delivery: {
    tooLarge: 'The screenshots are too large to send. Remove some and try again.',
    notSent: 'Your report was not sent.',
  },
};

export default en;

/**
 * All of English, the words of the lazily loaded parts included: for tests
 * and tools that need every text at hand. The widget never imports it (that
 * would put those words back into the form's chunk).
 */
import en from './en.js';
import { withEditorWords } from './en-editor.js';
import { withFieldWords } from './en-fields.js';
import { withHelpWords } from './en-help.js';
import { withMemberWords } from './en-member.js';
import { withScreenshotWords } from './en-screenshots.js';
import { withUndeliveredWords } from './en-undelivered.js';
import type { Strings } from './strings.js';

/** The buttons' English, as trigger-button.ts, flag-button.ts and report-user-button.ts write it (buttons.test.ts reads them on the buttons). */
const buttons = {
  flagLabel: 'Flag',
  reportUserLabel: 'Report Concern',
  openFailed: 'Could not open the report form. Check your connection and try again.',
};

const withScreenshots = withHelpWords(withUndeliveredWords(withScreenshotWords(withFieldWords(withMemberWords({ ...buttons, ...en })))));

export const ENGLISH: Strings = { ...withScreenshots, evidence: withEditorWords(withScreenshots.evidence) };

/**
 * English words that only a report not simply delivered shows (a refusal
 * because the reporter seems signed out, a page with no usable report
 * address, a saved report that waits for a sign-in or has waited too long): they load with that part of the form
 * (form/undelivered.ts), which lays the form's strings over them before it
 * shows anything. A report queued because the connection failed needs
 * none of them: its words stay in the form's chunk, which works offline.
 * Every other locale carries its own in its chunk.
 */
import { mergeStrings } from '../config.js';
import type { Strings, UndeliveredDeliveryWord, UndeliveredQueuedWord } from './strings.js';

const en: { queued: Pick<Strings['queued'], UndeliveredQueuedWord>; delivery: Pick<Strings['delivery'], UndeliveredDeliveryWord> } = {
  queued: {
    auth: 'Your saved report could not be sent: you seem to be signed out. Sign in, then try again. It is still saved.',
    expired: (days) => `Your saved report has waited more than ${days} days. Try again, or discard it.`,
  },
  delivery: {
    config: 'This page cannot send reports: its report address is missing or not allowed. Nothing was sent.',
    auth: 'You seem to be signed out or not allowed to report. Sign in and try again; your report is still here.',
    validation: 'The report could not be accepted. Please check your answers.',
  },
};

/** The form's strings over these English words. */
export const withUndeliveredWords = (s: object): Strings => mergeStrings(en, s) as Strings;

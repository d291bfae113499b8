/**
 * English words for a field the full rules (schema-check.ts) or the notice
 * mode's checks refuse, by error code, and the full rules' word for the
 * whole report (a receiver's refusal has the same in en-undelivered.ts):
 * only those lazily loaded parts word them, so the form's chunk does not
 * carry them. Every other locale carries its own in its chunk.
 */
import { mergeStrings } from '../config.js';
import type { Strings } from './strings.js';

const en: { errors: Pick<Strings['errors'], 'field'>; delivery: Pick<Strings['delivery'], 'validation'> } = {
  errors: {
    field: (code) =>
      ({
    required: 'This is required.',
    'too-long': 'This is too long.',
    'too-short': 'This is too short.',
    'too-many': 'There are too many.',
    'too-large': 'This is too large.',
    duplicate: 'This appears twice.',
    'invalid-url': 'This is not a web link.',
    'not-allowed': 'This is not allowed here.',
    invalid: 'This is not valid.',
      })[code],
  },
  delivery: {
    validation: 'The report could not be accepted. Please check your answers.',
  },
};

/** The strings a checking part is given, over these English words. */
export const withFieldWords = (s: object): Strings => mergeStrings(en, s) as Strings;

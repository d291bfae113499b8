/**
 * English words said only when a screenshot is refused or redacted: they
 * load with the editor's chunk (evidence/screenshot-editor.ts) on the first
 * refusal or redaction, rather than with the form or the screenshots. Every
 * other locale carries its own in its chunk.
 */
import { mergeStrings } from '../config.js';
import type { ScreenshotErrorWord, ScreenshotEvidenceWord, Strings } from './strings.js';

const en: { errors: Pick<Strings['errors'], ScreenshotErrorWord>; evidence: Pick<Strings['evidence'], ScreenshotEvidenceWord> } = {
  errors: {
    tooManyFiles: (max) => `You can add at most ${max} screenshots; the others were not added.`,
    notAnImage: (name) => `${name} was not added: only PNG, JPEG or WebP images can be sent.`,
    fileTooLarge: (name, maxMb) => `${name} was not added: it is larger than ${maxMb} MB.`,
  },
  evidence: {
    empty: (name) => `${name} was not added: the file is empty.`,
    truncated: (name) => `${name} was not added: the file is incomplete or damaged.`,
    tooManyPixels: (name, mp) => `${name} was not added: the image has more than ${mp} million pixels.`,
    redacted: (name) => `${name} updated: the hidden areas are removed.`,
  },
};

/** The form's strings over these English words: what the screenshots' chunk reads. */
export const withScreenshotWords = (s: object): Strings => mergeStrings(en, s) as Strings;

/**
 * English words that only the screenshots' chunk shows (a file refused, a
 * redaction applied, the list of screenshots and the upload's bar, the
 * screenshots of a draft that storage could not keep): they load with it rather than with the form. Every
 * other locale carries its own in its chunk.
 */
import { mergeStrings } from '../config.js';
import { plural } from './format.js';
import type { ScreenshotErrorWord, ScreenshotEvidenceWord, ScreenshotWord, Strings } from './strings.js';

const en: Pick<Strings, ScreenshotWord> & {
  errors: Pick<Strings['errors'], ScreenshotErrorWord>;
  evidence: Pick<Strings['evidence'], ScreenshotEvidenceWord>;
} = {
  screenshotsCount: (count, max) => `${count} of ${max} screenshots added.`,
  removeScreenshot: (name) => `Remove ${name}`,
  screenshotRemoved: (name) => `${name} removed.`,
  screenshotsNotKept: (count) =>
    plural('en', count, {
      one: '# screenshot was too large to keep when the page reloaded. Please add it again.',
      other: '# screenshots were too large to keep when the page reloaded. Please add them again.',
    }),
  errors: {
    tooManyFiles: (max) => `You can add at most ${max} screenshots; the others were not added.`,
    notAnImage: (name) => `${name} was not added: only PNG, JPEG or WebP images can be sent.`,
    fileTooLarge: (name, maxMb) => `${name} was not added: it is larger than ${maxMb} MB.`,
  },
  evidence: {
    empty: (name) => `${name} was not added: the file is empty.`,
    truncated: (name) => `${name} was not added: the file is incomplete or damaged.`,
    unreadable: (name) => `${name} was not added: it could not be read as an image.`,
    tooManyPixels: (name, mp) => `${name} was not added: the image has more than ${mp} million pixels.`,
    redacted: (name) => `${name} updated: the hidden areas are removed.`,
    hideParts: 'Hide parts',
    redact: (name) => `Hide parts of ${name}`,
    uploading: (percent) => `Sending… ${percent}%`,
    progressLabel: 'Sending progress',
    stop: 'Stop sending',
    stopped: 'Sending stopped. Nothing is lost: your report is still here, send it when you are ready.',
  },
};

/** The form's strings over these English words: what the screenshots' chunk reads. */
export const withScreenshotWords = (s: object): Strings => mergeStrings(en, s) as Strings;

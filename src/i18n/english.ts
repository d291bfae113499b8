/**
 * All of English, the words of the lazily loaded parts included: for tests
 * and tools that need every text at hand. The widget never imports it (that
 * would put those words back into the form's chunk).
 */
import en from './en.js';
import { withEditorWords } from './en-editor.js';
import { withScreenshotWords } from './en-screenshots.js';
import type { Strings } from './strings.js';

const withScreenshots = withScreenshotWords(en as Strings);

export const ENGLISH: Strings = { ...withScreenshots, evidence: withEditorWords(withScreenshots.evidence) };

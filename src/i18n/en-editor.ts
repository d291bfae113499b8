/**
 * The redaction editor's English words: they load with the editor, which a
 * report without a redacted screenshot never fetches. Every other locale
 * carries its own in its chunk.
 */
import { mergeStrings } from '../config.js';
import type { EditorWord, Strings } from './strings.js';

const en: Pick<Strings['evidence'], EditorWord> = {
  editorTitle: (name) => `Hide parts of ${name}`,
  editorHelp:
    'Drag over what to hide, or use the arrow keys to move the box (Shift + arrows to resize) and Enter to hide it. What you hide is removed from the image, not covered.',
  addBox: 'Hide this area',
  undo: 'Undo',
  apply: 'Apply',
  cancel: 'Cancel',
  boxes: (count) => (count === 1 ? '1 area hidden.' : `${count} areas hidden.`),
  hideTool: 'Hide',
  highlightHelp: 'With Highlight, the area gets an outline instead.',
  highlightTool: 'Highlight',
  addHighlight: 'Highlight this area',
  highlights: (count) => (count === 1 ? '1 area highlighted.' : `${count} areas highlighted.`),
};

/** The evidence strings the editor is given, over its English words. */
export const withEditorWords = (s: Partial<Strings['evidence']>): Strings['evidence'] => mergeStrings(en, s) as Strings['evidence'];

/**
 * The English help of each category, shown in a popover when its "?" is
 * pressed: it loads then, beside floating-ui, which places the popover
 * (form/controllers/help.ts), so a report whose reporter never asks for
 * help does not fetch it. Every other locale carries its own in its chunk.
 */
import { mergeStrings } from '../config.js';
import type { HelpWord, Strings } from './strings.js';

const en: Pick<Strings, HelpWord> = {
  categoryHelp: {
    spam: 'Advertising, sales pitches or links posted to sell something, not to take part.',
    sexual: 'Sexual remarks, requests or images, or comments that are otherwise inappropriate here.',
    hate: 'Attacks on people for who they are, or threats of violence against anyone.',
    scam: 'Requests for money, payment off the platform, fake offers, or attempts to get passwords or bank details.',
    harassment: 'Repeated unwanted contact, insults, intimidation or attempts to shame someone.',
    'religious-political': 'Posts that push a religious or political view rather than help people learn.',
    other: 'Anything else that breaks the community rules. Please describe it below.',
  },
};

/** The form's strings over these English words. */
export const withHelpWords = (s: object): Strings => mergeStrings(en, s) as Strings;

/**
 * English words that only a report about a member shows (where it
 * happened, links, message text, the block, their advice and thanks, and
 * what the form's checks say of those answers):
 * they load when the form opens for a member, so a report about a post
 * never fetches them. Every other locale carries its own in its chunk.
 */
import { mergeStrings } from '../config.js';
import type { MemberErrorWord, MemberWord, Strings } from './strings.js';

const en: Pick<Strings, MemberWord> & { errors: Pick<Strings['errors'], MemberErrorWord> } = {
  introUser: (name) => (name ? `Tell us what happened with ${name}.` : 'Tell us what happened with this member.'),
  placeLegend: 'Where did it happen?',
  places: {
    site: 'On this site',
    messages: 'In messages',
    lesson: 'In a lesson',
    'video-call': 'In a video call or another app (such as Skype or Zoom)',
    email: 'By email',
    elsewhere: 'Elsewhere',
  },
  placeDetailLabel: 'Which app or place?',
  linksLabel: 'Links',
  linksHint: (max) => `Links to the posts, messages or profiles involved, one per line (up to ${max}).`,
  messageTextLabel: 'Message text',
  messageTextHint: 'Paste the messages exactly as they were written.',
  blockLabel: 'Also block this user',
  blockHint: 'They will not be able to contact you.',
  harassmentAdvice: 'You can block this member: tick “Also block this user” below, and they will no longer be able to contact you.',
  blockConfirmed: (name) => (name ? `You asked to block ${name}.` : 'You asked to block this member.'),
  errors: {
    messageTextTooLong: (max) => `Message text can be at most ${max} characters.`,
    placeDetailTooLong: (max) => `This can be at most ${max} characters.`,
    linkInvalid: (link) => `This is not a web link (http or https): ${link}`,
    linksTooMany: (max) => `Add at most ${max} links.`,
  },
};

/** English's strings for a member report: these words, with what the form resolved laid over them. */
export const withMemberWords = (s: object): Strings => mergeStrings(en, s) as Strings;

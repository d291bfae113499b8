/**
 * The buttons' accessible names in every shipped language but English.
 * Loaded by a button only when its page is not in English: the full strings
 * of a locale come with the form, but a button must be named before anyone
 * clicks it. test/browser/i18n.test.ts holds this table to the locales' own
 * `flagLabel` and `reportUserLabel`.
 */
import type { Locale } from './locale.js';

/** `[flagLabel, reportUserLabel]` per locale. */
export const BUTTON_NAMES: Record<Exclude<Locale, 'en'>, readonly [string, string]> = {
  es: ['Denunciar', 'Denunciar usuario'],
  fr: ['Signaler', 'Signaler ce membre'],
  de: ['Melden', 'Mitglied melden'],
  'pt-BR': ['Denunciar', 'Denunciar membro'],
  it: ['Segnala', 'Segnala utente'],
  ru: ['Пожаловаться', 'Пожаловаться на участника'],
  tr: ['Bildir', 'Üyeyi bildir'],
  ja: ['報告', 'メンバーを報告'],
  ko: ['신고', '회원 신고'],
  'zh-CN': ['举报', '举报用户'],
  ar: ['إبلاغ', 'الإبلاغ عن العضو'],
  he: ['דיווח', 'דיווח על משתמש'],
};


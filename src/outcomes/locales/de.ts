/**
 * The status and appeal views' texts in German (docs/PROTOCOL.md §9):
 * a chunk of their own, fetched by the status view only on a page that
 * follows reports (`receipts`), not with every German form.
 */
import { num } from '../../i18n/format.js';
import type { OutcomeStrings } from '../../i18n/strings.js';

const L = 'de';
const outcome: OutcomeStrings = {
  title: 'Du hast das bereits gemeldet',
  reported: (date, reference) => `Gemeldet am ${date}. Aktenzeichen: ${reference}`,
  status: {
    received: 'Eingegangen: wartet auf eine Moderatorin oder einen Moderator.',
    'in-review': 'Die Moderation sieht sich die Meldung an.',
    decided: 'Die Moderation hat entschieden.',
  },
  decisionTitle: 'Entscheidung',
  actions: {
    removed: 'Der Inhalt wurde entfernt.',
    restricted: 'Der Inhalt wurde eingeschränkt.',
    'account-suspended': 'Das Konto wurde gesperrt.',
    warning: 'Das Mitglied wurde verwarnt.',
    'no-action': 'Es wurde nichts unternommen.',
  },
  groundLaw: (rule) => `Nach dem Gesetz: ${rule}`,
  groundTerms: (rule) => `Nach den Regeln der Website: ${rule}`,
  automated: 'Automatisiert entschieden.',
  byPerson: 'Von einem Menschen entschieden.',
  appealUntil: (date) => `Du kannst diese Entscheidung bis zum ${date} anfechten.`,
  contest: 'Entscheidung anfechten',
  appealLabel: 'Warum ist diese Entscheidung falsch?',
  appealHint: 'Sag kurz, was bei der Entscheidung übersehen wurde.',
  appealSubmit: 'Einspruch senden',
  appealPending: (reference) => `Dein Einspruch ${reference} wartet auf die Moderation.`,
  appealUpheld: 'Deinem Einspruch wurde stattgegeben: Die Entscheidung wurde aufgehoben.',
  appealRejected: 'Deinem Einspruch wurde nicht stattgegeben: Die Entscheidung bleibt bestehen.',
  appealRequired: 'Sag, warum die Entscheidung falsch ist.',
  appealTooLong: (max) => `Höchstens ${num(L, max)} Zeichen.`,
  refused: {
    'too-late': 'Die Frist, diese Entscheidung anzufechten, ist abgelaufen.',
    'already-appealed': 'Diese Entscheidung wurde bereits angefochten.',
    'not-decided': 'Es gibt noch keine Entscheidung, die du anfechten könntest.',
    auth: 'Diese Meldung lässt sich von hier aus nicht mehr verfolgen: Vielleicht bist du abgemeldet.',
    other: 'Der Einspruch konnte nicht gesendet werden. Bitte versuch es noch einmal.',
  },
  newReport: 'Unten kannst du auch eine neue Meldung senden.',
};

export default outcome;

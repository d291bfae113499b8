/**
 * The status and appeal views' texts in French (docs/PROTOCOL.md §9):
 * a chunk of their own, fetched by the status view only on a page that
 * follows reports (`receipts`), not with every French form.
 */
import { num } from '../../i18n/format.js';
import type { OutcomeStrings } from '../../i18n/strings.js';

const L = 'fr';
const outcome: OutcomeStrings = {
  title: 'Vous avez déjà signalé ceci',
  reported: (date, reference) => `Signalé le ${date}. Référence : ${reference}`,
  status: {
    received: 'Reçu : en attente d’un modérateur.',
    'in-review': 'Un modérateur l’examine.',
    decided: 'Un modérateur a pris une décision.',
  },
  decisionTitle: 'Décision',
  actions: {
    removed: 'Le contenu a été supprimé.',
    restricted: 'Le contenu a été restreint.',
    'account-suspended': 'Le compte a été suspendu.',
    warning: 'Le membre a reçu un avertissement.',
    'no-action': 'Aucune mesure n’a été prise.',
  },
  groundLaw: (rule) => `En vertu de la loi : ${rule}`,
  groundTerms: (rule) => `En vertu des règles du site : ${rule}`,
  automated: 'Décision prise par des moyens automatisés.',
  byPerson: 'Décision prise par une personne.',
  appealUntil: (date) => `Vous pouvez contester cette décision jusqu’au ${date}.`,
  contest: 'Contester cette décision',
  appealLabel: 'En quoi cette décision est-elle erronée ?',
  appealHint: 'Dites brièvement ce qui a échappé à la décision.',
  appealSubmit: 'Envoyer la contestation',
  appealPending: (reference) => `Votre contestation ${reference} attend un modérateur.`,
  appealUpheld: 'Votre contestation a été acceptée : la décision a été annulée.',
  appealRejected: 'Votre contestation n’a pas été acceptée : la décision est maintenue.',
  appealRequired: 'Dites en quoi la décision est erronée.',
  appealTooLong: (max) => `Utilisez au plus ${num(L, max)} caractères.`,
  refused: {
    'too-late': 'Le délai pour contester cette décision est écoulé.',
    'already-appealed': 'Cette décision a déjà été contestée.',
    'not-decided': 'Il n’y a pas encore de décision à contester.',
    auth: 'Ce signalement ne peut plus être suivi d’ici : vous êtes peut-être déconnecté.',
    other: 'La contestation n’a pas pu être envoyée. Veuillez réessayer.',
  },
  newReport: 'Vous pouvez aussi envoyer un nouveau signalement ci-dessous.',
};

export default outcome;

/**
 * The status and appeal views' texts in Italian (docs/PROTOCOL.md §9):
 * a chunk of their own, fetched by the status view only on a page that
 * follows reports (`receipts`), not with every Italian form.
 */
import { num } from '../../i18n/format.js';
import type { OutcomeStrings } from '../../i18n/strings.js';

const L = 'it';
const outcome: OutcomeStrings = {
  title: 'Hai già segnalato questo contenuto',
  reported: (date, reference) => `Segnalato il ${date}. Riferimento: ${reference}`,
  status: {
    received: 'Ricevuta: in attesa di un moderatore.',
    'in-review': 'Un moderatore la sta esaminando.',
    decided: 'Un moderatore ha preso una decisione.',
  },
  decisionTitle: 'Decisione',
  actions: {
    removed: 'Il contenuto è stato rimosso.',
    restricted: 'Il contenuto è stato limitato.',
    'account-suspended': 'L’account è stato sospeso.',
    warning: 'Il membro è stato ammonito.',
    'no-action': 'Non è stato preso alcun provvedimento.',
  },
  groundLaw: (rule) => `In base alla legge: ${rule}`,
  groundTerms: (rule) => `In base alle regole del sito: ${rule}`,
  automated: 'Deciso con mezzi automatizzati.',
  byPerson: 'Deciso da una persona.',
  appealUntil: (date) => `Puoi contestare questa decisione fino al ${date}.`,
  contest: 'Contesta questa decisione',
  appealLabel: 'Perché questa decisione è sbagliata?',
  appealHint: 'Spiega in breve che cosa la decisione non ha considerato.',
  appealSubmit: 'Invia ricorso',
  appealPending: (reference) => `Il tuo ricorso ${reference} è in attesa di un moderatore.`,
  appealUpheld: 'Il tuo ricorso è stato accolto: la decisione è stata annullata.',
  appealRejected: 'Il tuo ricorso non è stato accolto: la decisione resta valida.',
  appealRequired: 'Spiega perché la decisione è sbagliata.',
  appealTooLong: (max) => `Usa al massimo ${num(L, max)} caratteri.`,
  refused: {
    'too-late': 'Il termine per contestare questa decisione è scaduto.',
    'already-appealed': 'Questa decisione è già stata contestata.',
    'not-decided': 'Non c’è ancora una decisione da contestare.',
    auth: 'Non è più possibile seguire questa segnalazione da qui: forse sei uscito dall’account.',
    other: 'Impossibile inviare il ricorso. Riprova.',
  },
  newReport: 'Puoi anche inviare una nuova segnalazione qui sotto.',
};

export default outcome;

/**
 * The status and appeal views' texts in Spanish (docs/PROTOCOL.md §9):
 * a chunk of their own, fetched by the status view only on a page that
 * follows reports (`receipts`), not with every Spanish form.
 */
import { num } from '../../i18n/format.js';
import type { OutcomeStrings } from '../../i18n/strings.js';

const L = 'es';
const outcome: OutcomeStrings = {
  title: 'Ya denunciaste esto',
  reported: (date, reference) => `Denunciado el ${date}. Referencia: ${reference}`,
  status: {
    received: 'Recibida: a la espera de un moderador.',
    'in-review': 'Un moderador la está revisando.',
    decided: 'Un moderador ha tomado una decisión.',
  },
  decisionTitle: 'Decisión',
  actions: {
    removed: 'Se eliminó el contenido.',
    restricted: 'Se restringió el contenido.',
    'account-suspended': 'Se suspendió la cuenta.',
    warning: 'Se advirtió al miembro.',
    'no-action': 'No se tomó ninguna medida.',
  },
  groundLaw: (rule) => `Según la ley: ${rule}`,
  groundTerms: (rule) => `Según las normas del sitio: ${rule}`,
  automated: 'Decidido por medios automatizados.',
  byPerson: 'Decidido por una persona.',
  appealUntil: (date) => `Puedes impugnar esta decisión hasta el ${date}.`,
  contest: 'Impugnar esta decisión',
  appealLabel: '¿Por qué es errónea esta decisión?',
  appealHint: 'Explica brevemente qué se pasó por alto.',
  appealSubmit: 'Enviar recurso',
  appealPending: (reference) => `Tu recurso ${reference} está a la espera de un moderador.`,
  appealUpheld: 'Tu recurso fue aceptado: la decisión se ha revocado.',
  appealRejected: 'Tu recurso no fue aceptado: la decisión se mantiene.',
  appealRequired: 'Explica por qué la decisión es errónea.',
  appealTooLong: (max) => `Usa como máximo ${num(L, max)} caracteres.`,
  refused: {
    'too-late': 'Ya ha pasado el plazo para impugnar esta decisión.',
    'already-appealed': 'Esta decisión ya ha sido impugnada.',
    'not-decided': 'Todavía no hay ninguna decisión que impugnar.',
    auth: 'Ya no se puede seguir esta denuncia desde aquí: puede que hayas cerrado la sesión.',
    other: 'No se pudo enviar el recurso. Inténtalo de nuevo.',
  },
  newReport: 'También puedes enviar una nueva denuncia más abajo.',
};

export default outcome;

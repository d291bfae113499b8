/**
 * The status and appeal views' texts in Brazilian Portuguese (docs/PROTOCOL.md §9):
 * a chunk of their own, fetched by the status view only on a page that
 * follows reports (`receipts`), not with every Brazilian Portuguese form.
 */
import { num } from '../../i18n/format.js';
import type { OutcomeStrings } from '../../i18n/strings.js';

const L = 'pt-BR';
const outcome: OutcomeStrings = {
  title: 'Você já denunciou isto',
  reported: (date, reference) => `Denunciado em ${date}. Referência: ${reference}`,
  status: {
    received: 'Recebida: aguardando um moderador.',
    'in-review': 'Um moderador está analisando.',
    decided: 'Um moderador tomou uma decisão.',
  },
  decisionTitle: 'Decisão',
  actions: {
    removed: 'O conteúdo foi removido.',
    restricted: 'O conteúdo foi restringido.',
    'account-suspended': 'A conta foi suspensa.',
    warning: 'O membro foi advertido.',
    'no-action': 'Nenhuma medida foi tomada.',
  },
  groundLaw: (rule) => `Com base na lei: ${rule}`,
  groundTerms: (rule) => `Com base nas regras do site: ${rule}`,
  automated: 'Decidido por meios automatizados.',
  byPerson: 'Decidido por uma pessoa.',
  appealUntil: (date) => `Você pode contestar esta decisão até ${date}.`,
  contest: 'Contestar esta decisão',
  appealLabel: 'Por que esta decisão está errada?',
  appealHint: 'Diga em poucas palavras o que a decisão deixou de considerar.',
  appealSubmit: 'Enviar recurso',
  appealPending: (reference) => `Seu recurso ${reference} está aguardando um moderador.`,
  appealUpheld: 'Seu recurso foi aceito: a decisão foi revertida.',
  appealRejected: 'Seu recurso não foi aceito: a decisão foi mantida.',
  appealRequired: 'Diga por que a decisão está errada.',
  appealTooLong: (max) => `Use no máximo ${num(L, max)} caracteres.`,
  refused: {
    'too-late': 'O prazo para contestar esta decisão já terminou.',
    'already-appealed': 'Esta decisão já foi contestada.',
    'not-decided': 'Ainda não há decisão a contestar.',
    auth: 'Não é mais possível acompanhar esta denúncia daqui: talvez você tenha saído da conta.',
    other: 'Não foi possível enviar o recurso. Tente novamente.',
  },
  newReport: 'Você também pode enviar uma nova denúncia abaixo.',
};

export default outcome;

/**
 * The status and appeal views' texts in Russian (docs/PROTOCOL.md §9):
 * a chunk of their own, fetched by the status view only on a page that
 * follows reports (`receipts`), not with every Russian form.
 */
import { num } from '../../i18n/format.js';
import type { OutcomeStrings } from '../../i18n/strings.js';

const L = 'ru';
const outcome: OutcomeStrings = {
  title: 'Вы уже сообщали об этом',
  reported: (date, reference) => `Жалоба отправлена ${date}. Номер: ${reference}`,
  status: {
    received: 'Получена: ожидает модератора.',
    'in-review': 'Модератор рассматривает жалобу.',
    decided: 'Модератор принял решение.',
  },
  decisionTitle: 'Решение',
  actions: {
    removed: 'Материал удалён.',
    restricted: 'Доступ к материалу ограничен.',
    'account-suspended': 'Учётная запись заблокирована.',
    warning: 'Участнику вынесено предупреждение.',
    'no-action': 'Никаких мер не принято.',
  },
  groundLaw: (rule) => `На основании закона: ${rule}`,
  groundTerms: (rule) => `На основании правил сайта: ${rule}`,
  automated: 'Решение принято автоматически.',
  byPerson: 'Решение принято человеком.',
  appealUntil: (date) => `Вы можете обжаловать это решение до ${date}.`,
  contest: 'Обжаловать решение',
  appealLabel: 'Почему это решение неверно?',
  appealHint: 'Кратко напишите, что не было учтено.',
  appealSubmit: 'Отправить жалобу на решение',
  appealPending: (reference) => `Ваше обжалование ${reference} ожидает модератора.`,
  appealUpheld: 'Ваше обжалование принято: решение отменено.',
  appealRejected: 'Ваше обжалование отклонено: решение остаётся в силе.',
  appealRequired: 'Напишите, почему решение неверно.',
  appealTooLong: (max) => `Не более ${num(L, max)} символов.`,
  refused: {
    'too-late': 'Срок обжалования этого решения истёк.',
    'already-appealed': 'Это решение уже обжаловано.',
    'not-decided': 'Решения, которое можно обжаловать, пока нет.',
    auth: 'Отсюда больше нельзя следить за этой жалобой: возможно, вы вышли из учётной записи.',
    other: 'Не удалось отправить обжалование. Попробуйте ещё раз.',
  },
  newReport: 'Ниже можно отправить новую жалобу.',
};

export default outcome;

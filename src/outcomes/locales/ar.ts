/**
 * The status and appeal views' texts in Arabic (docs/PROTOCOL.md §9):
 * a chunk of their own, fetched by the status view only on a page that
 * follows reports (`receipts`), not with every Arabic form.
 */
import { plural } from '../../i18n/format.js';
import type { OutcomeStrings } from '../../i18n/strings.js';

const L = 'ar';
/** "N characters" after a preposition, in the form Arabic grammar asks of each number (as in the form's own words). */
const chars = (n: number) =>
  plural(L, n, { one: 'حرف واحد', two: 'حرفين', few: '# أحرف', many: '# حرفًا', other: '# حرف' });

const outcome: OutcomeStrings = {
  title: 'سبق أن أبلغت عن هذا',
  reported: (date, reference) => `أُبلغ عنه في ${date}. الرقم المرجعي: ${reference}`,
  status: {
    received: 'تم الاستلام: في انتظار أحد المشرفين.',
    'in-review': 'يراجعه أحد المشرفين الآن.',
    decided: 'اتخذ أحد المشرفين قرارًا.',
  },
  decisionTitle: 'القرار',
  actions: {
    removed: 'تمت إزالة المحتوى.',
    restricted: 'تم تقييد المحتوى.',
    'account-suspended': 'تم تعليق الحساب.',
    warning: 'تم توجيه تحذير إلى العضو.',
    'no-action': 'لم يُتخذ أي إجراء.',
  },
  groundLaw: (rule) => `بموجب القانون: ${rule}`,
  groundTerms: (rule) => `بموجب قواعد الموقع: ${rule}`,
  automated: 'اتُّخذ القرار بوسائل آلية.',
  byPerson: 'اتخذ القرار شخص.',
  appealUntil: (date) => `يمكنك الطعن في هذا القرار حتى ${date}.`,
  contest: 'الطعن في هذا القرار',
  appealLabel: 'لماذا هذا القرار خاطئ؟',
  appealHint: 'اذكر باختصار ما غفل عنه القرار.',
  appealSubmit: 'إرسال الطعن',
  appealPending: (reference) => `طعنك ${reference} في انتظار أحد المشرفين.`,
  appealUpheld: 'قُبل طعنك: أُلغي القرار.',
  appealRejected: 'لم يُقبل طعنك: القرار باقٍ.',
  appealRequired: 'اذكر لماذا القرار خاطئ.',
  appealTooLong: (max) => `استخدم ${chars(max)} على الأكثر.`,
  refused: {
    'too-late': 'انقضت مهلة الطعن في هذا القرار.',
    'already-appealed': 'سبق الطعن في هذا القرار.',
    'not-decided': 'لا يوجد قرار للطعن فيه بعد.',
    auth: 'لم يعد بالإمكان متابعة هذا البلاغ من هنا: ربما سجّلت الخروج.',
    other: 'تعذّر إرسال الطعن. يُرجى المحاولة مرة أخرى.',
  },
  newReport: 'يمكنك أيضًا إرسال بلاغ جديد أدناه.',
};

export default outcome;

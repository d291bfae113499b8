import { plural } from '../format.js';
import type { NoticeStrings } from './strings.js';

const L = 'ar';
/** "N characters" after a preposition, in the form Arabic grammar asks of each number. */
const chars = (n: number) =>
  plural(L, n, { one: 'حرف واحد', two: 'حرفين', few: '# أحرف', many: '# حرفًا', other: '# حرف' });
/** "N addresses", likewise. */
const addresses = (n: number) =>
  plural(L, n, { one: 'عنوان واحد', two: 'عنوانين', few: '# عناوين', many: '# عنوانًا', other: '# عنوان' });

const ar: NoticeStrings = {
  category: 'محتوى غير قانوني',
  categoryHelp:
    'محتوى تعتقد أنه يخالف القانون، لا قواعد المجتمع فقط. سترسل إشعارًا قانونيًا: نسألك عن القانون المخالَف وعن السبب، ونبلغك بقرارنا.',
  intro: 'هذا إشعار بمحتوى غير قانوني. يطلب القانون الإجابات أدناه. سنؤكد لك استلامه ونبلغك بما نقرره.',
  groundLegend: 'أي قانون يخالف؟',
  grounds: {
    'child-sexual-abuse': 'مواد الاعتداء الجنسي على الأطفال',
    'terrorism-extremism': 'محتوى إرهابي أو متطرف عنيف',
    'illegal-hate-speech': 'خطاب كراهية مخالف للقانون',
    'threats-violence': 'تهديدات أو تحريض على العنف',
    'non-consensual-intimate-images': 'صور حميمة نُشرت دون موافقة',
    'privacy-data': 'الخصوصية أو البيانات الشخصية',
    'intellectual-property': 'حقوق النشر أو العلامات التجارية أو غيرها من الملكية الفكرية',
    'scams-fraud': 'احتيال أو نصب',
    'unsafe-products': 'منتجات غير قانونية أو غير آمنة',
    'other-law': 'قانون آخر',
  },
  lawLabel: 'القانون أو القاعدة',
  lawHint: (max) => `القانون أو المادة أو الحق المخالَف، بكلماتك (${chars(max)} كحد أقصى).`,
  detailsLabel: 'لماذا هو غير قانوني؟',
  detailsHint: (min) => `مطلوب: اشرح في ${chars(min)} على الأقل لماذا تعتقد أن هذا المحتوى غير قانوني.`,
  locationsLabel: 'أين يوجد؟',
  locationsIncluded: 'مُضمَّن: عنوان ما تبلغ عنه',
  locationsHint: (more) => `عناوين أخرى يظهر فيها المحتوى نفسه، عنوان في كل سطر (${addresses(more)} إضافية كحد أقصى).`,
  notifierLegend: 'اسمك وبريدك الإلكتروني',
  nameLabel: 'اسمك',
  emailLabel: 'بريدك الإلكتروني',
  notifierHint: 'نرسل تأكيد الاستلام وقرارنا إلى هذا العنوان.',
  anonymousHint:
    'في حالة مواد الاعتداء الجنسي على الأطفال يسمح لك القانون بإرسال هذا الإشعار دون ذكر هويتك: الاسم والبريد الإلكتروني اختياريان. ودون بريد إلكتروني لا يمكننا إبلاغك بقرارنا.',
  goodFaithLabel: 'أعتقد بحسن نية أن المعلومات الواردة في هذا الإشعار دقيقة وكاملة',
  errors: {
    groundRequired: 'اختر القانون الذي يخالفه.',
    lawRequired: 'اذكر القانون أو القاعدة المخالَفة.',
    lawTooLong: (max) => `يمكن أن يحتوي القانون أو القاعدة على ${chars(max)} كحد أقصى.`,
    detailsTooShort: (min) => `اشرح في ${chars(min)} على الأقل لماذا هو غير قانوني.`,
    locationInvalid: (link) => `هذا ليس عنوان ويب (http أو https): ${link}`,
    locationsTooMany: (more) => `أضف ${addresses(more)} إضافية كحد أقصى.`,
    nameRequired: 'اذكر اسمك، أو اختر مواد الاعتداء الجنسي على الأطفال إن كان هذا ما تبلغ عنه.',
    nameTooLong: (max) => `يمكن أن يحتوي اسمك على ${chars(max)} كحد أقصى.`,
    emailRequired: 'اذكر بريدك الإلكتروني لنتمكن من إبلاغك بقرارنا.',
    emailInvalid: 'هذا ليس عنوان بريد إلكتروني (مثل name@example.com).',
    goodFaithRequired: 'حدّد هذا المربع لتأكيد أن الإشعار دقيق وكامل.',
  },
  received: 'شكرًا لك. استلمنا إشعارك.',
  decisionTo: (email) => `سنرسل قرارنا، وطريقة الاعتراض عليه، إلى ${email}.`,
  noDecision: 'لم تذكر عنوان بريد إلكتروني، لذا لا يمكننا إرسال قرارنا إليك.',
};

export default ar;

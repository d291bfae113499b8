import { num, plural } from '../format.js';
import type { Strings } from '../strings.js';

const L = 'ar';
/** Names and file names in accessible names keep their own direction (first-strong isolate); the form isolates people's text in its sentences itself. */
const iso = (text: string) => `\u2068${text}\u2069`;
/** "N characters" after a preposition, in the form Arabic grammar asks of each number. */
const chars = (n: number) =>
  plural(L, n, { one: 'حرف واحد', two: 'حرفين', few: '# أحرف', many: '# حرفًا', other: '# حرف' });
const TYPES: Record<string, string> = {
  answer: 'هذه الإجابة',
  notebook: 'هذا الدفتر',
  discussion: 'هذا النقاش',
  comment: 'هذا التعليق',
  message: 'هذه الرسالة',
};

const ar: Strings = {
  flagLabel: 'إبلاغ',
  reportUserLabel: 'الإبلاغ عن العضو',
  dialogTitle: 'الإبلاغ عن مشكلة',
  close: 'إغلاق',
  introContent: (type) => `أخبرنا بما هو خطأ في ${TYPES[type] ?? 'هذا المنشور'}.`,
  introUser: (name) => (name ? `أخبرنا بما حدث مع ${name}.` : 'أخبرنا بما حدث مع هذا العضو.'),
  excerptLabel: 'أنت تبلغ عن',
  categoryLegend: 'ما المشكلة؟',
  categories: {
    spam: 'رسائل تجارية مزعجة',
    sexual: 'تعليقات جنسية أو غير لائقة',
    hate: 'خطاب كراهية أو تهديدات',
    scam: 'احتيال أو تصيّد أو نصب',
    harassment: 'تنمّر أو مضايقة',
    'religious-political': 'منشورات دينية أو سياسية صريحة',
    other: 'شيء آخر',
  },
  categoryHelp: {
    spam: 'إعلانات أو عروض بيع أو روابط منشورة لبيع شيء ما، لا للمشاركة.',
    sexual: 'ملاحظات أو طلبات أو صور ذات طابع جنسي، أو تعليقات غير لائقة هنا لسبب آخر.',
    hate: 'مهاجمة الناس بسبب هويتهم، أو التهديد بالعنف ضد أي شخص.',
    scam: 'طلب المال، أو الدفع خارج المنصة، أو عروض زائفة، أو محاولات للحصول على كلمات المرور أو البيانات المصرفية.',
    harassment: 'تواصل متكرر غير مرغوب فيه، أو إهانات، أو ترهيب، أو محاولات لإحراج شخص ما.',
    'religious-political': 'منشورات تروّج لرأي ديني أو سياسي بدل مساعدة الناس على التعلّم.',
    other: 'أي أمر آخر يخالف قواعد المجتمع. يُرجى وصفه أدناه.',
  },
  aboutCategory: (label) => `حول «${label}»`,
  detailsLabel: 'التفاصيل',
  detailsHint: 'اختياري. ما الذي حدث، وما يجب أن يعرفه المشرفون.',
  detailsHintOther: (min) => `مطلوب: صف المشكلة في ${chars(min)} على الأقل.`,
  counter: (count, max) => `${num(L, count)} / ${num(L, max)}`,
  placeLegend: 'أين حدث ذلك؟',
  places: {
    site: 'على هذا الموقع',
    messages: 'في الرسائل',
    lesson: 'أثناء درس',
    'video-call': 'في مكالمة فيديو أو تطبيق آخر (مثل Skype أو Zoom)',
    email: 'عبر البريد الإلكتروني',
    elsewhere: 'في مكان آخر',
  },
  placeDetailLabel: 'أي تطبيق أو مكان؟',
  linksLabel: 'الروابط',
  linksHint: (max) => `روابط المنشورات أو الرسائل أو الملفات الشخصية المعنية، رابط في كل سطر (${num(L, max)} كحد أقصى).`,
  messageTextLabel: 'نص الرسائل',
  messageTextHint: 'الصق الرسائل كما كُتبت تمامًا.',
  screenshotsLabel: 'إضافة لقطات شاشة',
  screenshotsHint: (max) => `PNG أو JPEG أو WebP، ${num(L, max)} كحد أقصى. يمكنك أيضًا لصقها أو إفلاتها هنا.`,
  screenshotsCount: (count, max) => `لقطات الشاشة المضافة: ${num(L, count)} من ${num(L, max)}.`,
  removeScreenshot: (name) => `إزالة ${iso(name)}`,
  screenshotRemoved: (name) => `تمت إزالة ${name}.`,
  screenshotsNotKept: (count) =>
    plural(L, count, {
      one: 'كانت لقطة شاشة واحدة أكبر من أن تُحفظ عند إعادة تحميل الصفحة. يُرجى إضافتها مرة أخرى.',
      two: 'كانت لقطتا شاشة أكبر من أن تُحفظا عند إعادة تحميل الصفحة. يُرجى إضافتهما مرة أخرى.',
      few: 'كانت # لقطات شاشة أكبر من أن تُحفظ عند إعادة تحميل الصفحة. يُرجى إضافتها مرة أخرى.',
      other: 'كانت # لقطة شاشة أكبر من أن تُحفظ عند إعادة تحميل الصفحة. يُرجى إضافتها مرة أخرى.',
    }),
  blockLabel: 'حظر هذا المستخدم أيضًا',
  blockHint: 'لن يتمكن من التواصل معك.',
  urgentLabel: 'أشعر بعدم الأمان أو بالضغط',
  urgentHelp: 'سيُعلَّم بلاغك على أنه عاجل. إذا كنت في خطر الآن، فاتصل بخدمات الطوارئ المحلية.',
  urgentHelpLink: 'احصل على المساعدة الآن',
  scamAdvice:
    'لا ترسل المال أبدًا إلى شخص تعرّفت إليه هنا، ولا تشارك عنوانك أو بياناتك المصرفية خارج المنصة أبدًا. أبقِ جميع المدفوعات داخل المنصة.',
  threatAdvice: 'إذا كنت أنت أو أي شخص آخر في خطر الآن، فاتصل أولًا بخدمات الطوارئ المحلية.',
  harassmentAdvice: 'يمكنك حظر هذا العضو: حدّد «حظر هذا المستخدم أيضًا» أدناه، ولن يتمكن من التواصل معك بعد ذلك.',
  submit: 'إرسال',
  cancel: 'إلغاء',
  sending: 'جارٍ إرسال بلاغك…',
  thankYou: 'شكرًا لك. تم إرسال بلاغك.',
  whatNext: 'سيراجعه المشرفون لدينا ويتخذون الإجراء اللازم إذا كان يخالف القواعد.',
  reference: (ref) => `الرقم المرجعي لبلاغك: ${ref}`,
  blockConfirmed: (name) => (name ? `طلبتَ حظر ${name}.` : 'طلبتَ حظر هذا العضو.'),
  markDelivered: 'تم الإبلاغ',
  openFailed: 'تعذّر فتح نموذج الإبلاغ. تحقّق من اتصالك وحاول مرة أخرى.',
  discardDraft: 'تجاهل المسودة',
  draftDiscarded: 'تم تجاهل المسودة.',
  queued: {
    title: 'تم الحفظ على هذا الجهاز. سيُرسَل لاحقًا.',
    network: 'فشل الاتصال، لذا لم يتسنَّ تأكيد بلاغك بعد. سيُرسَل فور عودة الاتصال، حتى لو أغلقت هذه الصفحة.',
    server: 'لم تؤكد خدمة البلاغات استلام بلاغك بعد. ستُعاد محاولة إرساله قريبًا، حتى لو أغلقت هذه الصفحة.',
    memoryOnly: 'لا يستطيع هذا المتصفح الاحتفاظ بالبلاغ بعد إغلاق هذه الصفحة. أبقِ الصفحة مفتوحة حتى يُرسَل.',
    limit: (count) =>
      `يحتفظ هذا الجهاز بالفعل بالحد الأقصى من البلاغات المنتظرة للإرسال (${num(L, count)}). لن يُحفظ هذا البلاغ إلا ما دامت هذه الصفحة مفتوحة.`,
    auth: 'تعذّر إرسال بلاغك المحفوظ: يبدو أنك سجّلت الخروج. سجّل الدخول ثم حاول مرة أخرى. لا يزال البلاغ محفوظًا.',
    expired: (days) =>
      `ينتظر بلاغك المحفوظ منذ أكثر من ${plural(L, days, {
        one: 'يوم واحد',
        two: 'يومين',
        few: '# أيام',
        many: '# يومًا',
        other: '# يوم',
      })}. حاول مرة أخرى أو تجاهله.`,
    tryNow: 'حاول الآن',
    discard: 'تجاهل هذا البلاغ',
    discarded: 'تم تجاهل البلاغ المحفوظ.',
    mark: 'محفوظ، سيُرسَل',
  },
  fixErrors: (count) =>
    plural(L, count, {
      one: 'يُرجى تصحيح إجابة واحدة أدناه.',
      two: 'يُرجى تصحيح إجابتين أدناه.',
      few: 'يُرجى تصحيح # إجابات أدناه.',
      many: 'يُرجى تصحيح # إجابة أدناه.',
      other: 'يُرجى تصحيح # إجابة أدناه.',
    }),
  errors: {
    categoryRequired: 'اختر نوع المشكلة.',
    placeRequired: 'اختر أين حدث ذلك.',
    detailsTooShort: (min) => `صف المشكلة في ${chars(min)} على الأقل.`,
    detailsTooLong: (max) => `يمكن أن تحتوي التفاصيل على ${chars(max)} كحد أقصى.`,
    messageTextTooLong: (max) => `يمكن أن يحتوي نص الرسائل على ${chars(max)} كحد أقصى.`,
    placeDetailTooLong: (max) => `يمكن أن يحتوي هذا الحقل على ${chars(max)} كحد أقصى.`,
    linkInvalid: (link) => `هذا ليس رابط ويب (http أو https): ${link}`,
    linksTooMany: (max) =>
      `أضف ${plural(L, max, { one: 'رابطًا واحدًا', two: 'رابطين', few: '# روابط', many: '# رابطًا', other: '# رابط' })} كحد أقصى.`,
    tooManyFiles: (max) =>
      `يمكنك إضافة ${plural(L, max, {
        one: 'لقطة شاشة واحدة',
        two: 'لقطتي شاشة',
        few: '# لقطات شاشة',
        many: '# لقطة شاشة',
        other: '# لقطة شاشة',
      })} كحد أقصى؛ لم تُضَف البقية.`,
    notAnImage: (name) => `لم تتم إضافة ${name}: لا يمكن إرسال إلا صور PNG أو JPEG أو WebP.`,
    fileTooLarge: (name, maxMb) => `لم تتم إضافة ${name}: حجمه أكبر من ${num(L, maxMb)} ميغابايت.`,
    field: (code) =>
      ({
        required: 'هذا الحقل مطلوب.',
        'too-long': 'هذا طويل جدًا.',
        'too-short': 'هذا قصير جدًا.',
        'too-many': 'العدد كبير جدًا.',
        'too-large': 'الحجم كبير جدًا.',
        duplicate: 'هذا مكرر.',
        'invalid-url': 'هذا ليس رابط ويب.',
        'not-allowed': 'هذا غير مسموح به هنا.',
        invalid: 'هذا غير صالح.',
      })[code],
  },
  evidence: {
    empty: (name) => `لم تتم إضافة ${name}: الملف فارغ.`,
    truncated: (name) => `لم تتم إضافة ${name}: الملف غير مكتمل أو تالف.`,
    tooManyPixels: (name, mp) =>
      `لم تتم إضافة ${name}: تحتوي الصورة على أكثر من ${plural(L, mp, {
        one: 'مليون بكسل',
        two: 'مليوني بكسل',
        few: '# ملايين بكسل',
        many: '# مليون بكسل',
        other: '# مليون بكسل',
      })}.`,
    unreadable: (name) => `لم تتم إضافة ${name}: تعذّرت قراءته كصورة.`,
    dropHere: 'أفلت الصور هنا لإضافتها',
    hideParts: 'إخفاء أجزاء',
    redact: (name) => `إخفاء أجزاء من ${iso(name)}`,
    editorTitle: (name) => `إخفاء أجزاء من ${iso(name)}`,
    editorHelp:
      'اسحب فوق ما تريد إخفاءه، أو استخدم مفاتيح الأسهم لتحريك الإطار (Shift + الأسهم لتغيير حجمه) ثم اضغط Enter لإخفائه. ما تخفيه يُحذف من الصورة، ولا يُغطّى فقط.',
    addBox: 'إخفاء هذه المنطقة',
    undo: 'تراجع',
    apply: 'تطبيق',
    cancel: 'إلغاء',
    boxes: (count) =>
      plural(L, count, {
        zero: 'لم تُخفَ أي منطقة.',
        one: 'تم إخفاء منطقة واحدة.',
        two: 'تم إخفاء منطقتين.',
        few: 'تم إخفاء # مناطق.',
        many: 'تم إخفاء # منطقة.',
        other: 'تم إخفاء # منطقة.',
      }),
    capture: 'التقاط هذه الصفحة',
    captureDenied: 'لم يسمح هذا المتصفح بالتقاط الصفحة. يمكنك التقاط لقطة شاشة بنفسك وإضافتها أعلاه.',
    hideTool: 'إخفاء',
    highlightHelp: 'مع «تمييز» تُحاط المنطقة بإطار بدلًا من إخفائها.',
    highlightTool: 'تمييز',
    addHighlight: 'تمييز هذه المنطقة',
    highlights: (count) =>
      plural(L, count, {
        zero: 'لم تُميَّز أي منطقة.',
        one: 'تم تمييز منطقة واحدة.',
        two: 'تم تمييز منطقتين.',
        few: 'تم تمييز # مناطق.',
        many: 'تم تمييز # منطقة.',
        other: 'تم تمييز # منطقة.',
      }),
    redacted: (name) => `تم تحديث ${name}: حُذفت المناطق المخفية من الصورة.`,
    uploading: (percent) => `جارٍ الإرسال… ${num(L, percent)}%`,
    progressLabel: 'تقدّم الإرسال',
    stop: 'إيقاف الإرسال',
    stopped: 'تم إيقاف الإرسال. لم يضِع شيء: بلاغك لا يزال هنا، أرسله عندما تكون مستعدًا.',
  },
  delivery: {
    config: 'لا يمكن لهذه الصفحة إرسال البلاغات: عنوان الإرسال مفقود أو غير مسموح به. لم يُرسَل أي شيء.',
    validation: 'تعذّر قبول البلاغ. يُرجى مراجعة إجاباتك.',
    auth: 'يبدو أنك سجّلت الخروج أو لا تملك إذنًا بالإبلاغ. سجّل الدخول وحاول مرة أخرى؛ بلاغك لا يزال هنا.',
    tooLarge: 'لقطات الشاشة أكبر من أن تُرسَل. أزل بعضها وحاول مرة أخرى.',
    notSent: 'لم يُرسَل بلاغك.',
  },
};

export default ar;

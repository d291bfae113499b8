import { num } from '../format.js';
import type { NoticeStrings } from './strings.js';

const L = 'he';

const he: NoticeStrings = {
  category: 'תוכן בלתי חוקי',
  categoryHelp:
    'תוכן שלדעתכם מפר את החוק, ולא רק את כללי הקהילה. אתם שולחים הודעה משפטית: נשאל איזה חוק ולמה, ונודיע לכם על ההחלטה שלנו.',
  intro: 'זוהי הודעה על תוכן בלתי חוקי. החוק דורש את התשובות שלמטה. נאשר שקיבלנו אותה ונודיע לכם מה החלטנו.',
  groundLegend: 'על איזה חוק הוא עובר?',
  grounds: {
    'child-sexual-abuse': 'תיעוד של פגיעה מינית בילדים',
    'terrorism-extremism': 'תוכן טרור או קיצוניות אלימה',
    'illegal-hate-speech': 'דברי שטנה בלתי חוקיים',
    'threats-violence': 'איומים או הסתה לאלימות',
    'non-consensual-intimate-images': 'תמונות אינטימיות שפורסמו ללא הסכמה',
    'privacy-data': 'פרטיות או מידע אישי',
    'intellectual-property': 'זכויות יוצרים, סימן מסחר או קניין רוחני אחר',
    'scams-fraud': 'הונאה או מרמה',
    'unsafe-products': 'מוצרים בלתי חוקיים או לא בטוחים',
    'other-law': 'חוק אחר',
  },
  lawLabel: 'חוק או כלל',
  lawHint: (max) => `החוק, הסעיף או הזכות שהופרו, במילים שלכם (עד ${num(L, max)} תווים).`,
  detailsLabel: 'למה זה בלתי חוקי?',
  detailsHint: (min) => `חובה: הסבירו ב־${num(L, min)} תווים לפחות למה לדעתכם התוכן הזה בלתי חוקי.`,
  locationsLabel: 'איפה זה נמצא?',
  locationsIncluded: 'כלולה: הכתובת של מה שאתם מדווחים עליו',
  locationsHint: (more) => `כתובות נוספות שבהן מופיע אותו תוכן, כתובת אחת בכל שורה (עד ${num(L, more)} נוספות).`,
  notifierLegend: 'השם והאימייל שלכם',
  nameLabel: 'השם שלכם',
  emailLabel: 'האימייל שלכם',
  notifierHint: 'לכתובת הזו נשלח את אישור הקבלה ואת ההחלטה שלנו.',
  anonymousHint:
    'בתיעוד של פגיעה מינית בילדים החוק מאפשר לשלוח את ההודעה הזו בעילום שם: השם והאימייל אינם חובה. בלי אימייל לא נוכל להודיע לכם על ההחלטה שלנו.',
  goodFaithLabel: 'אני מאמין/ה בתום לב שהמידע בהודעה זו מדויק ומלא',
  errors: {
    groundRequired: 'בחרו על איזה חוק הוא עובר.',
    lawRequired: 'ציינו את החוק או הכלל שהופרו.',
    lawTooLong: (max) => `החוק או הכלל יכולים להכיל עד ${num(L, max)} תווים.`,
    detailsTooShort: (min) => `הסבירו ב־${num(L, min)} תווים לפחות למה זה בלתי חוקי.`,
    locationInvalid: (link) => `זו לא כתובת אתר (http או https): ${link}`,
    locationsTooMany: (more) => `אפשר להוסיף עד ${num(L, more)} כתובות נוספות.`,
    nameRequired: 'ציינו את שמכם, או בחרו תיעוד של פגיעה מינית בילדים אם על זה אתם מדווחים.',
    nameTooLong: (max) => `השם יכול להכיל עד ${num(L, max)} תווים.`,
    emailRequired: 'ציינו את האימייל שלכם כדי שנוכל להודיע לכם על ההחלטה שלנו.',
    emailInvalid: 'זו לא כתובת אימייל (למשל name@example.com).',
    goodFaithRequired: 'סמנו את התיבה כדי לאשר שההודעה מדויקת ומלאה.',
  },
  received: 'תודה. קיבלנו את ההודעה שלכם.',
  decisionTo: (email) => `נשלח את ההחלטה שלנו, ואת הדרך לערער עליה, אל ${email}.`,
  noDecision: 'לא ציינתם כתובת אימייל, ולכן לא נוכל לשלוח לכם את ההחלטה שלנו.',
};

export default he;

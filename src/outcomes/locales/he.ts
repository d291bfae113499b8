/**
 * The status and appeal views' texts in Hebrew (docs/PROTOCOL.md §9):
 * a chunk of their own, fetched by the status view only on a page that
 * follows reports (`receipts`), not with every Hebrew form.
 */
import { num } from '../../i18n/format.js';
import type { OutcomeStrings } from '../../i18n/strings.js';

const L = 'he';
const outcome: OutcomeStrings = {
  title: 'כבר דיווחת על זה',
  reported: (date, reference) => `דווח ב־${date}. מספר אסמכתה: ${reference}`,
  status: {
    received: 'התקבל: ממתין למנהל קהילה.',
    'in-review': 'מנהל קהילה בודק את הדיווח.',
    decided: 'מנהל קהילה קיבל החלטה.',
  },
  decisionTitle: 'החלטה',
  actions: {
    removed: 'התוכן הוסר.',
    restricted: 'התוכן הוגבל.',
    'account-suspended': 'החשבון הושעה.',
    warning: 'החבר קיבל אזהרה.',
    'no-action': 'לא ננקטה פעולה.',
  },
  groundLaw: (rule) => `על פי החוק: ${rule}`,
  groundTerms: (rule) => `על פי כללי האתר: ${rule}`,
  automated: 'ההחלטה התקבלה באמצעים אוטומטיים.',
  byPerson: 'ההחלטה התקבלה על ידי אדם.',
  appealUntil: (date) => `אפשר לערער על ההחלטה עד ${date}.`,
  contest: 'ערעור על ההחלטה',
  appealLabel: 'מדוע ההחלטה שגויה?',
  appealHint: 'כתבו בקצרה מה ההחלטה החמיצה.',
  appealSubmit: 'שליחת הערעור',
  appealPending: (reference) => `הערעור שלך ${reference} ממתין למנהל קהילה.`,
  appealUpheld: 'הערעור שלך התקבל: ההחלטה בוטלה.',
  appealRejected: 'הערעור שלך לא התקבל: ההחלטה נשארת בתוקף.',
  appealRequired: 'כתבו מדוע ההחלטה שגויה.',
  appealTooLong: (max) => `עד ${num(L, max)} תווים.`,
  refused: {
    'too-late': 'המועד לערעור על ההחלטה חלף.',
    'already-appealed': 'כבר הוגש ערעור על ההחלטה.',
    'not-decided': 'עדיין אין החלטה שאפשר לערער עליה.',
    auth: 'כבר אי אפשר לעקוב מכאן אחר הדיווח: ייתכן שהתנתקת.',
    other: 'לא ניתן היה לשלוח את הערעור. נסו שוב.',
  },
  newReport: 'אפשר גם לשלוח דיווח חדש למטה.',
};

export default outcome;

/**
 * The status and appeal views' texts in Japanese (docs/PROTOCOL.md §9):
 * a chunk of their own, fetched by the status view only on a page that
 * follows reports (`receipts`), not with every Japanese form.
 */
import { num } from '../../i18n/format.js';
import type { OutcomeStrings } from '../../i18n/strings.js';

const L = 'ja';
const outcome: OutcomeStrings = {
  title: 'この内容は以前に報告済みです',
  reported: (date, reference) => `${date}に報告。参照番号: ${reference}`,
  status: {
    received: '受付済み: モデレーターの対応を待っています。',
    'in-review': 'モデレーターが確認しています。',
    decided: 'モデレーターが判断しました。',
  },
  decisionTitle: '判断',
  actions: {
    removed: 'コンテンツは削除されました。',
    restricted: 'コンテンツは制限されました。',
    'account-suspended': 'アカウントは停止されました。',
    warning: 'メンバーに警告しました。',
    'no-action': '措置は取られませんでした。',
  },
  groundLaw: (rule) => `法律に基づく: ${rule}`,
  groundTerms: (rule) => `サイトのルールに基づく: ${rule}`,
  automated: '自動化された手段で判断されました。',
  byPerson: '人が判断しました。',
  appealUntil: (date) => `この判断には${date}まで異議を申し立てられます。`,
  contest: 'この判断に異議を申し立てる',
  appealLabel: 'この判断のどこが間違っていますか？',
  appealHint: '判断で見落とされた点を簡潔に書いてください。',
  appealSubmit: '異議を送信',
  appealPending: (reference) => `異議申し立て ${reference} はモデレーターの対応を待っています。`,
  appealUpheld: '異議申し立てが認められ、判断は取り消されました。',
  appealRejected: '異議申し立ては認められず、判断は維持されました。',
  appealRequired: '判断が間違っている理由を書いてください。',
  appealTooLong: (max) => `${num(L, max)}文字以内で入力してください。`,
  refused: {
    'too-late': 'この判断に異議を申し立てられる期間は終了しました。',
    'already-appealed': 'この判断にはすでに異議が申し立てられています。',
    'not-decided': '異議を申し立てられる判断はまだありません。',
    auth: 'ここからはこの報告を確認できなくなりました。ログアウトしている可能性があります。',
    other: '異議を送信できませんでした。もう一度お試しください。',
  },
  newReport: '下のフォームから新しい報告を送ることもできます。',
};

export default outcome;

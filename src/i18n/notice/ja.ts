import { num } from '../format.js';
import type { NoticeStrings } from './strings.js';

const L = 'ja';

const ja: NoticeStrings = {
  category: '違法なコンテンツ',
  categoryHelp:
    'コミュニティのルールだけでなく、法律に違反していると思われるコンテンツ。法的な通知を送ります。どの法律か、なぜかをお尋ねし、判断の結果をお知らせします。',
  intro: 'これは違法なコンテンツについての通知です。以下の項目は法律で求められています。受け付けたことを確認し、判断の結果をお知らせします。',
  groundLegend: 'どの法律に違反していますか？',
  grounds: {
    'child-sexual-abuse': '児童の性的虐待に関するコンテンツ',
    'terrorism-extremism': 'テロや暴力的過激主義のコンテンツ',
    'illegal-hate-speech': '違法なヘイトスピーチ',
    'threats-violence': '脅迫や暴力の扇動',
    'non-consensual-intimate-images': '同意なく共有された性的な画像',
    'privacy-data': 'プライバシーや個人情報',
    'intellectual-property': '著作権、商標その他の知的財産',
    'scams-fraud': '詐欺',
    'unsafe-products': '違法または危険な製品',
    'other-law': 'その他の法律',
  },
  lawLabel: '法律や規則',
  lawHint: (max) => `違反している法律、条文、権利をご自分の言葉で（${num(L, max)}文字以内）。`,
  detailsLabel: 'なぜ違法なのですか？',
  detailsHint: (min) => `必須：このコンテンツが違法だと考える理由を${num(L, min)}文字以上で説明してください。`,
  locationsLabel: 'どこにありますか？',
  locationsIncluded: '含まれています：報告するコンテンツのアドレス',
  locationsHint: (more) => `同じコンテンツが掲載されているほかのアドレス。1 行に 1 つ（あと最大 ${num(L, more)} 件）。`,
  notifierLegend: 'お名前とメールアドレス',
  nameLabel: 'お名前',
  emailLabel: 'メールアドレス',
  notifierHint: '受付の確認と判断の結果をこのアドレスにお送りします。',
  anonymousHint:
    '児童の性的虐待に関するコンテンツの場合、法律によりこの通知を匿名で送ることができます。お名前とメールアドレスは任意です。メールアドレスがないと判断の結果をお知らせできません。',
  goodFaithLabel: 'この通知の内容が正確かつ完全であると誠実に信じます',
  errors: {
    groundRequired: 'どの法律に違反しているか選んでください。',
    lawRequired: '違反している法律や規則を入力してください。',
    lawTooLong: (max) => `法律や規則は${num(L, max)}文字以内で入力してください。`,
    detailsTooShort: (min) => `違法である理由を${num(L, min)}文字以上で説明してください。`,
    locationInvalid: (link) => `ウェブのアドレス（http または https）ではありません：${link}`,
    locationsTooMany: (more) => `追加できるアドレスはあと${num(L, more)}件までです。`,
    nameRequired: 'お名前を入力してください。児童の性的虐待に関するコンテンツを報告する場合はそれを選んでください。',
    nameTooLong: (max) => `お名前は${num(L, max)}文字以内で入力してください。`,
    emailRequired: '判断の結果をお知らせできるよう、メールアドレスを入力してください。',
    emailInvalid: 'メールアドレスではありません（例：name@example.com）。',
    goodFaithRequired: '通知が正確かつ完全であることを確認するため、このボックスにチェックを入れてください。',
  },
  received: 'ありがとうございます。通知を受け付けました。',
  decisionTo: (email) => `判断の結果と異議の申し立て方法を ${email} にお送りします。`,
  noDecision: 'メールアドレスが入力されていないため、判断の結果をお送りできません。',
};

export default ja;

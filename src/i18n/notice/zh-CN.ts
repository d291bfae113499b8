import { num } from '../format.js';
import type { NoticeStrings } from './strings.js';

const L = 'zh-CN';

const zhCN: NoticeStrings = {
  category: '违法内容',
  categoryHelp: '你认为违反法律、而不仅仅是违反社区规则的内容。你将发送一份法律通知：我们会询问违反了哪项法律及原因，并告诉你我们的决定。',
  intro: '这是一份违法内容通知。法律要求填写以下内容。我们会确认已收到，并告诉你我们的决定。',
  groundLegend: '违反了哪项法律？',
  grounds: {
    'child-sexual-abuse': '儿童性虐待内容',
    'terrorism-extremism': '恐怖主义或暴力极端主义内容',
    'illegal-hate-speech': '违法的仇恨言论',
    'threats-violence': '威胁或煽动暴力',
    'non-consensual-intimate-images': '未经同意分享的私密图像',
    'privacy-data': '隐私或个人数据',
    'intellectual-property': '版权、商标或其他知识产权',
    'scams-fraud': '诈骗或欺诈',
    'unsafe-products': '违法或不安全的产品',
    'other-law': '其他法律',
  },
  lawLabel: '法律或规定',
  lawHint: (max) => `用你自己的话说明所违反的法律、条款或权利（最多 ${num(L, max)} 个字）。`,
  detailsLabel: '为什么违法？',
  detailsHint: (min) => `必填：请用至少 ${num(L, min)} 个字说明你为什么认为此内容违法。`,
  locationsLabel: '在哪里？',
  locationsIncluded: '已包含：你所举报内容的地址',
  locationsHint: (more) => `出现相同内容的其他地址，每行一个（最多再加 ${num(L, more)} 个）。`,
  notifierLegend: '你的姓名和邮箱',
  nameLabel: '你的姓名',
  emailLabel: '你的邮箱',
  notifierHint: '我们会把收件确认和我们的决定发送到这个地址。',
  anonymousHint: '对于儿童性虐待内容，法律允许你匿名发送此通知：姓名和邮箱可不填。没有邮箱，我们就无法告诉你我们的决定。',
  goodFaithLabel: '我善意地相信本通知中的信息准确且完整',
  errors: {
    groundRequired: '请选择违反了哪项法律。',
    lawRequired: '请填写所违反的法律或规定。',
    lawTooLong: (max) => `法律或规定最多 ${num(L, max)} 个字。`,
    detailsTooShort: (min) => `请用至少 ${num(L, min)} 个字说明为什么违法。`,
    locationInvalid: (link) => `这不是网页地址（http 或 https）：${link}`,
    locationsTooMany: (more) => `最多再添加 ${num(L, more)} 个地址。`,
    nameRequired: '请填写你的姓名；如果你举报的是儿童性虐待内容，请选择该项。',
    nameTooLong: (max) => `姓名最多 ${num(L, max)} 个字。`,
    emailRequired: '请填写你的邮箱，以便我们告诉你我们的决定。',
    emailInvalid: '这不是邮箱地址（例如 name@example.com）。',
    goodFaithRequired: '请勾选此框，确认通知准确且完整。',
  },
  received: '谢谢。我们已收到你的通知。',
  decisionTo: (email) => `我们会把我们的决定以及如何申诉发送到 ${email}。`,
  noDecision: '你没有填写邮箱地址，因此我们无法向你发送我们的决定。',
};

export default zhCN;

import { num } from '../format.js';
import type { NoticeStrings } from './strings.js';

const L = 'ko';

const ko: NoticeStrings = {
  category: '불법 콘텐츠',
  categoryHelp:
    '커뮤니티 규칙뿐 아니라 법을 위반한다고 생각되는 콘텐츠입니다. 법적 신고를 보내게 됩니다. 어떤 법인지, 왜 그런지 묻고 결정을 알려 드립니다.',
  intro: '불법 콘텐츠 신고입니다. 아래 항목은 법에서 요구하는 내용입니다. 접수를 확인해 드리고 결정 결과를 알려 드립니다.',
  groundLegend: '어떤 법을 위반하나요?',
  grounds: {
    'child-sexual-abuse': '아동 성학대 콘텐츠',
    'terrorism-extremism': '테러 또는 폭력적 극단주의 콘텐츠',
    'illegal-hate-speech': '불법 혐오 표현',
    'threats-violence': '협박 또는 폭력 선동',
    'non-consensual-intimate-images': '동의 없이 공유된 사적인 이미지',
    'privacy-data': '사생활 또는 개인정보',
    'intellectual-property': '저작권, 상표권 또는 기타 지식재산권',
    'scams-fraud': '사기',
    'unsafe-products': '불법 또는 위험한 제품',
    'other-law': '기타 법률',
  },
  lawLabel: '법률 또는 규정',
  lawHint: (max) => `위반된 법률, 조항 또는 권리를 직접 적어 주세요(최대 ${num(L, max)}자).`,
  detailsLabel: '왜 불법인가요?',
  detailsHint: (min) => `필수: 이 콘텐츠가 불법이라고 생각하는 이유를 ${num(L, min)}자 이상으로 설명해 주세요.`,
  locationsLabel: '어디에 있나요?',
  locationsIncluded: '포함됨: 신고하는 콘텐츠의 주소',
  locationsHint: (more) => `같은 콘텐츠가 있는 다른 주소를 한 줄에 하나씩 적어 주세요(최대 ${num(L, more)}개 더).`,
  notifierLegend: '이름과 이메일',
  nameLabel: '이름',
  emailLabel: '이메일',
  notifierHint: '접수 확인과 결정 결과를 이 주소로 보내 드립니다.',
  anonymousHint:
    '아동 성학대 콘텐츠는 법에 따라 익명으로 신고할 수 있습니다. 이름과 이메일은 선택 사항입니다. 이메일이 없으면 결정 결과를 알려 드릴 수 없습니다.',
  goodFaithLabel: '이 신고의 정보가 정확하고 완전하다고 선의로 믿습니다',
  errors: {
    groundRequired: '어떤 법을 위반하는지 선택해 주세요.',
    lawRequired: '위반된 법률이나 규정을 적어 주세요.',
    lawTooLong: (max) => `법률 또는 규정은 최대 ${num(L, max)}자까지 입력할 수 있습니다.`,
    detailsTooShort: (min) => `불법인 이유를 ${num(L, min)}자 이상으로 설명해 주세요.`,
    locationInvalid: (link) => `웹 주소(http 또는 https)가 아닙니다: ${link}`,
    locationsTooMany: (more) => `주소는 최대 ${num(L, more)}개까지 더 추가할 수 있습니다.`,
    nameRequired: '이름을 입력하거나, 아동 성학대 콘텐츠를 신고하는 경우 해당 항목을 선택해 주세요.',
    nameTooLong: (max) => `이름은 최대 ${num(L, max)}자까지 입력할 수 있습니다.`,
    emailRequired: '결정 결과를 알려 드릴 수 있도록 이메일을 입력해 주세요.',
    emailInvalid: '이메일 주소가 아닙니다(예: name@example.com).',
    goodFaithRequired: '신고가 정확하고 완전하다는 것을 확인하려면 이 상자를 선택해 주세요.',
  },
  received: '감사합니다. 신고가 접수되었습니다.',
  decisionTo: (email) => `결정 결과와 이의를 제기하는 방법을 ${email}(으)로 보내 드리겠습니다.`,
  noDecision: '이메일 주소를 입력하지 않으셔서 결정 결과를 보내 드릴 수 없습니다.',
};

export default ko;

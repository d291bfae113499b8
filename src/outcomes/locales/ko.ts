/**
 * The status and appeal views' texts in Korean (docs/PROTOCOL.md §9):
 * a chunk of their own, fetched by the status view only on a page that
 * follows reports (`receipts`), not with every Korean form.
 */
import { num } from '../../i18n/format.js';
import type { OutcomeStrings } from '../../i18n/strings.js';

const L = 'ko';
const outcome: OutcomeStrings = {
  title: '이전에 이 내용을 신고했습니다',
  reported: (date, reference) => `${date}에 신고함. 참조 번호: ${reference}`,
  status: {
    received: '접수됨: 운영자를 기다리고 있습니다.',
    'in-review': '운영자가 검토하고 있습니다.',
    decided: '운영자가 결정했습니다.',
  },
  decisionTitle: '결정',
  actions: {
    removed: '콘텐츠가 삭제되었습니다.',
    restricted: '콘텐츠가 제한되었습니다.',
    'account-suspended': '계정이 정지되었습니다.',
    warning: '회원에게 경고했습니다.',
    'no-action': '아무 조치도 취하지 않았습니다.',
  },
  groundLaw: (rule) => `법률에 따름: ${rule}`,
  groundTerms: (rule) => `사이트 규칙에 따름: ${rule}`,
  automated: '자동화된 방식으로 결정되었습니다.',
  byPerson: '사람이 결정했습니다.',
  appealUntil: (date) => `${date}까지 이 결정에 이의를 제기할 수 있습니다.`,
  contest: '이 결정에 이의 제기',
  appealLabel: '이 결정이 왜 잘못되었나요?',
  appealHint: '결정에서 놓친 점을 간단히 적어 주세요.',
  appealSubmit: '이의 제기 보내기',
  appealPending: (reference) => `이의 제기 ${reference}이(가) 운영자를 기다리고 있습니다.`,
  appealUpheld: '이의 제기가 받아들여져 결정이 취소되었습니다.',
  appealRejected: '이의 제기가 받아들여지지 않아 결정이 유지됩니다.',
  appealRequired: '결정이 잘못된 이유를 적어 주세요.',
  appealTooLong: (max) => `최대 ${num(L, max)}자까지 입력할 수 있습니다.`,
  refused: {
    'too-late': '이 결정에 이의를 제기할 수 있는 기간이 지났습니다.',
    'already-appealed': '이 결정에는 이미 이의가 제기되었습니다.',
    'not-decided': '아직 이의를 제기할 결정이 없습니다.',
    auth: '여기에서는 더 이상 이 신고를 확인할 수 없습니다. 로그아웃되었을 수 있습니다.',
    other: '이의 제기를 보내지 못했습니다. 다시 시도해 주세요.',
  },
  newReport: '아래에서 새로 신고할 수도 있습니다.',
};

export default outcome;

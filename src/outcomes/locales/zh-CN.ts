/**
 * The status and appeal views' texts in Simplified Chinese (docs/PROTOCOL.md §9):
 * a chunk of their own, fetched by the status view only on a page that
 * follows reports (`receipts`), not with every Simplified Chinese form.
 */
import { num } from '../../i18n/format.js';
import type { OutcomeStrings } from '../../i18n/strings.js';

const L = 'zh-CN';
const outcome: OutcomeStrings = {
  title: '你之前举报过此内容',
  reported: (date, reference) => `举报于 ${date}。编号：${reference}`,
  status: {
    received: '已收到：正在等待版主处理。',
    'in-review': '版主正在审核。',
    decided: '版主已作出决定。',
  },
  decisionTitle: '决定',
  actions: {
    removed: '该内容已被删除。',
    restricted: '该内容已被限制。',
    'account-suspended': '该账号已被暂停。',
    warning: '已向该成员发出警告。',
    'no-action': '未采取任何措施。',
  },
  groundLaw: (rule) => `依据法律：${rule}`,
  groundTerms: (rule) => `依据本站规则：${rule}`,
  automated: '此决定由自动化方式作出。',
  byPerson: '此决定由人工作出。',
  appealUntil: (date) => `你可以在 ${date} 之前对此决定提出申诉。`,
  contest: '对此决定提出申诉',
  appealLabel: '此决定错在哪里？',
  appealHint: '请简要说明决定忽略了什么。',
  appealSubmit: '提交申诉',
  appealPending: (reference) => `你的申诉 ${reference} 正在等待版主处理。`,
  appealUpheld: '你的申诉已被接受：该决定已撤销。',
  appealRejected: '你的申诉未被接受：该决定维持不变。',
  appealRequired: '请说明此决定为何有误。',
  appealTooLong: (max) => `最多 ${num(L, max)} 个字符。`,
  refused: {
    'too-late': '对此决定提出申诉的期限已过。',
    'already-appealed': '此决定已被申诉过。',
    'not-decided': '目前还没有可以申诉的决定。',
    auth: '无法再从这里跟进此举报：你可能已退出登录。',
    other: '申诉未能发送，请重试。',
  },
  newReport: '你也可以在下方提交新的举报。',
};

export default outcome;

/** Chinese names of the API's codes (display only; no business rules here). */
import type { Colour, DeliveryAction, DeliveryStatus, Role, SuggestionAction, SuggestionCategory, SuggestionStatus, WorkType } from '../api/types';

export const ROLE_LABEL: Record<Role, string> = {
  JUDGE: '承办法官',
  DIVISION_HEAD: '庭长',
  COURT_LEADER: '院领导',
  COURT_ADMIN: '研究室/办公室',
  AGENCY_CLERK: '经办人',
  AGENCY_LEADER: '单位负责人',
  SUPERVISOR: '监督人员',
  SYS_ADMIN: '系统管理员',
};

export const SUGGESTION_STATUS: Record<SuggestionStatus, { text: string; color: string }> = {
  DRAFT: { text: '草稿', color: 'default' },
  IN_REVIEW: { text: '庭长审核中', color: 'processing' },
  IN_APPROVAL: { text: '院领导签发中', color: 'processing' },
  RETURNED: { text: '已退回修改', color: 'warning' },
  ESCALATED: { text: '已报上级法院', color: 'purple' },
  ISSUED: { text: '已发出', color: 'blue' },
  CLOSED: { text: '已办结', color: 'success' },
  ARCHIVED: { text: '已归档', color: 'default' },
  WITHDRAWN: { text: '已撤回', color: 'default' },
  DELETED: { text: '已删除', color: 'default' },
};

export const CATEGORY_LABEL: Record<SuggestionCategory, string> = {
  INDIVIDUAL_CASE: '个案司法建议',
  CLASS_CASE: '类案司法建议',
  GOVERNANCE: '综合治理类司法建议',
  WHITE_PAPER: '审判白皮书/专项报告',
};

export const DELIVERY_STATUS: Record<DeliveryStatus, { text: string; color: string }> = {
  DELIVERED: { text: '待签收', color: 'processing' },
  SIGNED: { text: '已签收待回复', color: 'blue' },
  REPLIED: { text: '已回复待评价', color: 'cyan' },
  EVALUATED: { text: '已评价', color: 'geekblue' },
  IMPLEMENTING: { text: '落实中', color: 'gold' },
  IMPLEMENTED: { text: '已落实', color: 'success' },
  NOT_ADOPTED: { text: '未采纳', color: 'default' },
  CLOSED: { text: '已办结', color: 'success' },
  REJECTED_BY_RECIPIENT: { text: '已退回(错送)', color: 'error' },
  READ: { text: '已阅', color: 'default' },
};

/** A copy not yet read (DELIVERED): copies are read, not signed. */
export const COPY_UNREAD = { text: '待阅', color: 'processing' };
/** A signed main delivery whose reply is on its way inside the agency. */
export const REPLY_STEP: Record<string, { text: string; color: string }> = {
  DRAFT: { text: '回复已暂存', color: 'blue' },
  PENDING_APPROVAL: { text: '回复待审批', color: 'orange' },
  RETURNED: { text: '回复被退回', color: 'volcano' },
};

export const COLOUR: Record<Colour, { text: string; color: string }> = {
  GREEN: { text: '绿色·正常', color: 'green' },
  YELLOW: { text: '黄色·临期', color: 'gold' },
  RED: { text: '红色·逾期', color: 'red' },
};

export const SUGGESTION_ACTION: Record<SuggestionAction, string> = {
  EDIT: '编辑',
  SUBMIT: '提交审核',
  REVIEW_APPROVE: '审核通过',
  REVIEW_RETURN: '退回修改',
  RECORD_COMMITTEE: '登记审委会决定',
  CONSULT: '登记事前沟通',
  APPROVE: '签发',
  APPROVAL_RETURN: '退回修改',
  WITHDRAW: '撤回',
  DELETE: '删除草稿',
  ESCALATION_RETURN: '退回下级法院',
  ESCALATION_ADOPT: '采用为本院建议',
  ARCHIVE: '归档',
  CLOSE: '办结',
};

export const DELIVERY_ACTION: Record<DeliveryAction, string> = {
  SIGN: '签收',
  READ: '标记已阅',
  REJECT: '退回(错送)',
  REROUTE: '改送',
  REQUEST_EXTENSION: '申请延期',
  DECIDE_EXTENSION: '审批延期',
  REPLY: '填写回复',
  APPROVE_REPLY: '审批回复',
  RETURN_REPLY: '退回回复',
  EVALUATE: '评价回复',
  REPORT_IMPLEMENTATION: '报告落实情况',
  CONFIRM_IMPLEMENTATION: '确认落实',
  CLOSE: '办结',
  MESSAGE: '在线互动',
  SUPERVISE: '督办',
  COPY_SUPERIOR: '抄送上级',
};

/** Reasons an item is on the court admin's work list, in the order of the tabs. */
export const WORK_TYPE: Record<WorkType, { text: string; color: string }> = {
  OVERDUE: { text: '逾期未办', color: 'red' },
  EXTENSION_PENDING: { text: '待审批延期', color: 'orange' },
  REJECTED_TO_REROUTE: { text: '退回待改送', color: 'volcano' },
  REPLY_TO_EVALUATE: { text: '待评价回复', color: 'cyan' },
  FOLLOW_UP_DUE: { text: '到期待回访', color: 'gold' },
  IMPLEMENTATION_TO_CONFIRM: { text: '待确认落实', color: 'blue' },
  SUPERVISED: { text: '督办关注', color: 'magenta' },
};

export const STANCE: Record<'ADOPT' | 'PARTIAL' | 'DECLINE', string> = { ADOPT: '采纳', PARTIAL: '部分采纳', DECLINE: '不采纳' };
export const EVAL_RESULT: Record<'ADOPTED' | 'PARTIALLY_ADOPTED' | 'NOT_ADOPTED', string> = {
  ADOPTED: '采纳',
  PARTIALLY_ADOPTED: '部分采纳',
  NOT_ADOPTED: '未采纳',
};
/** Why a delivery closed (`closedReason`). */
export const CLOSED_REASON: Record<string, string> = { IMPLEMENTED: '已落实', NOT_ADOPTED: '未采纳', WITHDRAWN: '建议已撤回' };
export const ORG_TYPE: Record<string, string> = { COURT: '法院', AGENCY: '建议对象单位', CONGRESS: '人大', PARTY_COMMITTEE: '党委', OTHER: '其他' };

export const TIMELINE_ACTION: Record<string, string> = {
  'suggestion.created': '起草',
  'suggestion.created_by_adoption': '采用下级法院建议起草',
  'suggestion.edited': '修改',
  'suggestion.submitted': '提交审核',
  'suggestion.review_approved': '庭长审核通过',
  'suggestion.review_returned': '庭长退回修改',
  'suggestion.approval_returned': '院领导退回修改',
  'suggestion.committee_recorded': '登记审委会决定',
  'suggestion.consulted': '事前沟通',
  'suggestion.issued': '签发',
  'suggestion.escalated': '报上级法院',
  'suggestion.escalation_returned': '上级法院退回',
  'suggestion.adopted_by_higher_court': '上级法院采用',
  'delivery.copied_to_superior': '抄送上级单位',
  'delivery.superior_copied': '已抄送上级单位',
  'suggestion.withdrawn': '撤回',
  'suggestion.deleted': '删除草稿',
  'suggestion.closed': '办结',
  'suggestion.archived': '归档',
  'delivery.created': '送达',
  'delivery.signed': '签收',
  'delivery.read': '已阅',
  'delivery.rejected': '退回(错送)',
  'delivery.rerouted': '改送',
  'delivery.rerouted_in': '改送收到',
  'delivery.extension_requested': '申请延期',
  'delivery.extension_granted': '同意延期',
  'delivery.extension_refused': '不同意延期',
  'delivery.reply_drafted': '起草回复',
  'delivery.reply_pending_approval': '回复待负责人审批',
  'delivery.reply_saved': '暂存回复',
  'delivery.reply_returned': '负责人退回回复',
  'delivery.replied': '提交回复',
  'delivery.evaluated': '法院评价',
  'delivery.implementation_reported': '报告落实情况',
  'delivery.implementation_confirmed': '确认落实',
  'delivery.closed': '办结',
  'delivery.withdrawn': '随建议撤回',
  'delivery.message': '在线互动',
  'delivery.supervised': '督办',
};

/** A step's name; a step this screen does not know yet reads as a plain 办理 step, never as its code. */
export function timelineAction(action: string): string {
  return TIMELINE_ACTION[action] ?? (action.startsWith('delivery.') ? '送达件办理' : '建议办理');
}

/** "3天2小时" for a duration in milliseconds. */
export function duration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '';
  if (ms < 60000) return '不到1分钟';
  const m = Math.floor(ms / 60000);
  const d = Math.floor(m / 1440);
  const h = Math.floor((m % 1440) / 60);
  const min = m % 60;
  if (d > 0) return h ? `${d}天${h}小时` : `${d}天`;
  if (h > 0) return min ? `${h}小时${min}分` : `${h}小时`;
  return `${min}分钟`;
}

export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

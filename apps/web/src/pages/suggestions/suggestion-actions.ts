import { Alert } from 'antd';
import { createElement, type ReactNode } from 'react';
import type { Suggestion, SuggestionAction } from '../../api/types';
import * as api from '../../api/suggestions';
import type { ActionSpec } from '../../components/ActionForm';
import { SUGGESTION_ACTION } from '../../components/labels';

/** The modal of each letter action the server allows (EDIT navigates instead). */
export function suggestionActionSpec(a: SuggestionAction, s: Suggestion): ActionSpec<Suggestion> | null {
  const v = s.version;
  const decision = (call: typeof api.review, d: 'APPROVE' | 'RETURN', commentRequired: boolean, title: string, danger = false): ActionSpec<Suggestion> => ({
    title,
    danger,
    okText: title,
    fields: [
      {
        name: 'comment',
        label: d === 'RETURN' ? '退回意见' : '意见',
        kind: 'textarea',
        required: commentRequired,
        initial: d === 'APPROVE' ? '同意' : undefined,
      },
    ],
    run: (x) => call(s.id, { version: v, decision: d, comment: x.comment as string | undefined }),
  });
  switch (a) {
    case 'SUBMIT':
      return {
        title: '提交庭长审核',
        okText: '提交',
        fields: [],
        note: '提交后由庭长审核，审核期间不能修改。',
        run: () => api.submit(s.id, v),
        done: '已提交审核',
      };
    case 'REVIEW_APPROVE':
      return decision(api.review, 'APPROVE', false, '审核通过');
    case 'REVIEW_RETURN':
      return decision(api.review, 'RETURN', true, '退回修改', true);
    case 'APPROVE':
      return {
        ...decision(api.approve, 'APPROVE', false, '签发'),
        note: approveNote(s),
        done: (r) => (r.status === 'ESCALATED' ? '已报上级法院' : `已签发：${r.docNumber ?? ''}`),
      };
    case 'APPROVAL_RETURN':
      return decision(api.approve, 'RETURN', true, '退回修改', true);
    case 'RECORD_COMMITTEE':
      return {
        title: '登记审判委员会决定',
        fields: [
          { name: 'meetingDate', label: '会议日期', kind: 'date', required: true },
          { name: 'resolution', label: '决定内容', kind: 'textarea', required: true },
        ],
        run: (x) => api.committee(s.id, { version: v, meetingDate: x.meetingDate as string, resolution: x.resolution as string }),
      };
    case 'CONSULT':
      return {
        title: '登记事前沟通',
        fields: [
          { name: 'date', label: '沟通日期', kind: 'date', required: true },
          { name: 'organizationId', label: '沟通单位', kind: 'org', required: true },
          { name: 'summary', label: '沟通情况', kind: 'textarea', required: true },
        ],
        run: (x) => api.consult(s.id, { version: v, date: x.date as string, organizationId: x.organizationId as string, summary: x.summary as string }),
      };
    case 'WITHDRAW':
      return {
        title: '撤回司法建议',
        danger: true,
        okText: '撤回',
        note: s.status === 'ESCALATED' ? '撤回后上级法院不再审查此件。' : '撤回后各收件单位不再办理此件。',
        fields: [{ name: 'reason', label: '撤回理由', kind: 'textarea', required: true }],
        run: (x) => api.withdraw(s.id, { version: v, reason: x.reason as string }),
      };
    case 'DELETE':
      return {
        title: '删除草稿',
        danger: true,
        okText: '删除',
        note: '这份草稿从未提交，删除后不再显示（删除操作留痕备查）。',
        fields: [],
        run: async () => {
          await api.removeDraft(s.id, v);
          return { ...s, status: 'DELETED' as const };
        },
        done: '草稿已删除',
      };
    case 'ARCHIVE':
      return { title: '归档', okText: '归档', fields: [], note: '归档后案卷不再变动。', run: () => api.archive(s.id, v) };
    case 'ESCALATION_ADOPT':
      return {
        title: '采用为本院司法建议',
        note: '采用后生成本院的草稿（问题与建议、收件单位、附件随之带入，联系人改为您）：请修改基本情况等表述后报院领导签发，签发后以本院名义编号送达。',
        done: '已采用，请修改后报院领导签发',
        fields: [{ name: 'comment', label: '意见', kind: 'textarea' }],
        run: (x) => api.escalation(s.id, { version: v, decision: 'ADOPT', comment: x.comment as string | undefined }),
      };
    case 'ESCALATION_RETURN':
      return {
        title: '退回下级法院',
        danger: true,
        fields: [{ name: 'comment', label: '退回意见', kind: 'textarea', required: true }],
        run: (x) => api.escalation(s.id, { version: v, decision: 'RETURN', comment: x.comment as string | undefined }),
      };
    default:
      return null;
  }
}

/** What 签发 will do: number and deliver, or — a MAIN recipient outside the district (Art. 3) — go up to the higher court. */
function approveNote(s: Suggestion): ReactNode {
  const outside = s.district?.outside ?? [];
  if (!outside.length) return '签发后系统自动编号并即时送达各收件单位。';
  return createElement(Alert, {
    type: 'warning',
    showIcon: true,
    'data-testid': 'approve-escalation-note',
    style: { marginBottom: 12 },
    title: `主送单位${outside.map((o) => o.organizationName).join('、')}不在本院辖区`,
    description: `签发后本件不编号、不送达，将作为工作建议报送${s.district?.higherCourtName ?? '上级法院'}决定（法释〔2023〕11号 第三条）；上级法院采用后以其名义发出。`,
  } as Parameters<typeof Alert>[0]);
}

export const actionLabel = (a: SuggestionAction) => SUGGESTION_ACTION[a] ?? '办理';

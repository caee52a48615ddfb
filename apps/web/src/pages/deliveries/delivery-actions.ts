import * as api from '../../api/deliveries';
import type { Delivery, DeliveryAction } from '../../api/types';
import type { ActionSpec } from '../../components/ActionForm';

/** The modal of each delivery action (REPLY, EVALUATE, MESSAGE and SUPERVISE have their own forms on the page). */
export function deliveryActionSpec(a: DeliveryAction, d: Delivery): ActionSpec<Delivery> | null {
  const v = d.version;
  switch (a) {
    case 'SIGN':
      return { title: '签收', okText: '确认签收', fields: [], note: '签收后开始计算回复期限。', run: () => api.sign(d.id, { version: v }), done: '已签收' };
    case 'READ':
      return { title: '标记已阅', fields: [], note: '抄送件阅知即可，无需回复。', run: () => api.markRead(d.id, { version: v }) };
    case 'REJECT':
      return {
        title: '退回（错送）',
        danger: true,
        okText: '退回',
        note: '本单位不是适格的建议对象时退回，由法院改送。',
        fields: [{ name: 'reason', label: '退回理由', kind: 'textarea', required: true }],
        run: (x) => api.reject(d.id, { version: v, reason: x.reason as string }),
      };
    case 'REROUTE':
      return {
        title: '改送其他单位',
        fields: [{ name: 'organizationId', label: '改送单位', kind: 'org', orgType: 'AGENCY', required: true }],
        run: (x) => api.reroute(d.id, { version: v, organizationId: x.organizationId as string }),
      };
    case 'REQUEST_EXTENSION':
      return {
        title: '申请延期',
        note: d.dueDate ? `当前期限：${d.dueDate}` : undefined,
        fields: [
          { name: 'requestedDueDate', label: '申请延至', kind: 'date', required: true, future: true },
          { name: 'reason', label: '延期理由', kind: 'textarea', required: true },
          { name: 'attachmentIds', label: '证明材料', kind: 'files' },
        ],
        run: (x) =>
          api.requestExtension(d.id, {
            version: v,
            reason: x.reason as string,
            requestedDueDate: x.requestedDueDate as string,
            attachmentIds: x.attachmentIds as string[] | undefined,
          }),
        done: '延期申请已提交',
      };
    case 'DECIDE_EXTENSION':
      return {
        title: '审批延期申请',
        note: d.extension ? `申请延至 ${d.extension.requestedDueDate}；理由：${d.extension.reason}` : undefined,
        fields: [
          {
            name: 'approve',
            label: '决定',
            kind: 'radio',
            required: true,
            initial: true,
            options: [
              { value: true, label: '同意' },
              { value: false, label: '不同意' },
            ],
          },
          { name: 'dueDate', label: '延至（不填按申请日期）', kind: 'date' },
          { name: 'comment', label: '意见', kind: 'textarea' },
        ],
        run: (x) =>
          api.decideExtension(d.id, {
            version: v,
            approve: x.approve as boolean,
            dueDate: x.dueDate as string | undefined,
            comment: x.comment as string | undefined,
          }),
      };
    case 'APPROVE_REPLY':
      return {
        title: '审批回复',
        okText: '同意提交',
        fields: [],
        note: '同意后回复即正式提交法院。',
        run: () => api.approveReply(d.id, { version: v }),
        done: '回复已提交法院',
      };
    case 'RETURN_REPLY':
      return {
        title: '退回回复',
        danger: true,
        okText: '退回经办人',
        note: '退回后经办人可修改并重新提交。',
        fields: [{ name: 'comment', label: '退回意见', kind: 'textarea', required: true }],
        run: (x) => api.returnReply(d.id, { version: v, comment: x.comment as string }),
        done: '回复已退回经办人',
      };
    case 'REPORT_IMPLEMENTATION':
      return {
        title: '报告落实情况',
        fields: [
          {
            name: 'status',
            label: '落实进度',
            kind: 'radio',
            required: true,
            options: [
              { value: 'IMPLEMENTED', label: '已落实' },
              { value: 'IN_PROGRESS', label: '正在落实' },
            ],
          },
          { name: 'note', label: '落实情况', kind: 'textarea', required: true },
          { name: 'attachmentIds', label: '佐证材料', kind: 'files' },
        ],
        run: (x) =>
          api.reportImplementation(d.id, {
            version: v,
            status: x.status as 'IMPLEMENTED',
            note: x.note as string,
            attachmentIds: x.attachmentIds as string[] | undefined,
          }),
      };
    case 'CONFIRM_IMPLEMENTATION':
      return {
        title: '确认落实',
        fields: [{ name: 'comment', label: '回访情况', kind: 'textarea' }],
        run: (x) => api.confirmImplementation(d.id, { version: v, comment: x.comment as string | undefined }),
      };
    case 'COPY_SUPERIOR':
      return copySuperiorSpec(d.id, d.organizationName, v);
    case 'CLOSE':
      return {
        title: '办结',
        fields: [{ name: 'comment', label: '办结意见', kind: 'textarea' }],
        run: (x) => api.close(d.id, { version: v, comment: x.comment as string | undefined }),
      };
    default:
      return null;
  }
}

/**
 * Art. 9 (抄送上级): a copy of the letter for the recipient's superior — its parent in the directory
 * unless another is chosen — with a note printed on that copy. From the delivery page and the work list.
 */
export function copySuperiorSpec(deliveryId: string, recipientName: string, version?: number): ActionSpec<Delivery> {
  return {
    title: '抄送上级单位',
    okText: '抄送',
    note: `将本建议书抄送${recipientName}的上级单位（法释〔2023〕11号 第九条）；说明将印在抄送件上。`,
    fields: [
      { name: 'organizationId', label: '抄送单位（不选则为目录中的上级单位）', kind: 'org' },
      {
        name: 'note',
        label: '抄送说明',
        kind: 'textarea',
        required: true,
        initial: `${recipientName}对本司法建议逾期未反馈，现依规定抄送贵单位，请督促办理。`,
      },
    ],
    run: (x) => api.copySuperior(deliveryId, { version, organizationId: x.organizationId as string | undefined, note: x.note as string }),
    done: (r) => `已抄送${r.organizationName}`,
  };
}

import { ReminderKind } from './reminder-policy';

export interface ReminderTextInput {
  kind: ReminderKind;
  docNumber: string | null;
  title: string;
  recipientName: string;
  courtName: string;
  dueDate: string | null;
  daysOverdue: number;
}

/** The Chinese subject and one-paragraph body of a reminder (in-app notice and email). */
export function reminderText(r: ReminderTextInput): { subject: string; body: string } {
  const letter = `${r.docNumber ?? ''}《${r.title}》`;
  switch (r.kind) {
    case 'DELIVERY_NOTICE':
      return { subject: `【新收司法建议】${letter}`, body: `${r.courtName}向${r.recipientName}发出司法建议${letter},请于${r.dueDate ?? ''}前登录系统签收。` };
    case 'SIGN_DUE_SOON':
      return { subject: `【签收提醒】${letter}将于${r.dueDate}到期`, body: `${r.recipientName}:司法建议${letter}尚未签收,签收期限为${r.dueDate},请及时签收。` };
    case 'SIGN_OVERDUE':
      return {
        subject: `【超期未签收】${letter}已超期${r.daysOverdue}天`,
        body: `${r.recipientName}尚未签收司法建议${letter},签收期限${r.dueDate}已过${r.daysOverdue}天,请尽快办理。`,
      };
    case 'REPLY_DUE_SOON':
      return { subject: `【反馈提醒】${letter}将于${r.dueDate}到期`, body: `${r.recipientName}:司法建议${letter}的书面反馈期限为${r.dueDate},请按期反馈。` };
    case 'REPLY_DUE_TODAY':
      return { subject: `【今日到期】${letter}今日须反馈`, body: `${r.recipientName}:司法建议${letter}的反馈期限为今天(${r.dueDate}),请尽快提交反馈。` };
    case 'REPLY_OVERDUE':
      return {
        subject: `【超期未反馈】${letter}已超期${r.daysOverdue}天`,
        body: `${letter}司法建议已超期,请尽快办理:${r.recipientName}的反馈期限${r.dueDate}已过${r.daysOverdue}天。`,
      };
    case 'COPY_SUPERIOR_SUGGESTED':
      return {
        subject: `【建议抄送上级】${letter}超期${r.daysOverdue}天未反馈`,
        body: `${r.recipientName}对司法建议${letter}超期${r.daysOverdue}天仍未反馈。依《关于综合治理类司法建议工作若干问题的规定》第九条,可考虑抄送其上级主管部门。`,
      };
    case 'EXTENSION_PENDING':
      return { subject: `【待审批延期】${letter}`, body: `${r.recipientName}就司法建议${letter}提出的延期申请已等待${r.daysOverdue}天,请尽快审批。` };
    case 'FOLLOW_UP_DUE':
      return { subject: `【回访提醒】${letter}`, body: `司法建议${letter}的落实回访日期(${r.dueDate})已到,请跟进${r.recipientName}的落实情况。` };
  }
}

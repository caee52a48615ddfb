import { chineseDate, itemUrl, LetterRef, letterFacts, letterLabel, RenderedMail, renderMailBody } from './mail-layout';

/** What a reminder is about; each has its own wording. */
export type ReminderMailKind =
  | 'SIGN_DUE_SOON'
  | 'SIGN_OVERDUE'
  | 'REPLY_DUE_SOON'
  | 'REPLY_DUE_TODAY'
  | 'REPLY_OVERDUE'
  | 'ESCALATION'
  | 'SIGN_ESCALATION'
  | 'COPY_SUPERIOR_SUGGESTED'
  | 'EXTENSION_PENDING'
  | 'FOLLOW_UP_DUE';

export interface ReminderMailData {
  kind: ReminderMailKind;
  letter: LetterRef;
  /** The due date the reminder is about (`YYYY-MM-DD`). */
  dueDate: string;
  /** Days past the due date (overdue kinds). */
  daysOverdue?: number;
  /** The addressee's name when it is not the recipient organization (escalations). */
  addressee?: string;
}

interface Wording {
  subject: (l: LetterRef, d: ReminderMailData) => string;
  what: string;
  body: (l: LetterRef, d: ReminderMailData) => string;
  link: string;
}

const n = (l: LetterRef) => l.number ?? l.title;
const due = (d: ReminderMailData) => chineseDate(d.dueDate);

const WORDING: Record<ReminderMailKind, Wording> = {
  SIGN_DUE_SOON: {
    subject: (l) => `【待签收】${n(l)}司法建议书即将到期,请及时签收`,
    what: '签收',
    body: (l, d) => `${l.courtName}发出的司法建议书${letterLabel(l)}尚未签收,签收期限为${due(d)},请及时登录系统签收。`,
    link: '立即签收',
  },
  SIGN_OVERDUE: {
    subject: (l) => `【已超期】${n(l)}司法建议书超期未签收,请尽快办理`,
    what: '签收',
    body: (l, d) => `${l.courtName}发出的司法建议书${letterLabel(l)}已超过签收期限(${due(d)})${d.daysOverdue ?? 0}天仍未签收,请尽快办理。`,
    link: '立即签收',
  },
  REPLY_DUE_SOON: {
    subject: (l, d) => `【待反馈】${n(l)}司法建议将于${due(d)}到期,请按时反馈`,
    what: '书面反馈',
    body: (l, d) => `贵单位办理的司法建议书${letterLabel(l)}反馈期限为${due(d)},请在期限内提交书面反馈。`,
    link: '办理反馈',
  },
  REPLY_DUE_TODAY: {
    subject: (l) => `【今日到期】${n(l)}司法建议今日反馈到期`,
    what: '书面反馈',
    body: (l, d) => `贵单位办理的司法建议书${letterLabel(l)}反馈期限为今日(${due(d)}),请尽快提交书面反馈。`,
    link: '办理反馈',
  },
  REPLY_OVERDUE: {
    subject: (l) => `【已超期】${n(l)}司法建议已超期,请尽快办理`,
    what: '书面反馈',
    body: (l, d) => `贵单位办理的司法建议书${letterLabel(l)}已超过反馈期限(${due(d)})${d.daysOverdue ?? 0}天,请尽快提交书面反馈。`,
    link: '办理反馈',
  },
  ESCALATION: {
    subject: (l) => `【督办提醒】${n(l)}司法建议超期未办理`,
    what: '书面反馈',
    body: (l, d) => `${l.organizationName}办理的司法建议书${letterLabel(l)}已超期${d.daysOverdue ?? 0}天(期限${due(d)}),尚未办结,请关注督办。`,
    link: '查看办理情况',
  },
  SIGN_ESCALATION: {
    subject: (l) => `【督办提醒】${n(l)}司法建议超期未签收`,
    what: '签收',
    body: (l, d) => `${l.organizationName}对司法建议书${letterLabel(l)}已超过签收期限(${due(d)})${d.daysOverdue ?? 0}天仍未签收,请关注督办。`,
    link: '查看办理情况',
  },
  COPY_SUPERIOR_SUGGESTED: {
    subject: (l) => `【建议抄送】${n(l)}司法建议长期未反馈,建议抄送其上级机关`,
    what: '书面反馈',
    body: (l, d) =>
      `${l.organizationName}对司法建议书${letterLabel(l)}已超期${d.daysOverdue ?? 0}天(期限${due(d)})仍未反馈。根据《最高人民法院关于加强司法建议工作的意见》第九条,可将该司法建议抄送其上级主管机关。`,
    link: '查看并处理',
  },
  EXTENSION_PENDING: {
    subject: (l) => `【待审批】${n(l)}司法建议延期申请待处理`,
    what: '延期申请审批',
    body: (l, d) => `${l.organizationName}就司法建议书${letterLabel(l)}提出的延期申请尚待处理(原反馈期限${due(d)}),请及时审批。`,
    link: '处理延期申请',
  },
  FOLLOW_UP_DUE: {
    subject: (l) => `【回访提醒】${n(l)}司法建议落实情况回访日期已到`,
    what: '落实情况回访',
    body: (l, d) => `司法建议书${letterLabel(l)}(${l.organizationName})的落实情况回访日期为${due(d)},请开展回访并记录。`,
    link: '记录回访',
  },
};

/** A reminder about something due: what is due, when, for which letter, and a link to it. */
export function reminderMail(appUrl: string, d: ReminderMailData): RenderedMail {
  const w = WORDING[d.kind];
  const l = d.letter;
  const facts = letterFacts(l);
  facts.push(['办理单位', l.organizationName], ['待办事项', w.what], ['期限', due(d)]);
  if (d.daysOverdue && d.daysOverdue > 0) facts.push(['已超期', `${d.daysOverdue}天`]);
  return renderMailBody({
    template: `reminder.${d.kind}`,
    subject: w.subject(l, d),
    greeting: `${d.addressee ?? l.organizationName}:`,
    paragraphs: [w.body(l, d)],
    facts,
    link: { label: w.link, url: itemUrl(appUrl, l.path) },
  });
}

import { chineseDate, itemUrl, LetterRef, letterFacts, letterLabel, RenderedMail, renderMailBody } from './mail-layout';

export interface DeliveryNoticeData {
  letter: LetterRef;
  /** MAIN (主送) or COPY (抄送). */
  kind: 'MAIN' | 'COPY';
  /** Sign-for due date (`YYYY-MM-DD`), MAIN only. */
  signDueDate?: string | null;
  /** Reply period, e.g. 2 (months from receipt), MAIN only. */
  replyMonths?: number | null;
}

/** Sent to the recipient organization when a letter is issued to it. */
export function deliveryNoticeMail(appUrl: string, d: DeliveryNoticeData): RenderedMail {
  const l = d.letter;
  const main = d.kind === 'MAIN';
  const subject = main
    ? `【司法建议】${l.courtName}向贵单位发出司法建议书${l.number ? ` ${l.number}` : ''}`
    : `【司法建议·抄送】${l.courtName}司法建议书${l.number ? ` ${l.number}` : ''}`;
  const paragraphs = main
    ? [
        `${l.courtName}向贵单位发出司法建议书${letterLabel(l)},请登录系统签收。`,
        ...(d.signDueDate ? [`请于${chineseDate(d.signDueDate)}前签收。`] : []),
        ...(d.replyMonths ? [`请自签收之日起${d.replyMonths}个月内书面反馈办理情况。`] : []),
      ]
    : [`${l.courtName}将司法建议书${letterLabel(l)}抄送贵单位,供阅知。`];
  const facts = letterFacts(l);
  facts.push(['收件单位', l.organizationName]);
  if (main && d.signDueDate) facts.push(['签收期限', chineseDate(d.signDueDate)]);
  return renderMailBody({
    template: main ? 'delivery-notice' : 'copy-notice',
    subject,
    greeting: `${l.organizationName}:`,
    paragraphs,
    facts,
    link: { label: main ? '查看并签收' : '查看司法建议书', url: itemUrl(appUrl, l.path) },
  });
}

import { sanitizeFileName } from '@app/attachments';
import { DeliveryView } from '@app/deliveries';
import { defaultReplyDueText, ReceiptData, SuggestionDocumentData } from '@app/documents';
import { SuggestionView } from '@app/suggestions';

/**
 * What a letter prints as: the caller has already been shown the letter (visibility checked by
 * SuggestionQueryService.get), so everything here comes from the view they may see. A letter
 * without a number (draft, in review, escalated) prints as a draft.
 */
export function suggestionDocumentData(s: SuggestionView, issuedDate: string | null, copy?: DeliveryView | null): SuggestionDocumentData {
  return {
    copyNote: copy?.copyNote ? { recipientName: copy.organizationName, text: copy.copyNote } : null,
    courtName: s.courtName,
    docNumber: s.docNumber,
    title: s.title,
    mainRecipients: s.recipients.filter((r) => r.kind === 'MAIN').map((r) => r.organizationName),
    copyRecipients: s.recipients.filter((r) => r.kind === 'COPY').map((r) => r.organizationName),
    background: s.background,
    causeAnalysis: s.causeAnalysis,
    items: s.items.map((i) => ({ problem: i.problem, recommendation: i.recommendation })),
    legalBasis: s.legalBasis,
    replyDueText: defaultReplyDueText(s.replyPeriodMonths),
    contactName: s.contactName,
    contactPhone: s.contactPhone,
    issuedDate,
    sourceCases: s.sourceCases,
    // Only what was sent with the letter: the court's internal files are not 附件.
    attachments: s.attachments.filter((a) => a.purpose === 'LETTER').map((a) => a.fileName),
  };
}

/** The 送达回证 of one delivery of the letter. */
export function receiptData(s: SuggestionView, d: DeliveryView): ReceiptData {
  return {
    docNumber: s.docNumber,
    title: s.title,
    courtName: s.courtName,
    recipientName: d.organizationName,
    deliveredAt: d.deliveredAt,
    signedAt: d.signedAt,
    signedBy: d.signedBy?.name ?? null,
  };
}

/** `金中法建〔2031〕1号.pdf`; an unnumbered letter: `<title>（草稿）.pdf`. */
export function letterFileName(s: Pick<SuggestionView, 'docNumber' | 'title'>, extension: 'pdf' | 'docx'): string {
  const base = s.docNumber ?? `${s.title}（草稿）`;
  return sanitizeFileName(`${base}.${extension}`, extension);
}

/** `金中法建〔2031〕1号-送达回证-金华市住房和城乡建设局.pdf`. */
export function receiptFileName(s: Pick<SuggestionView, 'docNumber' | 'title'>, d: Pick<DeliveryView, 'organizationName'>): string {
  return sanitizeFileName(`${s.docNumber ?? s.title}-送达回证-${d.organizationName}.pdf`, 'pdf');
}

/** One numbered problem and the recommendation answering it. */
export interface SuggestionDocumentItem {
  problem: string;
  recommendation: string;
}

/**
 * Everything printed on a 司法建议书, as plain data: the renderers know nothing of entities or
 * the database, so the caller decides what is shown (e.g. a draft without a number).
 */
export interface SuggestionDocumentData {
  /** 金华市中级人民法院 — printed red in the header and again above the date. */
  courtName: string;
  /** 金中法建〔2026〕1号; null/empty for a draft. */
  docNumber: string | null;
  /** 关于加强电动自行车充电设施安全管理的司法建议 */
  title: string;
  /** 主送 organizations' names. */
  mainRecipients: string[];
  /** 抄送 organizations' names. */
  copyRecipients: string[];
  background: string;
  /** 原因分析 (optional section; empty → left out). */
  causeAnalysis: string;
  items: SuggestionDocumentItem[];
  /** Cited in the sentence that leads into the recommendations (根据……的规定，特提出如下建议：). */
  legalBasis: string;
  /** The reply-deadline sentence, printed as given, e.g. from {@link defaultReplyDueText}: 请于收到本建议书之日起两个月内（2026年5月6日前）将采纳落实情况书面回复本院。 */
  replyDueText: string;
  contactName: string | null;
  contactPhone: string | null;
  /** 'YYYY-MM-DD' (printed as 2026年3月6日) or already formatted text. */
  issuedDate: string | null;
  /** 案号 strings, e.g. （2025）浙0781民初123号 */
  sourceCases: string[];
  /** File names of the attachments sent with the letter, listed on the 附件 line. */
  attachments: string[];
  /** Printed on a copy the court sent a recipient's superior (Art. 9): to whom, and the court's note. */
  copyNote?: { recipientName: string; text: string } | null;
}

/** The 送达回证 (proof of service) of one delivery. */
export interface ReceiptData {
  docNumber: string | null;
  title: string;
  courtName: string;
  recipientName: string;
  /** ISO timestamps or already formatted text. */
  deliveredAt: string | Date | null;
  signedAt: string | Date | null;
  signedBy: string | null;
}

import { SuggestionDocumentData } from './document-data';
import { attachmentTitle, chineseDate, chineseNumber, joinNames, legalBasisLead, SECTION_TITLES } from './document-format';

/**
 * One printed block of the letter body; the PDF and DOCX renderers both walk the same list.
 * `closing`, `attachments`, `signature` and `note` form the tail that is kept on one page: the
 * 落款 never stands on a page without body text.
 */
export type LetterBlock =
  | { kind: 'title'; text: string }
  | { kind: 'salutation'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; lead?: string }
  | { kind: 'closing'; text: string }
  | { kind: 'attachments'; names: string[] }
  | { kind: 'signature'; court: string; date: string }
  | { kind: 'note'; text: string }
  | { kind: 'copies'; text: string };

const paragraphs = (text: string) =>
  text
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/** 请于收到本建议书之日起两个月内将采纳落实情况书面回复本院。 — a ready-made {@link SuggestionDocumentData.replyDueText}. */
export function defaultReplyDueText(months: number, dueDate?: string | null): string {
  const n = months === 2 ? '两' : chineseNumber(months);
  const until = dueDate ? `（${chineseDate(dueDate)}前）` : '';
  return `请于收到本建议书之日起${n}个月内${until}将采纳落实情况书面回复本院。`;
}

/**
 * The letter's body, in print order (the red header and number are drawn by each renderer):
 * 基本情况, 原因分析 (when written), 存在的问题 (one numbered paragraph per item), 司法建议 (led in by
 * the legal basis: 根据……的规定，特提出如下建议：, numbered as the problems they answer), the reply
 * request, 附件, 落款, contact and 抄送.
 */
export function letterBlocks(d: SuggestionDocumentData): LetterBlock[] {
  const blocks: LetterBlock[] = [{ kind: 'title', text: d.title }];
  const main = joinNames(d.mainRecipients);
  if (main) blocks.push({ kind: 'salutation', text: `${main}：` });
  let section = 0;
  const heading = (t: string) => blocks.push({ kind: 'heading', text: `${chineseNumber(++section)}、${t}` });

  const background = paragraphs(d.background);
  if (background.length || d.sourceCases.length) {
    heading(SECTION_TITLES.background);
    for (const p of background) blocks.push({ kind: 'paragraph', text: p });
    if (d.sourceCases.length) blocks.push({ kind: 'paragraph', text: `相关案件：${d.sourceCases.join('、')}。` });
  }
  const causes = paragraphs(d.causeAnalysis ?? '');
  if (causes.length) {
    heading(SECTION_TITLES.causeAnalysis);
    for (const p of causes) blocks.push({ kind: 'paragraph', text: p });
  }
  if (d.items.length) {
    heading(SECTION_TITLES.problems);
    d.items.forEach((item, i) => blocks.push({ kind: 'paragraph', lead: `（${chineseNumber(i + 1)}）`, text: item.problem.trim() }));
    heading(SECTION_TITLES.recommendations);
    blocks.push({ kind: 'paragraph', text: legalBasisLead(d.legalBasis) });
    d.items.forEach((item, i) => blocks.push({ kind: 'paragraph', lead: `（${chineseNumber(i + 1)}）`, text: item.recommendation.trim() }));
  }
  if (d.replyDueText.trim()) blocks.push({ kind: 'closing', text: d.replyDueText.trim() });
  const files = (d.attachments ?? []).map(attachmentTitle).filter(Boolean);
  if (files.length) blocks.push({ kind: 'attachments', names: files });
  blocks.push({ kind: 'signature', court: d.courtName, date: chineseDate(d.issuedDate) });
  const contact = [d.contactName ? `联系人：${d.contactName}` : '', d.contactPhone ? `联系电话：${d.contactPhone}` : ''].filter(Boolean).join('，');
  if (contact) blocks.push({ kind: 'note', text: `（${contact}）` });
  const copies = joinNames(d.copyRecipients);
  if (copies) blocks.push({ kind: 'copies', text: `抄送：${copies}。` });
  if (d.copyNote?.text.trim()) blocks.push({ kind: 'paragraph', lead: `抄送说明（致${d.copyNote.recipientName}）：`, text: d.copyNote.text.trim() });
  return blocks;
}

/** The 附件 lines: 附件：name for one; 附件：1．a / 2．b (aligned under the first name) for several. */
export function attachmentLines(names: string[]): string[] {
  if (names.length === 1) return [`附件：${names[0]}`];
  return names.map((n, i) => `${i === 0 ? '附件：' : ''}${i + 1}．${n}`);
}

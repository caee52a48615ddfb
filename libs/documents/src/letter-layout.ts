import { SuggestionDocumentData } from './document-data';
import { chineseDate, chineseNumber, joinNames, SECTION_TITLES } from './document-format';

/** One printed block of the letter body; the PDF and DOCX renderers both walk the same list. */
export type LetterBlock =
  | { kind: 'title'; text: string }
  | { kind: 'salutation'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; lead?: string }
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

/** The letter's body, in print order (the red header and number are drawn by each renderer). */
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
    if (d.sourceCases.length) blocks.push({ kind: 'paragraph', lead: '相关案件：', text: `${d.sourceCases.join('、')}。` });
  }
  if (d.items.length) {
    heading(SECTION_TITLES.items);
    d.items.forEach((item, i) => {
      blocks.push({ kind: 'paragraph', lead: `（${chineseNumber(i + 1)}）问题：`, text: item.problem.trim() });
      blocks.push({ kind: 'paragraph', lead: '建议：', text: item.recommendation.trim() });
    });
  }
  const basis = paragraphs(d.legalBasis);
  if (basis.length) {
    heading(SECTION_TITLES.legalBasis);
    for (const p of basis) blocks.push({ kind: 'paragraph', text: p });
  }
  if (d.replyDueText.trim()) blocks.push({ kind: 'paragraph', text: d.replyDueText.trim() });
  blocks.push({ kind: 'signature', court: d.courtName, date: chineseDate(d.issuedDate) });
  const contact = [d.contactName ? `联系人：${d.contactName}` : '', d.contactPhone ? `联系电话：${d.contactPhone}` : ''].filter(Boolean).join('，');
  if (contact) blocks.push({ kind: 'note', text: `（${contact}）` });
  const copies = joinNames(d.copyRecipients);
  if (copies) blocks.push({ kind: 'copies', text: `抄送：${copies}。` });
  return blocks;
}

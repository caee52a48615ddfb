import { AlignmentType, BorderStyle, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { SuggestionDocumentData } from './document-data';
import { DOCX_FONT_NAMES } from './document-fonts';
import { attachmentLines, letterBlocks } from './letter-layout';

const RED = 'D40000';
/** Font sizes in half-points: 三号 16 pt body, 二号 22 pt title, 初号-ish header. */
const BODY = 32;
const face = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });
/** The same faces as the PDF (GB/T 9704): 仿宋 body, 黑体 headings, 楷体 numbering, 小标宋 (bold 宋) title. */
const FANGSONG = face(DOCX_FONT_NAMES.body);
const HEITI = face(DOCX_FONT_NAMES.heading);
const KAITI = face(DOCX_FONT_NAMES.kai);
const XIAOBIAOSONG = face(DOCX_FONT_NAMES.title);
/** 28 pt exact line height (GB/T 9704: 22 lines a page). */
const LINE = { line: 560, lineRule: LineRuleType.EXACT };
const FIRST_LINE_INDENT = { firstLine: 640 };
const MM_TWIPS = 56.7;

const p = (children: TextRun[], opts: Omit<ConstructorParameters<typeof Paragraph>[0] & object, 'children'> = {}) =>
  new Paragraph({ spacing: LINE, ...opts, children });

/** Width of a line of text in twips at the body size: a CJK character is one em (320 twips), anything else half. */
const textTwips = (t: string) => [...t].reduce((n, ch) => n + (/[\u0000-\u00ff]/.test(ch) ? 160 : 320), 0);

/**
 * The 司法建议书 as DOCX (editable), in the order and faces of the PDF: 红头 with red rule, number,
 * 主送, sections, 附件, 落款 (court centred over the date, the date four characters from the right,
 * room for the seal above), contact, 抄送. Headings keep with the next paragraph, every paragraph
 * has widow control, and the closing request keeps with the 落款.
 */
export async function renderSuggestionDocx(d: SuggestionDocumentData): Promise<Buffer> {
  const children: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [new TextRun({ text: d.courtName, bold: true, color: RED, size: 52, font: XIAOBIAOSONG })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: '司法建议书', bold: true, color: RED, size: 60, characterSpacing: 240, font: XIAOBIAOSONG })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 480 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 8 } },
      children: [new TextRun({ text: d.docNumber || '（草稿，未编号）', size: BODY, font: FANGSONG })],
    }),
  ];

  const tail = { keepNext: true, keepLines: true };
  for (const b of letterBlocks(d)) {
    switch (b.kind) {
      case 'title':
        children.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 480, line: 640, lineRule: LineRuleType.EXACT },
            children: [new TextRun({ text: b.text, size: 44, font: XIAOBIAOSONG })],
          }),
        );
        break;
      case 'salutation':
        children.push(p([new TextRun({ text: b.text, size: BODY, font: FANGSONG })]));
        break;
      case 'heading':
        children.push(p([new TextRun({ text: b.text, size: BODY, font: HEITI })], { indent: FIRST_LINE_INDENT, keepNext: true, keepLines: true }));
        break;
      case 'paragraph':
        children.push(
          p([...(b.lead ? [new TextRun({ text: b.lead, size: BODY, font: KAITI })] : []), new TextRun({ text: b.text, size: BODY, font: FANGSONG })], {
            indent: FIRST_LINE_INDENT,
            alignment: AlignmentType.JUSTIFIED,
            widowControl: true,
          }),
        );
        break;
      case 'closing':
        children.push(
          p([new TextRun({ text: b.text, size: BODY, font: FANGSONG })], { indent: FIRST_LINE_INDENT, alignment: AlignmentType.JUSTIFIED, ...tail }),
        );
        break;
      case 'attachments':
        children.push(p([], tail));
        attachmentLines(b.names).forEach((line, n) =>
          children.push(p([new TextRun({ text: line, size: BODY, font: FANGSONG })], { indent: { left: 640 + (n === 0 ? 0 : 960) }, ...tail })),
        );
        break;
      case 'signature': {
        const date = b.date || '年　月　日';
        const dateRight = 4 * 320;
        const nameRight = Math.max(0, dateRight + (textTwips(date) - textTwips(b.court)) / 2);
        children.push(p([], tail), p([], tail));
        children.push(
          p([new TextRun({ text: b.court, size: BODY, font: FANGSONG })], {
            alignment: AlignmentType.RIGHT,
            indent: { right: Math.round(nameRight) },
            ...tail,
          }),
        );
        children.push(
          p([new TextRun({ text: date, size: BODY, font: FANGSONG })], { alignment: AlignmentType.RIGHT, indent: { right: dateRight }, keepLines: true }),
        );
        break;
      }
      case 'note':
        children.push(p([new TextRun({ text: b.text, size: BODY, font: FANGSONG })], { indent: FIRST_LINE_INDENT }));
        break;
      case 'copies':
        children.push(p([]));
        children.push(
          new Paragraph({
            spacing: LINE,
            indent: { left: 280, right: 280 },
            border: {
              top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 },
              bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 },
            },
            children: [new TextRun({ text: b.text, size: 28, font: FANGSONG })],
          }),
        );
        break;
    }
  }

  const doc = new Document({
    creator: d.courtName,
    title: d.title,
    subject: d.docNumber ? `司法建议书 ${d.docNumber}` : '司法建议书（草稿）',
    description: '司法建议书',
    styles: { default: { document: { run: { font: FANGSONG, size: BODY } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM_TWIPS), height: Math.round(297 * MM_TWIPS) },
            margin: { top: Math.round(37 * MM_TWIPS), bottom: Math.round(35 * MM_TWIPS), left: Math.round(28 * MM_TWIPS), right: Math.round(26 * MM_TWIPS) },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28, font: FANGSONG })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

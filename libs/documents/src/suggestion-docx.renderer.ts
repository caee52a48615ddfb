import { AlignmentType, BorderStyle, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { SuggestionDocumentData } from './document-data';
import { letterBlocks } from './letter-layout';

const RED = 'D40000';
/** Font sizes in half-points: 三号 16 pt body, 二号 22 pt title, 初号-ish header. */
const BODY = 32;
const FANGSONG = { ascii: 'FangSong', hAnsi: 'FangSong', eastAsia: '仿宋_GB2312', cs: 'FangSong' };
const HEITI = { ascii: 'SimHei', hAnsi: 'SimHei', eastAsia: '黑体', cs: 'SimHei' };
const XIAOBIAOSONG = { ascii: 'SimSun', hAnsi: 'SimSun', eastAsia: '方正小标宋简体', cs: 'SimSun' };
/** 28 pt exact line height (GB/T 9704: 22 lines a page). */
const LINE = { line: 560, lineRule: LineRuleType.EXACT };
const FIRST_LINE_INDENT = { firstLine: 640 };
const MM_TWIPS = 56.7;

const p = (children: TextRun[], opts: Omit<ConstructorParameters<typeof Paragraph>[0] & object, 'children'> = {}) =>
  new Paragraph({ spacing: LINE, ...opts, children });

/** The 司法建议书 as DOCX (editable): 红头 with red rule, number, 主送, numbered items, reply deadline, signature, contact, 抄送. */
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
        children.push(p([new TextRun({ text: b.text, size: BODY, font: HEITI })], { indent: FIRST_LINE_INDENT }));
        break;
      case 'paragraph':
        children.push(
          p(
            [
              ...(b.lead ? [new TextRun({ text: b.lead, size: BODY, bold: true, font: FANGSONG })] : []),
              new TextRun({ text: b.text, size: BODY, font: FANGSONG }),
            ],
            { indent: FIRST_LINE_INDENT, alignment: AlignmentType.JUSTIFIED },
          ),
        );
        break;
      case 'signature':
        children.push(p([]), p([]));
        children.push(p([new TextRun({ text: b.court, size: BODY, font: FANGSONG })], { alignment: AlignmentType.RIGHT, indent: { right: 640 } }));
        if (b.date) children.push(p([new TextRun({ text: b.date, size: BODY, font: FANGSONG })], { alignment: AlignmentType.RIGHT, indent: { right: 640 } }));
        break;
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

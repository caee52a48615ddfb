import { SuggestionDocumentData } from './document-data';
import { DocumentFonts } from './document-fonts';
import { attachmentLines, LetterBlock, letterBlocks } from './letter-layout';
import { BLACK, BODY, Face, MM, PdfWriter, PITCH, RED } from './pdf-document';

/** The official seal: 42 mm across (GB/T 9704 leaves its size to the seal; 42 mm is the usual court seal). */
export const SEAL_RADIUS = 21 * MM;

/**
 * Where the seal goes over the 落款 (印章压日期): centred on the date, its centre a quarter line
 * below the top of the court's name, so name and date sit a little below its centre and its top
 * stays within a line of the text above (GB/T 9704 7.3.5.1).
 */
export function sealCircle(nameTop: number, dateCentreX: number): { cx: number; cy: number; r: number } {
  return { cx: dateCentreX, cy: nameTop + PITCH * 0.4, r: SEAL_RADIUS };
}

/** Lines a tail block takes (kept together with the 落款 on one page). */
function tailLines(w: PdfWriter, b: LetterBlock): number {
  const doc = w.doc;
  switch (b.kind) {
    case 'closing':
      w.use('body', BODY, b.text);
      return Math.round(doc.heightOfString(b.text, { width: w.width, indent: BODY * 2, lineGap: w.lineGap() }) / PITCH);
    case 'attachments':
      return 1 + attachmentLines(b.names).length;
    case 'signature':
      return 4;
    case 'note':
      return 1;
    case 'copies':
      return 2;
    default:
      return 0;
  }
}

/**
 * The 司法建议书 as PDF in the layout of GB/T 9704: red 版头 (court and 司法建议书 in the 小标宋 face)
 * and rule, number, title, 主送, sections with 黑体 headings and 楷体 numbering, 仿宋 body on a
 * 22-line page, 附件, 落款 with room for the seal over the date, contact and 抄送. No paragraph
 * leaves a single line on a page, a heading never ends a page, and the 落款 is kept on one page
 * with the closing request.
 */
export async function renderSuggestionPdf(fonts: DocumentFonts, d: SuggestionDocumentData): Promise<Buffer> {
  const w = new PdfWriter(fonts, { title: d.title, author: d.courtName, subject: d.docNumber ? `司法建议书 ${d.docNumber}` : '司法建议书（草稿）' });
  const doc = w.doc;
  const left = w.left;
  const width = w.width;

  // 版头: the issuing court and the document kind in red, the number, then the red rule.
  w.use('title', 26, d.courtName).fillColor(RED).text(d.courtName, { align: 'center', characterSpacing: 2 });
  doc.moveDown(0.15);
  w.use('title', 36, '司法建议书').fillColor(RED).text('司法建议书', { align: 'center', characterSpacing: 10 });
  doc.y += PITCH * 0.8;
  const number = d.docNumber || '（草稿，未编号）';
  w.use('body', BODY, number).fillColor(BLACK).text(number, { align: 'center' });
  doc.y += 4 * MM;
  w.rule(RED, 2, PITCH * 1.2);

  const paragraph = (text: string, lead?: string, leadFace: Face = 'kai') => {
    let leadWidth = 0;
    if (lead) leadWidth = w.use(leadFace, BODY, lead).widthOfString(lead);
    w.use('body', BODY, text);
    const opts = { width, indent: BODY * 2 + leadWidth, lineGap: w.lineGap(), align: 'justify' as const };
    const lines = Math.round(doc.heightOfString(text, opts) / PITCH);
    w.flow(lines, () => {
      const y = doc.y;
      if (lead) w.use(leadFace, BODY, lead).text(lead, left + BODY * 2, y, { lineBreak: false });
      w.use('body', BODY, text).text(text, left, y, opts);
    });
  };

  const blocks = letterBlocks(d);
  const tailStart = blocks.findIndex((b) => b.kind === 'closing' || b.kind === 'attachments' || b.kind === 'signature');
  blocks.forEach((b, i) => {
    doc.x = left;
    if (i === tailStart) {
      // The closing request, 附件, 落款, contact and 抄送 stay together (never a 落款 alone on a page).
      const lines = blocks.slice(i).reduce((n, t) => n + tailLines(w, t), 0);
      w.use('body', BODY);
      if (lines <= 22) w.keep(lines);
    }
    switch (b.kind) {
      case 'title':
        w.use('title', 22, b.text).text(b.text, left, doc.y, { width, align: 'center', lineGap: 8 });
        doc.y += PITCH * 0.6;
        break;
      case 'salutation':
        w.use('body', BODY, b.text);
        doc.text(b.text, left, doc.y, { width, lineGap: w.lineGap() });
        break;
      case 'heading':
        w.use('heading', BODY, b.text);
        w.keep(3); // the heading and two lines of what follows
        doc.text(b.text, left, doc.y, { width, indent: BODY * 2, lineGap: w.lineGap() });
        break;
      case 'paragraph':
        paragraph(b.text, b.lead);
        break;
      case 'closing':
        paragraph(b.text);
        break;
      case 'attachments': {
        // 正文下空一行，左空二字编排；several names aligned under the first.
        doc.y += PITCH;
        const label = '附件：';
        const hang = w.use('body', BODY, label).widthOfString(label);
        attachmentLines(b.names).forEach((line, n) => {
          const x = left + BODY * 2 + (n === 0 ? 0 : hang);
          w.use('body', BODY, line).text(line, x, doc.y, { width: width - (x - left), lineGap: w.lineGap() });
        });
        break;
      }
      case 'signature': {
        // 落款: two empty lines for the seal, the court centred over the date, the date four
        // characters from the right edge (成文日期右空四字); the seal then covers both.
        doc.y += PITCH * 2;
        const date = b.date || '年　月　日';
        const dateWidth = w.use('body', BODY, date).widthOfString(date);
        const dateRight = left + width - BODY * 4;
        const centre = dateRight - dateWidth / 2;
        const nameWidth = w.use('body', BODY, b.court).widthOfString(b.court);
        const nameX = Math.min(centre - nameWidth / 2, left + width - nameWidth);
        const top = doc.y;
        w.use('body', BODY, b.court).text(b.court, nameX, top, { lineBreak: false });
        w.use('body', BODY, date).text(date, dateRight - dateWidth, top + PITCH, { lineBreak: false });
        doc.x = left;
        doc.y = top + PITCH * 2;
        break;
      }
      case 'note':
        w.use('body', BODY, b.text).text(b.text, left, doc.y, { width, indent: BODY * 2, lineGap: w.lineGap() });
        break;
      case 'copies':
        doc.y += PITCH * 0.5;
        w.rule(BLACK, 0.75, 4);
        w.use('body', 14, b.text).text(b.text, left + 14, doc.y, { width: width - 28, lineGap: 4 });
        doc.y += 4;
        w.rule(BLACK, 0.75, 0);
        break;
    }
  });
  w.pageNumbers();
  return w.end();
}

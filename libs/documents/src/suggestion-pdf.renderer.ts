import { SuggestionDocumentData } from './document-data';
import { DocumentFonts } from './document-fonts';
import { letterBlocks } from './letter-layout';
import { BLACK, contentWidth, createPdf, F_BOLD, F_REGULAR, pageNumbers, RED, rule } from './pdf-document';

const BODY = 15;
const LINE_GAP = 8;

/** Starts a new page when fewer than `lines` body lines fit, so a heading never ends a page. */
function keepWithNext(doc: PDFKit.PDFDocument, lines: number): void {
  if (doc.y + lines * (BODY + LINE_GAP) * 1.4 > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** The 司法建议书 as PDF: red court header and rule, number, title, 主送, numbered items, signature, 抄送. */
export async function renderSuggestionPdf(fonts: DocumentFonts, d: SuggestionDocumentData): Promise<Buffer> {
  const { doc, bytes } = createPdf(fonts, { title: d.title, author: d.courtName, subject: d.docNumber ? `司法建议书 ${d.docNumber}` : '司法建议书（草稿）' });
  const width = contentWidth(doc);
  const left = doc.page.margins.left;

  // 红头: the issuing court and the document kind in red, the number, then the red rule.
  doc.font(F_BOLD).fontSize(26).fillColor(RED).text(d.courtName, { align: 'center', characterSpacing: 2 });
  doc.moveDown(0.2);
  doc.font(F_BOLD).fontSize(30).fillColor(RED).text('司法建议书', { align: 'center', characterSpacing: 12 });
  doc.moveDown(0.6);
  doc
    .font(F_REGULAR)
    .fontSize(BODY)
    .fillColor(BLACK)
    .text(d.docNumber || '（草稿，未编号）', { align: 'center' });
  doc.moveDown(0.3);
  rule(doc, RED, 2, 18);

  for (const b of letterBlocks(d)) {
    doc.x = left;
    switch (b.kind) {
      case 'title':
        doc.font(F_BOLD).fontSize(20).fillColor(BLACK).text(b.text, { align: 'center', lineGap: 6 });
        doc.moveDown(0.8);
        break;
      case 'salutation':
        doc.font(F_REGULAR).fontSize(BODY).text(b.text, { lineGap: LINE_GAP });
        break;
      case 'heading':
        keepWithNext(doc, 3);
        doc
          .font(F_BOLD)
          .fontSize(BODY)
          .text(b.text, { indent: BODY * 2, lineGap: LINE_GAP });
        break;
      case 'paragraph':
        doc.font(F_REGULAR).fontSize(BODY);
        if (b.lead) {
          // The bold lead is drawn on its own and the text indented past it: pdfkit's `continued`
          // runs lose the first-line indent.
          if (doc.y + doc.currentLineHeight(true) > doc.page.maxY()) doc.addPage();
          const y = doc.y;
          doc.font(F_BOLD);
          const leadWidth = doc.widthOfString(b.lead);
          doc.text(b.lead, left + BODY * 2, y, { lineBreak: false });
          doc.font(F_REGULAR).text(b.text, left, y, { width, indent: BODY * 2 + leadWidth, lineGap: LINE_GAP, align: 'justify' });
        } else {
          doc.text(b.text, left, doc.y, { width, indent: BODY * 2, lineGap: LINE_GAP, align: 'justify' });
        }
        break;
      case 'signature':
        doc.moveDown(2);
        keepWithNext(doc, 2);
        doc
          .font(F_REGULAR)
          .fontSize(BODY)
          .text(b.court, left, doc.y, { width: width - BODY * 2, align: 'right', lineGap: LINE_GAP });
        if (b.date) doc.text(b.date, left, doc.y, { width: width - BODY * 2, align: 'right', lineGap: LINE_GAP });
        doc.moveDown(0.5);
        break;
      case 'note':
        doc
          .font(F_REGULAR)
          .fontSize(BODY)
          .text(b.text, { indent: BODY * 2, lineGap: LINE_GAP });
        break;
      case 'copies':
        doc.moveDown(1);
        rule(doc, BLACK, 0.75, 4);
        doc.font(F_REGULAR).fontSize(14).text(b.text, { indent: 14, lineGap: 4 });
        doc.moveDown(0.2);
        rule(doc, BLACK, 0.75, 0);
        break;
    }
  }
  pageNumbers(doc);
  doc.end();
  return bytes;
}

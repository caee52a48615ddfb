import { ReceiptData } from './document-data';
import { DocumentFonts } from './document-fonts';
import { chineseDateTime } from './document-format';
import { BLACK, contentWidth, createPdf, F_BOLD, F_REGULAR, pageNumbers } from './pdf-document';

const SIZE = 14;
const PAD = 8;

/** The 送达回证 (proof of service) of one delivery as PDF: a bordered table of what was served to whom and when. */
export async function renderReceiptPdf(fonts: DocumentFonts, r: ReceiptData): Promise<Buffer> {
  const { doc, bytes } = createPdf(fonts, { title: `送达回证 ${r.docNumber ?? ''}`.trim(), author: r.courtName, subject: `送达回证：${r.recipientName}` });
  const left = doc.page.margins.left;
  const width = contentWidth(doc);

  doc.font(F_BOLD).fontSize(22).fillColor(BLACK).text(r.courtName, { align: 'center' });
  doc.moveDown(0.2);
  doc.font(F_BOLD).fontSize(26).text('送 达 回 证', { align: 'center' });
  doc.moveDown(1);

  const rows: [string, string][] = [
    ['送达文书', `司法建议书《${r.title}》`],
    ['文书编号', r.docNumber || '—'],
    ['受送达人', r.recipientName],
    ['送达方式', '电子送达（司法建议“一件事”平台）'],
    ['送达时间', chineseDateTime(r.deliveredAt) || '—'],
    ['签收时间', chineseDateTime(r.signedAt) || '尚未签收'],
    ['签收人', r.signedBy || '—'],
    ['备注', r.signedAt ? '受送达人已在平台签收。' : '受送达人尚未签收。'],
  ];
  const labelWidth = 100;
  const valueWidth = width - labelWidth;
  let y = doc.y;
  doc.lineWidth(1).strokeColor(BLACK);
  for (const [label, value] of rows) {
    doc.font(F_REGULAR).fontSize(SIZE);
    const h = Math.max(doc.heightOfString(value, { width: valueWidth - PAD * 2 }), doc.heightOfString(label, { width: labelWidth - PAD * 2 })) + PAD * 2 + 6;
    if (y + h > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      y = doc.page.margins.top;
    }
    doc.rect(left, y, labelWidth, h).stroke();
    doc.rect(left + labelWidth, y, valueWidth, h).stroke();
    doc.font(F_BOLD).text(label, left + PAD, y + PAD + 3, { width: labelWidth - PAD * 2, align: 'center' });
    doc.font(F_REGULAR).text(value, left + labelWidth + PAD, y + PAD + 3, { width: valueWidth - PAD * 2 });
    y += h;
  }
  doc.x = left;
  doc.y = y + 24;
  doc
    .font(F_REGULAR)
    .fontSize(SIZE)
    .text(`送达人：${r.courtName}`, left, doc.y, { width: width - SIZE * 2, align: 'right' });
  pageNumbers(doc);
  doc.end();
  return bytes;
}

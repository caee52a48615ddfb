import { ReceiptData } from './document-data';
import { DocumentFonts } from './document-fonts';
import { chineseDateTime } from './document-format';
import { BLACK, MM, PdfWriter } from './pdf-document';

const SIZE = 14;
const PAD = 8;
const DATE_BOX = '年　　月　　日';

interface Row {
  label: string;
  value: string;
  /** A box to sign or seal in: this tall, with a date line at its foot. */
  box?: { height: number; date: string };
}

/**
 * The 送达回证 (proof of service) of one delivery as PDF: a bordered table of what was served to
 * whom, how and when, with boxes for 送达人 and 受送达人签名（盖章）each with its date, as on the
 * paper form; an online signature is printed in its box.
 */
export async function renderReceiptPdf(fonts: DocumentFonts, r: ReceiptData): Promise<Buffer> {
  const w = new PdfWriter(fonts, { title: `送达回证 ${r.docNumber ?? ''}`.trim(), author: r.courtName, subject: `送达回证：${r.recipientName}` });
  const doc = w.doc;
  const left = w.left;
  const width = w.width;

  w.use('title', 22, r.courtName).fillColor(BLACK).text(r.courtName, { align: 'center' });
  doc.moveDown(0.2);
  w.use('title', 26, '送达回证').text('送 达 回 证', { align: 'center' });
  doc.moveDown(1);

  const signed = r.signedAt ? chineseDateTime(r.signedAt) : '';
  const rows: Row[] = [
    { label: '送达文书', value: `司法建议书《${r.title}》` },
    { label: '文书编号', value: r.docNumber || '—' },
    { label: '受送达人', value: r.recipientName },
    { label: '送达方式', value: '电子送达（司法建议“一件事”平台）' },
    { label: '送达时间', value: chineseDateTime(r.deliveredAt) || '—' },
    { label: '送达人', value: r.courtName, box: { height: 26 * MM, date: chineseDateTime(r.deliveredAt).split(' ')[0] || DATE_BOX } },
    {
      label: '受送达人签名（盖章）',
      value: r.signedAt ? `已在平台签收（签收人：${r.signedBy ?? '—'}）` : '尚未签收',
      box: { height: 34 * MM, date: signed ? `签收时间：${signed}` : DATE_BOX },
    },
    {
      label: '备注',
      value: r.signedAt ? '受送达人已在平台签收，本回证由平台依签收记录生成。' : '受送达人尚未签收；纸质送达的，由受送达人在上栏签名或盖章并填写日期。',
    },
  ];
  const labelWidth = 118;
  const valueWidth = width - labelWidth;
  let y = doc.y;
  doc.lineWidth(1).strokeColor(BLACK);
  for (const row of rows) {
    w.use('body', SIZE, row.value + row.label);
    const text = Math.max(doc.heightOfString(row.value, { width: valueWidth - PAD * 2 }), doc.heightOfString(row.label, { width: labelWidth - PAD * 2 }));
    const h = Math.max(text + PAD * 2 + 6, row.box?.height ?? 0);
    if (y + h > doc.page.maxY()) {
      doc.addPage();
      y = doc.page.margins.top;
    }
    doc.rect(left, y, labelWidth, h).stroke();
    doc.rect(left + labelWidth, y, valueWidth, h).stroke();
    const labelHeight = w.use('heading', SIZE, row.label).heightOfString(row.label, { width: labelWidth - PAD * 2, align: 'center' });
    doc.text(row.label, left + PAD, y + (h - labelHeight) / 2, { width: labelWidth - PAD * 2, align: 'center' });
    w.use('body', SIZE, row.value).text(row.value, left + labelWidth + PAD, y + PAD + 3, { width: valueWidth - PAD * 2 });
    if (row.box) {
      w.use('body', SIZE, row.box.date).text(row.box.date, left + labelWidth + PAD, y + h - PAD - SIZE - 4, {
        width: valueWidth - PAD * 3,
        align: 'right',
        lineBreak: false,
      });
    }
    y += h;
  }
  doc.x = left;
  doc.y = y + 12;
  w.use('body', 12, '').text('注：受送达人签收后，本回证由送达法院存档。', left, doc.y, { width });
  return w.end();
}

import PDFDocument from 'pdfkit';
import { DocumentFonts } from './document-fonts';

export const MM = 72 / 25.4;
export const RED = '#D40000';
export const BLACK = '#000000';
export const F_REGULAR = 'regular';
export const F_BOLD = 'bold';

export interface PdfInfo {
  title: string;
  author: string;
  subject: string;
}

/**
 * An A4 pdfkit document with the CJK fonts registered and page margins of GB/T 9704 (公文格式),
 * plus a promise of its bytes once ended.
 */
export function createPdf(fonts: DocumentFonts, info: PdfInfo): { doc: PDFKit.PDFDocument; bytes: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM },
    bufferPages: true,
    info: { Title: info.title, Author: info.author, Subject: info.subject, Creator: '司法建议“一件事”' },
    lang: 'zh-CN',
  });
  doc.registerFont(F_REGULAR, fonts.regular);
  doc.registerFont(F_BOLD, fonts.bold);
  doc.font(F_REGULAR);
  const bytes = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, bytes };
}

/** The printable width between the margins. */
export function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** A horizontal rule across the text width at the current position. */
export function rule(doc: PDFKit.PDFDocument, color: string, width: number, gapAfter = 6): void {
  const y = doc.y;
  doc
    .save()
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.width - doc.page.margins.right, y)
    .lineWidth(width)
    .strokeColor(color)
    .stroke()
    .restore();
  doc.y = y + width + gapAfter;
}

/** “— n —” centred in the bottom margin of every page (needs bufferPages). */
export function pageNumbers(doc: PDFKit.PDFDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the margin must not open a new page
    doc
      .font(F_REGULAR)
      .fontSize(12)
      .fillColor(BLACK)
      .text(`— ${i + 1} —`, 0, doc.page.height - bottom / 2 - 6, { width: doc.page.width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

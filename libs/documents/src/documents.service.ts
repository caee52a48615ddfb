import { Inject, Injectable } from '@nestjs/common';
import { xmlSafeData } from '@app/core';
import { ReceiptData, SuggestionDocumentData } from './document-data';
import { DOCUMENT_FONTS, DocumentFonts } from './document-fonts';
import { renderReceiptPdf } from './receipt-pdf.renderer';
import { renderSuggestionDocx } from './suggestion-docx.renderer';
import { renderSuggestionPdf } from './suggestion-pdf.renderer';

/**
 * Renders the 司法建议书 (PDF, DOCX) and the 送达回证 (PDF) from plain data. Knows nothing of
 * who may see a letter: callers check visibility first and map their entities to the data.
 * Characters XML forbids (control characters a writer pasted in) are left out of every document.
 */
@Injectable()
export class DocumentsService {
  constructor(@Inject(DOCUMENT_FONTS) private readonly fonts: DocumentFonts) {}

  renderSuggestionPdf(data: SuggestionDocumentData): Promise<Buffer> {
    return renderSuggestionPdf(this.fonts, xmlSafeData(data));
  }

  renderSuggestionDocx(data: SuggestionDocumentData): Promise<Buffer> {
    return renderSuggestionDocx(xmlSafeData(data));
  }

  renderReceiptPdf(data: ReceiptData): Promise<Buffer> {
    return renderReceiptPdf(this.fonts, xmlSafeData(data));
  }
}

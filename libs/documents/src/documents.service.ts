import { Inject, Injectable } from '@nestjs/common';
import { ReceiptData, SuggestionDocumentData } from './document-data';
import { DOCUMENT_FONTS, DocumentFonts } from './document-fonts';
import { renderReceiptPdf } from './receipt-pdf.renderer';
import { renderSuggestionDocx } from './suggestion-docx.renderer';
import { renderSuggestionPdf } from './suggestion-pdf.renderer';

/**
 * Renders the 司法建议书 (PDF, DOCX) and the 送达回证 (PDF) from plain data. Knows nothing of
 * who may see a letter: callers check visibility first and map their entities to the data.
 */
@Injectable()
export class DocumentsService {
  constructor(@Inject(DOCUMENT_FONTS) private readonly fonts: DocumentFonts) {}

  renderSuggestionPdf(data: SuggestionDocumentData): Promise<Buffer> {
    return renderSuggestionPdf(this.fonts, data);
  }

  renderSuggestionDocx(data: SuggestionDocumentData): Promise<Buffer> {
    return renderSuggestionDocx(data);
  }

  renderReceiptPdf(data: ReceiptData): Promise<Buffer> {
    return renderReceiptPdf(this.fonts, data);
  }
}

import { Module } from '@nestjs/common';
import { DOCUMENT_FONTS, resolveDocumentFonts } from './document-fonts';
import { DocumentsService } from './documents.service';

@Module({
  providers: [{ provide: DOCUMENT_FONTS, useFactory: () => resolveDocumentFonts() }, DocumentsService],
  exports: [DocumentsService],
})
export class DocumentsModule {}

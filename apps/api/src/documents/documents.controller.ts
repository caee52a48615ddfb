import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AppException } from '@app/core';
import { contentDisposition } from '@app/attachments';
import { DeadlineService } from '@app/deadlines';
import { DeliveryView } from '@app/deliveries';
import { DocumentsService } from '@app/documents';
import { CurrentPrincipal, Principal } from '@app/identity';
import { SuggestionQueryService, SuggestionView } from '@app/suggestions';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { letterFileName, receiptData, receiptFileName, suggestionDocumentData } from './document-data.mapper';
import { ReceiptQueryDto } from './dto/receipt-query.dto';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const BINARY = { schema: { type: 'string', format: 'binary' } } as const;

/**
 * The 司法建议书 (PDF, DOCX) and the 送达回证 (PDF), rendered on request from the letter as the
 * caller sees it: whoever may not see the letter (or the delivery) gets 404.
 */
@ApiTags('suggestions')
@ApiBearerAuth()
@Controller('api/v1/suggestions')
export class DocumentsController {
  constructor(
    private readonly query: SuggestionQueryService,
    private readonly documents: DocumentsService,
    private readonly deadlines: DeadlineService,
  ) {}

  @Get(':id/document.pdf')
  @ApiOperation({
    summary: '建议书 PDF / The 司法建议书 as PDF',
    description:
      'File name: the document number (e.g. 金中法建〔2031〕1号.pdf) in Content-Disposition (RFC 5987 filename*). A letter not yet numbered prints as a draft (（草稿，未编号）). ' +
      'The copy of `deliveryId` (default: the caller’s own organization’s delivery): a copy the court sent a recipient’s superior (Art. 9) prints the court’s note.',
  })
  @ApiProduces(PDF)
  @ApiOkResponse({ description: 'The PDF', content: { [PDF]: BINARY } })
  async pdf(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidParamPipe) id: string,
    @Query() q: ReceiptQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const s = await this.query.get(p, id);
    const bytes = await this.documents.renderSuggestionPdf(suggestionDocumentData(s, this.issuedDate(s), copyOf(p, s, q.deliveryId)));
    return send(reply, bytes, PDF, letterFileName(s, 'pdf'));
  }

  @Get(':id/document.docx')
  @ApiOperation({ summary: '建议书 Word / The 司法建议书 as Word (DOCX)', description: 'Same content and file naming as document.pdf.' })
  @ApiProduces(DOCX)
  @ApiOkResponse({ description: 'The DOCX', content: { [DOCX]: BINARY } })
  async docx(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidParamPipe) id: string,
    @Query() q: ReceiptQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const s = await this.query.get(p, id);
    const bytes = await this.documents.renderSuggestionDocx(suggestionDocumentData(s, this.issuedDate(s), copyOf(p, s, q.deliveryId)));
    return send(reply, bytes, DOCX, letterFileName(s, 'docx'));
  }

  @Get(':id/receipt.pdf')
  @ApiOperation({
    summary: '送达回证 PDF / The 送达回证 (proof of service) of one delivery as PDF',
    description:
      'For `deliveryId`, or by default the caller’s own organization’s delivery (a recipient). Court staff must name the delivery (400 VALIDATION_FAILED otherwise). ' +
      'A letter or delivery the caller may not see → 404.',
  })
  @ApiProduces(PDF)
  @ApiOkResponse({ description: 'The PDF', content: { [PDF]: BINARY } })
  async receipt(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidParamPipe) id: string,
    @Query() q: ReceiptQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const s = await this.query.get(p, id);
    const wanted = q.deliveryId?.toLowerCase();
    let d: DeliveryView | undefined;
    if (wanted) {
      d = s.deliveries.find((x) => x.id === wanted);
      if (!d) throw AppException.notFound('Delivery');
    } else {
      d = s.deliveries.filter((x) => x.organizationId === p.organizationId).at(-1);
      if (!d) throw AppException.validation([{ field: 'deliveryId', message: 'name the delivery whose receipt you want' }]);
    }
    const bytes = await this.documents.renderReceiptPdf(receiptData(s, d));
    return send(reply, bytes, PDF, receiptFileName(s, d));
  }

  private issuedDate(s: SuggestionView): string | null {
    return s.issuedAt ? this.deadlines.dateOf(new Date(s.issuedAt)) : null;
  }
}

/**
 * The delivery whose copy is printed: `deliveryId` (one the caller sees, else 404), or by default the
 * caller's own organization's (a recipient). A copy the court sent a superior carries its note.
 */
function copyOf(p: Principal, s: SuggestionView, deliveryId: string | undefined): DeliveryView | null {
  if (deliveryId) {
    const d = s.deliveries.find((x) => x.id === deliveryId.toLowerCase());
    if (!d) throw AppException.notFound('Delivery');
    return d;
  }
  return s.deliveries.filter((x) => x.organizationId === p.organizationId).at(-1) ?? null;
}

function send(reply: FastifyReply, bytes: Buffer, type: string, fileName: string): StreamableFile {
  reply.header('X-Content-Type-Options', 'nosniff');
  reply.header('Cache-Control', 'private, no-store');
  return new StreamableFile(bytes, { type, disposition: contentDisposition(fileName), length: bytes.length });
}

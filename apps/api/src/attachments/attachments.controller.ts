import { Controller, Get, HttpCode, Inject, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/api-errors.decorator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MultipartFile } from '@fastify/multipart';
import { AppConfig, APP_CONFIG, AppException, CommonErrorCode } from '@app/core';
import {
  AttachmentMeta,
  AttachmentsErrorCode,
  AttachmentsService,
  contentDisposition,
  FILE_KINDS,
  malformedMultipart,
  MultipartBodyWatch,
  multipartBoundary,
  tooLarge,
} from '@app/attachments';
import { CurrentPrincipal, Principal } from '@app/identity';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { AttachmentDto, UploadAttachmentDto } from './dto/attachment.dto';

/** Room for the multipart envelope (boundaries, part headers, a few small fields) around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

const toDto = (a: AttachmentMeta): AttachmentDto => ({
  id: a.id,
  fileName: a.fileName,
  contentType: a.contentType,
  size: a.size,
  sha256: a.sha256,
  createdAt: a.createdAt,
});

/** The content types a download is sent with: those an upload is recognised as (FILE_KINDS). */
const DOWNLOAD_TYPES = [...new Set(Object.values(FILE_KINDS).map((k) => k.contentType))];

@ApiTags('attachments')
@ApiBearerAuth()
@Controller('api/v1/attachments')
export class AttachmentsController {
  constructor(
    private readonly attachments: AttachmentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: '上传附件 / Upload one file (multipart field `file`)',
    description:
      'Streamed to storage under a random name while hashed. Over UPLOAD_MAX_BYTES (default 20 MiB) → 413 PAYLOAD_TOO_LARGE; ' +
      'content not pdf/doc/docx/xls/xlsx/jpg/png/ofd by its magic bytes, or an extension that does not match it → 422 UNSUPPORTED_FILE_TYPE. ' +
      'A body that ends without its closing boundary → 400 MULTIPART_MALFORMED; one not complete within UPLOAD_TIMEOUT_MS (default 60 s) → 408 UPLOAD_TIMEOUT. ' +
      'Nothing is kept in any of these cases. The file stays unattached (visible to the uploading organization only) until a letter, reply, report or message names it in `attachmentIds`.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadAttachmentDto })
  @ApiCreatedResponse({ type: AttachmentDto })
  @ApiErrors({ status: 400, codes: ['FILE_REQUIRED', 'MULTIPART_MALFORMED', 'UPLOAD_INCOMPLETE'] }, 408, 413, 415, {
    status: 422,
    codes: ['UNSUPPORTED_FILE_TYPE'],
  })
  async upload(@CurrentPrincipal() p: Principal, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<AttachmentDto> {
    if (!req.isMultipart()) throw new AppException(415, CommonErrorCode.UNSUPPORTED_MEDIA_TYPE, 'Send the file as multipart/form-data in the field `file`');
    const boundary = multipartBoundary(req.headers['content-type']);
    if (!boundary) throw malformedMultipart('The multipart content type names no boundary');
    // A declared length far over the limit is refused before a byte is read; otherwise the
    // limit is enforced while streaming (chunked uploads, or a file just over the limit).
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > this.attachments.maxBytes + MULTIPART_OVERHEAD) throw tooLarge(this.attachments.maxBytes);
    const parsing = req.file(); // starts reading the body; the watch must see it from the first chunk
    const body = new MultipartBodyWatch(req.raw, boundary, this.config.uploadTimeoutMs);
    try {
      const part: MultipartFile | undefined = await body.race(parsing);
      if (!part || part.fieldname !== 'file') {
        if (part) part.file.resume();
        throw new AppException(400, AttachmentsErrorCode.FILE_REQUIRED, 'The multipart field `file` is required', [
          { field: 'file', message: 'file is required' },
        ]);
      }
      const meta = await this.attachments.upload(p, {
        fileName: part.filename,
        stream: part.file,
        truncated: () => part.file.truncated,
        signal: body.signal,
        complete: () => body.complete(),
      });
      return toDto(meta);
    } catch (e) {
      // A body that stalled or broke off: answer, then drop the connection rather than wait for the rest.
      if (body.signal.aborted) reply.header('connection', 'close');
      throw e;
    } finally {
      body.dispose();
    }
  }

  @Get(':id')
  @ApiOperation({
    summary: '下载附件 / Download a file',
    description:
      'Only to those who may see what it is attached to (unattached: the uploading organization); anyone else gets 404. Sent with Content-Disposition: attachment (RFC 5987 UTF-8 name) and X-Content-Type-Options: nosniff.',
  })
  @ApiProduces(...DOWNLOAD_TYPES)
  @ApiOkResponse({ description: 'The file content, sent with the type detected from its content at upload', schema: { type: 'string', format: 'binary' } })
  async download(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidParamPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { meta, stream } = await this.attachments.openForDownload(p, id);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Cache-Control', 'private, no-store');
    return new StreamableFile(stream, { type: meta.contentType, disposition: contentDisposition(meta.fileName), length: meta.size });
  }
}

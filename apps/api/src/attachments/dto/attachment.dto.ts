import { ApiProperty } from '@nestjs/swagger';

/** An uploaded file's metadata (the upload's answer; also embedded in letters and deliveries). */
export class AttachmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '整改方案.pdf', description: 'The client’s file name, sanitized (no directories, no control characters)' }) fileName: string;
  @ApiProperty({ example: 'application/pdf', description: 'Detected from the content (magic bytes), not taken from the client' }) contentType: string;
  @ApiProperty({ example: 183422, description: 'Size in bytes' }) size: number;
  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', description: 'SHA-256 of the content, lower-case hex' })
  sha256: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
}

/** The multipart body of an upload (for the OpenAPI document). */
export class UploadAttachmentDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'One file ≤ UPLOAD_MAX_BYTES (default 20 MiB): pdf, doc, docx, xls, xlsx, jpg, png or ofd; the extension must match the content',
  })
  file: unknown;
}

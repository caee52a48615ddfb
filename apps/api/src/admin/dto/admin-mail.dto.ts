import { ApiProperty } from '@nestjs/swagger';

/** One outgoing email (table mail_messages) as operators see it. */
export class MailRowDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Dedupe key: one email per cause and address' }) dedupeKey!: string;
  @ApiProperty({ description: 'The Message-ID every attempt carries' }) messageId!: string;
  @ApiProperty({ example: 'delivery-notice' }) template!: string;
  @ApiProperty({ type: [String], example: ['zjj@jinhua.gov.cn'] }) to!: string[];
  @ApiProperty({ example: '【司法建议】金中法建〔2025〕1号 请签收' }) subject!: string;
  @ApiProperty() text!: string;
  @ApiProperty() html!: string;
  @ApiProperty({ enum: ['QUEUED', 'SENT', 'FAILED'] }) status!: 'QUEUED' | 'SENT' | 'FAILED';
  @ApiProperty({ type: 'integer' }) attempts!: number;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty({ type: String, nullable: true }) smtpResponse!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) suggestionId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) deliveryId!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt!: Date | null;
}

export class MailPageDto {
  @ApiProperty({ type: [MailRowDto] }) items!: MailRowDto[];
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: 'integer' }) page!: number;
  @ApiProperty({ type: 'integer' }) pageSize!: number;
}

/** An outbox row (event fan-out, webhook delivery, email send) as the outbox list shows it. */
export class OutboxRowDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'webhook.deliver' }) topic!: string;
  @ApiProperty({ enum: ['PENDING', 'ENQUEUED', 'DONE', 'FAILED'] }) status!: string;
  @ApiProperty({ type: 'integer' }) attempts!: number;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) processedAt!: Date | null;
}

export class OutboxPageDto {
  @ApiProperty({ type: [OutboxRowDto] }) items!: OutboxRowDto[];
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: 'integer' }) page!: number;
  @ApiProperty({ type: 'integer' }) pageSize!: number;
}

/** What retrying an outbox row answers. */
export class OutboxRetriedDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() topic!: string;
  @ApiProperty({ enum: ['PENDING'] }) status!: string;
}

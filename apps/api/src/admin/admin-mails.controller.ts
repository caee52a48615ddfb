import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { MailPageDto, MailRowDto, OutboxPageDto, OutboxRetriedDto, OutboxRowDto } from './dto/admin-mail.dto';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { AuditService } from '@app/audit';
import { AppException, PageQueryDto, pageParams, queryReturning } from '@app/core';
import { actorOf, CurrentPrincipal, Principal, Role, Roles } from '@app/identity';
import { MailService } from '@app/notifications';
import { DataSource } from 'typeorm';
import { UuidParamPipe } from '../common/uuid-param.pipe';

class MailListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['QUEUED', 'SENT', 'FAILED'] }) @IsOptional() @IsIn(['QUEUED', 'SENT', 'FAILED']) status?: 'QUEUED' | 'SENT' | 'FAILED';
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() deliveryId?: string;
}

class OutboxListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['PENDING', 'ENQUEUED', 'DONE', 'FAILED'] }) @IsOptional() @IsIn(['PENDING', 'ENQUEUED', 'DONE', 'FAILED']) status?: string;
}

/** Operators see outgoing email and webhook work, and retry what failed. */
@ApiTags('operations')
@ApiBearerAuth()
@Roles(Role.SYS_ADMIN)
@Controller('api/v1/admin')
export class AdminMailsController {
  constructor(
    private readonly mails: MailService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get('mails')
  @ApiOperation({ summary: '发出的邮件 / Outgoing emails (filter FAILED to see what needs attention)' })
  @ApiOkResponse({ type: MailPageDto })
  listMails(@Query() q: MailListQueryDto): Promise<MailPageDto> {
    const { page, pageSize } = pageParams(q);
    return this.mails.list({ status: q.status, deliveryId: q.deliveryId, page, pageSize });
  }

  @Post('mails/:id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: '重发邮件 / Send a failed email again (same Message-ID)' })
  @ApiErrors({ status: 409, codes: ['MAIL_NOT_FAILED'] })
  @ApiOkResponse({ type: MailRowDto })
  retryMail(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string): Promise<MailRowDto> {
    return this.dataSource.transaction(async (m) => {
      const mail = await this.mails.retry(m, id);
      await this.audit.record(m, actorOf(p), { action: 'mail.retry', entityType: 'mail', entityId: id });
      return mail;
    });
  }

  @Get('outbox')
  @ApiOperation({ summary: '发件箱 / Outbox rows (webhook deliveries, event fan-out), newest first' })
  @ApiOkResponse({ type: OutboxPageDto })
  async listOutbox(@Query() q: OutboxListQueryDto): Promise<OutboxPageDto> {
    const { page, pageSize, offset } = pageParams(q);
    const where = q.status ? 'WHERE status = $3' : '';
    const params: unknown[] = [pageSize, offset, ...(q.status ? [q.status] : [])];
    const items = await this.dataSource.query<OutboxRowDto[]>(
      `SELECT id, topic, status, attempts, last_error AS "lastError", created_at AS "createdAt", processed_at AS "processedAt" FROM outbox_messages ${where} ORDER BY created_at DESC LIMIT $1 OFFSET $2`,
      params,
    );
    const [{ n }] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM outbox_messages ${q.status ? 'WHERE status = $1' : ''}`,
      q.status ? [q.status] : [],
    );
    return { items, total: n, page, pageSize };
  }

  @Post('outbox/:id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: '重试发件箱记录 / Make a FAILED outbox row (e.g. a webhook delivery) pending again' })
  @ApiErrors({ status: 409, codes: ['OUTBOX_NOT_FAILED'] })
  @ApiOkResponse({ type: OutboxRetriedDto })
  retryOutbox(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string): Promise<OutboxRetriedDto> {
    return this.dataSource.transaction(async (m) => {
      const rows = await queryReturning<{ id: string; topic: string; status: string }>(
        m,
        `UPDATE outbox_messages SET status = 'PENDING', attempts = 0, last_error = NULL, available_at = now(), lease_until = NULL, processed_at = NULL
          WHERE id = $1 AND status = 'FAILED' RETURNING id, topic, status`,
        [id],
      );
      if (!rows.length) {
        const exists = await m.query<{ status: string }[]>(`SELECT status FROM outbox_messages WHERE id = $1`, [id]);
        if (!exists.length) throw AppException.notFound('Outbox row');
        throw AppException.conflict('OUTBOX_NOT_FAILED', `Only a failed row can be retried (this one is ${exists[0].status})`);
      }
      await this.audit.record(m, actorOf(p), { action: 'outbox.retry', entityType: 'outbox', entityId: id });
      return rows[0];
    });
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG, AppException, Clock, Page } from '@app/core';
import { OutboxService } from '../outbox.service';
import { OutboxTopic } from '../outbox/outbox-routes';
import { RenderedMail } from '../templates/mail-layout';
import { MailMessageEntity, MailStatus } from './mail-message.entity';
import { newMessageId } from './message-id';

export interface MailInput {
  /** One logical email = one key (e.g. `reminder:<deliveryId>:REPLY_OVERDUE:1:2025-W42`); repeats are ignored. */
  dedupeKey: string;
  to: string[];
  content: RenderedMail;
  suggestionId?: string | null;
  deliveryId?: string | null;
}

/** Writes logical emails (row + outbox row, in the caller's transaction) and lets admins see and retry failures. */
@Injectable()
export class MailService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Queues one email inside the caller's transaction. Returns the mail id, or null when an
   * email with the same dedupe key already exists (nothing is written then).
   */
  async enqueue(m: EntityManager, input: MailInput): Promise<string | null> {
    const to = [...new Set(input.to.map((a) => a.trim()).filter(Boolean))];
    if (to.length === 0) return null;
    const now = this.clock.now();
    const rows: { id: string }[] = await m.query(
      `INSERT INTO mail_messages (dedupe_key, message_id, template, to_addresses, subject, text_body, html_body, suggestion_id, delivery_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        input.dedupeKey,
        newMessageId(this.config.mailFrom),
        input.content.template,
        to,
        input.content.subject,
        input.content.text,
        input.content.html,
        input.suggestionId ?? null,
        input.deliveryId ?? null,
        now,
      ],
    );
    if (rows.length === 0) return null;
    const mailId = rows[0].id;
    await this.outbox.add(m, { topic: OutboxTopic.MAIL_SEND, dedupeKey: `${OutboxTopic.MAIL_SEND}:${mailId}`, payload: { mailId } });
    return mailId;
  }

  async list(f: { status?: MailStatus; deliveryId?: string; page: number; pageSize: number }): Promise<Page<MailMessageEntity>> {
    const qb = this.dataSource.getRepository(MailMessageEntity).createQueryBuilder('mm');
    if (f.status) qb.andWhere('mm.status = :status', { status: f.status });
    if (f.deliveryId) qb.andWhere('mm.deliveryId = :deliveryId', { deliveryId: f.deliveryId });
    const [items, total] = await qb
      .orderBy('mm.updatedAt', 'DESC')
      .addOrderBy('mm.id', 'DESC')
      .skip((f.page - 1) * f.pageSize)
      .take(f.pageSize)
      .getManyAndCount();
    return { items, total, page: f.page, pageSize: f.pageSize };
  }

  /** Sends a FAILED email again (same Message-ID): its attempts restart and its outbox row is pending again. */
  async retry(m: EntityManager, mailId: string): Promise<MailMessageEntity> {
    const [mail]: { status: MailStatus }[] = await m.query(`SELECT status FROM mail_messages WHERE id = $1 FOR UPDATE`, [mailId]);
    if (!mail) throw AppException.notFound('Email');
    if (mail.status !== 'FAILED') throw AppException.conflict('MAIL_NOT_FAILED', `Only a failed email can be retried (this one is ${mail.status})`);
    const now = this.clock.now();
    await m.query(`UPDATE mail_messages SET status = 'QUEUED', attempts = 0, last_error = NULL, updated_at = $2 WHERE id = $1`, [mailId, now]);
    // The outbox row was written with the email and is never deleted.
    await m.query(
      `UPDATE outbox_messages SET status = 'PENDING', attempts = 0, last_error = NULL, available_at = $2, lease_until = NULL, processed_at = NULL
        WHERE dedupe_key = $1`,
      [`${OutboxTopic.MAIL_SEND}:${mailId}`, now],
    );
    return (await m.getRepository(MailMessageEntity).findOneBy({ id: mailId }))!;
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG, Clock } from '@app/core';
import { MailTransport } from './mail-transport';

export type MailOutcome = 'SENT' | 'SKIPPED' | 'BUSY' | 'FAILED';

/** Thrown when a send failed but may succeed later: the queue retries with exponential backoff. */
export class MailRetryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MailRetryError';
  }
}

interface MailRow {
  id: string;
  message_id: string;
  to_addresses: string[];
  subject: string;
  text_body: string;
  html_body: string;
  status: 'QUEUED' | 'SENT' | 'FAILED';
  attempts: number;
}

function errorText(e: unknown): string {
  const err = e as { message?: string; response?: string; code?: string };
  return (err?.response ?? err?.message ?? String(e)).slice(0, 1000);
}

/** SMTP 5xx (mailbox unknown, message refused) will not succeed by retrying. */
function isPermanent(e: unknown): boolean {
  const code = (e as { responseCode?: number })?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/**
 * Sends the email behind one `mail.send` outbox row — idempotent, so a job that runs twice
 * (BullMQ is at-least-once) sends once: the mail row is locked for the send, and a SENT row is
 * never sent again. Records SENT / FAILED with attempts and the last error on both rows.
 */
@Injectable()
export class MailDispatcherService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async process(outboxId: string): Promise<MailOutcome> {
    const [row]: { status: string; payload: { mailId?: unknown } }[] = await this.dataSource.query(
      `SELECT status, payload FROM outbox_messages WHERE id = $1`,
      [outboxId],
    );
    if (!row || row.status === 'DONE' || row.status === 'FAILED') return 'SKIPPED';
    const mailId = row.payload?.mailId;
    if (typeof mailId !== 'string') {
      await this.dataSource.transaction((m) => this.finishOutbox(m, outboxId, 'FAILED', 'payload has no mailId'));
      return 'FAILED';
    }
    let retry: string | null = null;
    const outcome = await this.dataSource.transaction(async (m): Promise<MailOutcome> => {
      const [mail]: MailRow[] = await m.query(
        `SELECT id, message_id, to_addresses, subject, text_body, html_body, status, attempts FROM mail_messages WHERE id = $1 FOR UPDATE SKIP LOCKED`,
        [mailId],
      );
      if (!mail) {
        const exists = await m.query(`SELECT 1 FROM mail_messages WHERE id = $1`, [mailId]);
        if (exists.length > 0) return 'BUSY'; // another worker is sending it at this moment
        await this.finishOutbox(m, outboxId, 'FAILED', `mail ${mailId} does not exist`);
        return 'FAILED';
      }
      if (mail.status === 'SENT') {
        await this.finishOutbox(m, outboxId, 'DONE', null);
        return 'SKIPPED';
      }
      if (mail.status === 'FAILED') {
        await this.finishOutbox(m, outboxId, 'FAILED', 'the email had already failed');
        return 'FAILED';
      }
      try {
        const info = await this.transport.send({
          from: this.config.mailFrom,
          to: mail.to_addresses,
          subject: mail.subject,
          text: mail.text_body,
          html: mail.html_body,
          messageId: mail.message_id,
        });
        const now = this.clock.now();
        const note = info.rejected.length > 0 ? `${info.response} (rejected: ${info.rejected.join(', ')})` : info.response;
        await m.query(
          `UPDATE mail_messages SET status = 'SENT', attempts = attempts + 1, sent_at = $2, updated_at = $2, smtp_response = $3, last_error = NULL WHERE id = $1`,
          [mail.id, now, note.slice(0, 1000)],
        );
        await this.finishOutbox(m, outboxId, 'DONE', null);
        return 'SENT';
      } catch (e) {
        const attempts = mail.attempts + 1;
        const failed = isPermanent(e) || attempts >= this.config.mailMaxAttempts;
        const error = errorText(e);
        await m.query(`UPDATE mail_messages SET status = $2, attempts = $3, last_error = $4, updated_at = $5 WHERE id = $1`, [
          mail.id,
          failed ? 'FAILED' : 'QUEUED',
          attempts,
          error,
          this.clock.now(),
        ]);
        if (failed) {
          await this.finishOutbox(m, outboxId, 'FAILED', error);
          return 'FAILED';
        }
        await m.query(`UPDATE outbox_messages SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [outboxId, error]);
        retry = error;
        return 'FAILED';
      }
    });
    if (retry !== null) throw new MailRetryError(retry);
    return outcome;
  }

  private async finishOutbox(m: EntityManager, id: string, status: 'DONE' | 'FAILED', error: string | null): Promise<void> {
    await m.query(`UPDATE outbox_messages SET status = $2, attempts = attempts + 1, last_error = coalesce($3, last_error), processed_at = $4 WHERE id = $1`, [
      id,
      status,
      error,
      this.clock.now(),
    ]);
  }
}

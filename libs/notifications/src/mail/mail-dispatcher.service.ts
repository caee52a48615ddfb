import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG, Clock } from '@app/core';
import { MailTransport, SentInfo, SMTP_CONNECTIONS } from './mail-transport';
import { Semaphore } from './send-pacing';

export type MailOutcome = 'SENT' | 'SKIPPED' | 'BUSY' | 'FAILED';

/** Thrown when a send failed but may succeed later: the queue retries with exponential backoff. */
export class MailRetryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MailRetryError';
  }
}

/**
 * Sends one worker process prepares at once, each holding a transaction and a pooled database
 * connection: one per SMTP connection plus a few ready to go the moment a connection frees up.
 */
export const MAIL_SEND_SLOTS = SMTP_CONNECTIONS + 3;
/** Mail jobs a worker process takes from the queue at once (those beyond MAIL_SEND_SLOTS wait their turn). */
export const MAIL_QUEUE_CONCURRENCY = 16;

interface ClaimRow {
  outbox_status: string;
  mail_id: string | null;
  mail_id_type: string | null;
  id: string | null;
  message_id: string;
  to_addresses: string[];
  subject: string;
  text_body: string;
  html_body: string;
  status: 'QUEUED' | 'SENT' | 'FAILED';
  attempts: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The outbox row and, locked for the send, its mail row — one round trip. A mail row another
 * worker is sending (locked) or that does not exist comes back as nulls.
 */
const CLAIM_SQL = `
  SELECT o.status AS outbox_status, o.payload->>'mailId' AS mail_id, jsonb_typeof(o.payload->'mailId') AS mail_id_type,
         m.id, m.message_id, m.to_addresses, m.subject, m.text_body, m.html_body, m.status, m.attempts
    FROM outbox_messages o
    LEFT JOIN LATERAL (
      SELECT id, message_id, to_addresses, subject, text_body, html_body, status, attempts FROM mail_messages
       WHERE id = CASE WHEN o.payload->>'mailId' ~* '${UUID.source}' THEN (o.payload->>'mailId')::uuid END
       FOR UPDATE SKIP LOCKED
    ) m ON true
   WHERE o.id = $1`;

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
 *
 * Throughput: the queue runs more jobs than there are SMTP connections, so a connection that
 * finishes a message finds the next one waiting instead of idling through the database round
 * trips; `gate` bounds how many of them hold a transaction (and a pooled database connection) at
 * once, and the MAIL_RATE_PER_SECOND wait happens before the transaction, holding nothing.
 */
@Injectable()
export class MailDispatcherService {
  private readonly gate: Semaphore;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    // Leave a couple of pooled connections to the relay and the other processors.
    this.gate = new Semaphore(Math.max(1, Math.min(MAIL_SEND_SLOTS, config.databasePoolSize - 2)));
  }

  process(outboxId: string): Promise<MailOutcome> {
    return this.gate.run(async () => {
      await this.transport.turn();
      let retry: string | null = null;
      const outcome = await this.dataSource.transaction(async (m): Promise<MailOutcome> => {
        const [row]: ClaimRow[] = await m.query(CLAIM_SQL, [outboxId]);
        if (!row || row.outbox_status === 'DONE' || row.outbox_status === 'FAILED') return 'SKIPPED';
        if (row.mail_id_type !== 'string') {
          await this.finishOutbox(m, outboxId, 'FAILED', 'payload has no mailId');
          return 'FAILED';
        }
        if (!row.id) {
          const exists = UUID.test(row.mail_id!) && (await m.query(`SELECT 1 FROM mail_messages WHERE id = $1`, [row.mail_id])).length > 0;
          if (exists) return 'BUSY'; // another worker is sending it at this moment
          await this.finishOutbox(m, outboxId, 'FAILED', `mail ${row.mail_id} does not exist`);
          return 'FAILED';
        }
        if (row.status === 'SENT') {
          await this.finishOutbox(m, outboxId, 'DONE', null);
          return 'SKIPPED';
        }
        if (row.status === 'FAILED') {
          await this.finishOutbox(m, outboxId, 'FAILED', 'the email had already failed');
          return 'FAILED';
        }
        let info: SentInfo;
        try {
          info = await this.transport.send({
            from: this.config.mailFrom,
            to: row.to_addresses,
            subject: row.subject,
            text: row.text_body,
            html: row.html_body,
            messageId: row.message_id,
          });
        } catch (e) {
          const attempts = row.attempts + 1;
          const failed = isPermanent(e) || attempts >= this.config.mailMaxAttempts;
          const error = errorText(e);
          await m.query(`UPDATE mail_messages SET status = $2, attempts = $3, last_error = $4, updated_at = $5 WHERE id = $1`, [
            row.id,
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
        const note = info.rejected.length > 0 ? `${info.response} (rejected: ${info.rejected.join(', ')})` : info.response;
        // Both rows in one statement; the commit right after releases the mail row.
        await m.query(
          `WITH sent AS (
             UPDATE mail_messages SET status = 'SENT', attempts = attempts + 1, sent_at = $2, updated_at = $2, smtp_response = $3, last_error = NULL WHERE id = $1
           )
           UPDATE outbox_messages SET status = 'DONE', attempts = attempts + 1, processed_at = $2 WHERE id = $4`,
          [row.id, this.clock.now(), note.slice(0, 1000), outboxId],
        );
        return 'SENT';
      });
      if (retry !== null) throw new MailRetryError(retry);
      return outcome;
    });
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

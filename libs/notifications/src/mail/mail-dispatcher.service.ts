import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG, Clock } from '@app/core';
import { MailTransport, SMTP_CONNECTIONS } from './mail-transport';
import { GroupResult, GroupRunner } from './send-pacing';

export type MailOutcome = 'SENT' | 'SKIPPED' | 'BUSY' | 'FAILED';

/** Thrown when a send failed but may succeed later: the queue retries with exponential backoff. */
export class MailRetryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MailRetryError';
  }
}

/**
 * Send groups one worker process runs at once, each one transaction (and pooled database
 * connection) that claims its emails in one statement, sends them side by side over the SMTP pool
 * and records them in one statement: a few groups in flight keep every SMTP connection busy.
 */
export const MAIL_SEND_GROUPS = 3;
/** Emails one send group takes at most (the jobs waiting when it starts). */
export const MAIL_SEND_GROUP_SIZE = 2 * SMTP_CONNECTIONS;
/**
 * Mail jobs a worker process takes from the queue at once: enough to fill every send group, plus
 * the next ones already waiting when a group finishes.
 */
export const MAIL_QUEUE_CONCURRENCY = (MAIL_SEND_GROUPS + 1) * MAIL_SEND_GROUP_SIZE;

interface ClaimRow {
  outbox_id: string;
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
 * The outbox rows and, locked for the send, their mail rows — one round trip. A mail row another
 * worker is sending (locked) or that does not exist comes back as nulls.
 */
const CLAIM_SQL = `
  SELECT o.id AS outbox_id, o.status AS outbox_status, o.payload->>'mailId' AS mail_id, jsonb_typeof(o.payload->'mailId') AS mail_id_type,
         m.id, m.message_id, m.to_addresses, m.subject, m.text_body, m.html_body, m.status, m.attempts
    FROM outbox_messages o
    LEFT JOIN LATERAL (
      SELECT id, message_id, to_addresses, subject, text_body, html_body, status, attempts FROM mail_messages
       WHERE id = CASE WHEN o.payload->>'mailId' ~* '${UUID.source}' THEN (o.payload->>'mailId')::uuid END
       FOR UPDATE SKIP LOCKED
    ) m ON true
   WHERE o.id = ANY($1::uuid[])`;

function errorText(e: unknown): string {
  const err = e as { message?: string; response?: string; code?: string };
  return (err?.response ?? err?.message ?? String(e)).slice(0, 1000);
}

/** SMTP 5xx (mailbox unknown, message refused) will not succeed by retrying. */
function isPermanent(e: unknown): boolean {
  const code = (e as { responseCode?: number })?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

interface Sent {
  mailId: string;
  outboxId: string;
  note: string;
}

/**
 * Sends the email behind one `mail.send` outbox row — idempotent, so a job that runs twice
 * (BullMQ is at-least-once) sends once: the mail row is locked for the send, and a SENT row is
 * never sent again. Records SENT / FAILED with attempts and the last error on both rows.
 *
 * Throughput: the jobs that arrive while the send groups are busy are taken together by the next
 * group (`GroupRunner`), so the database round trips of a send — begin, claim, record, commit —
 * are paid once per group, not once per email, while each email still is its own SMTP message
 * with its own outcome. The queue runs more jobs than there are SMTP connections, so a connection
 * that finishes a message finds the next one waiting. MAIL_RATE_PER_SECOND is waited for right
 * before each send, once its row is claimed: a job still waiting for a group has taken no turn, so
 * jobs held up by a slow group do not go out in a burst once it is done.
 */
@Injectable()
export class MailDispatcherService {
  private readonly groups: GroupRunner<string, MailOutcome>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    // Leave a couple of pooled connections to the relay and the other processors.
    const groups = Math.max(1, Math.min(MAIL_SEND_GROUPS, config.databasePoolSize - 2));
    this.groups = new GroupRunner(groups, MAIL_SEND_GROUP_SIZE, (ids) => this.sendGroup(ids));
  }

  process(outboxId: string): Promise<MailOutcome> {
    return this.groups.submit(outboxId);
  }

  /** Claims, sends and records the emails of distinct outbox rows in one transaction. */
  private async sendGroup(outboxIds: string[]): Promise<GroupResult<MailOutcome>[]> {
    const results: GroupResult<MailOutcome>[] = outboxIds.map(() => ({ ok: true, value: 'SKIPPED' }));
    const ids = outboxIds.filter((id) => UUID.test(id)); // anything else names no outbox row
    if (ids.length === 0) return results;
    await this.dataSource.transaction(async (m) => {
      const rows: ClaimRow[] = await m.query(CLAIM_SQL, [ids]);
      const byOutbox = new Map(rows.map((r) => [r.outbox_id.toLowerCase(), r]));
      const finishes: [string, 'DONE' | 'FAILED', string | null][] = [];
      const toSend: { row: ClaimRow; index: number }[] = [];
      const sent: Sent[] = [];
      const failed: { row: ClaimRow; index: number; error: unknown }[] = [];
      const sending = new Set<string>();
      const settle = (index: number, value: MailOutcome) => (results[index] = { ok: true, value });
      for (let index = 0; index < outboxIds.length; index++) {
        const row = byOutbox.get(outboxIds[index].toLowerCase());
        if (!row || row.outbox_status === 'DONE' || row.outbox_status === 'FAILED') continue;
        if (row.mail_id_type !== 'string') {
          finishes.push([row.outbox_id, 'FAILED', 'payload has no mailId']);
          settle(index, 'FAILED');
        } else if (!row.id) {
          const exists = UUID.test(row.mail_id!) && (await m.query(`SELECT 1 FROM mail_messages WHERE id = $1`, [row.mail_id])).length > 0;
          if (exists) {
            settle(index, 'BUSY'); // another worker is sending it at this moment
          } else {
            finishes.push([row.outbox_id, 'FAILED', `mail ${row.mail_id} does not exist`]);
            settle(index, 'FAILED');
          }
        } else if (sending.has(row.id)) {
          settle(index, 'BUSY'); // two outbox rows of one email: the other one sends it
        } else if (row.status === 'SENT') {
          finishes.push([row.outbox_id, 'DONE', null]);
        } else if (row.status === 'FAILED') {
          finishes.push([row.outbox_id, 'FAILED', 'the email had already failed']);
          settle(index, 'FAILED');
        } else {
          sending.add(row.id);
          toSend.push({ row, index });
        }
      }
      for (const [id, status, error] of finishes) await this.finishOutbox(m, id, status, error);
      const sends: Promise<void>[] = [];
      for (const { row, index } of toSend) {
        await this.transport.turn();
        sends.push(
          this.transport
            .send({
              from: this.config.mailFrom,
              to: row.to_addresses,
              subject: row.subject,
              text: row.text_body,
              html: row.html_body,
              messageId: row.message_id,
            })
            .then(
              (info) => {
                const note = info.rejected.length > 0 ? `${info.response} (rejected: ${info.rejected.join(', ')})` : info.response;
                sent.push({ mailId: row.id!, outboxId: row.outbox_id, note: note.slice(0, 1000) });
                settle(index, 'SENT');
              },
              (error: unknown) => void failed.push({ row, index, error }),
            ),
        );
      }
      await Promise.all(sends);
      for (const f of failed) results[f.index] = await this.recordFailure(m, f.row, f.error);
      if (sent.length > 0) await this.recordSent(m, sent);
    });
    return results;
  }

  /** All sent emails of a group, both rows each, in one statement; the commit right after releases the mail rows. */
  private async recordSent(m: EntityManager, sent: Sent[]): Promise<void> {
    await m.query(
      `WITH s AS (SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS s(mail_id, outbox_id, note)),
            sent AS (
              UPDATE mail_messages mm SET status = 'SENT', attempts = mm.attempts + 1, sent_at = $4, updated_at = $4, smtp_response = s.note, last_error = NULL
                FROM s WHERE mm.id = s.mail_id
            )
       UPDATE outbox_messages o SET status = 'DONE', attempts = o.attempts + 1, processed_at = $4 FROM s WHERE o.id = s.outbox_id`,
      [sent.map((x) => x.mailId), sent.map((x) => x.outboxId), sent.map((x) => x.note), this.clock.now()],
    );
  }

  /** A failed send: FAILED for good (5xx, or out of attempts), or a retry error for the queue's backoff. */
  private async recordFailure(m: EntityManager, row: ClaimRow, e: unknown): Promise<GroupResult<MailOutcome>> {
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
      await this.finishOutbox(m, row.outbox_id, 'FAILED', error);
      return { ok: true, value: 'FAILED' };
    }
    await m.query(`UPDATE outbox_messages SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [row.outbox_id, error]);
    return { ok: false, error: new MailRetryError(error) };
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

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The email pipeline: one `mail_messages` row per logical email (its Message-ID fixed when it is
 * written), a lease on relayed outbox rows so that work lost with Redis is enqueued again, and
 * `caught_mails`, where the demo's built-in SMTP catcher keeps what it receives.
 */
export class MailPipeline1763777100001 implements MigrationInterface {
  name = 'MailPipeline1763777100001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mail_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dedupe_key text NOT NULL,
        message_id text NOT NULL,
        template text NOT NULL,
        to_addresses text[] NOT NULL CHECK (cardinality(to_addresses) > 0),
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'SENT', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        smtp_response text,
        suggestion_id uuid,
        delivery_id uuid,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        sent_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_mail_messages_dedupe ON mail_messages (dedupe_key)`);
    await q.query(`CREATE UNIQUE INDEX ux_mail_messages_message_id ON mail_messages (message_id)`);
    await q.query(`CREATE INDEX ix_mail_messages_failed ON mail_messages (updated_at) WHERE status = 'FAILED'`);
    await q.query(`CREATE INDEX ix_mail_messages_delivery ON mail_messages (delivery_id) WHERE delivery_id IS NOT NULL`);

    // A relayed row is leased: if it is neither DONE nor FAILED when the lease ends (its job was
    // lost with Redis, or its worker died), the relay enqueues it again.
    await q.query(`ALTER TABLE outbox_messages ADD COLUMN lease_until timestamptz`);
    await q.query(`CREATE INDEX ix_outbox_enqueued ON outbox_messages (lease_until) WHERE status = 'ENQUEUED'`);

    await q.query(`
      CREATE TABLE caught_mails (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        message_id text,
        mail_from text NOT NULL,
        rcpt_to text[] NOT NULL,
        subject text NOT NULL DEFAULT '',
        text_body text,
        html_body text,
        headers jsonb NOT NULL DEFAULT '{}',
        size integer NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_caught_mails_received ON caught_mails (received_at DESC, id DESC)`);
    await q.query(`CREATE INDEX ix_caught_mails_message_id ON caught_mails (message_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE caught_mails`);
    await q.query(`DROP INDEX ix_outbox_enqueued`);
    await q.query(`ALTER TABLE outbox_messages DROP COLUMN lease_until`);
    await q.query(`DROP TABLE mail_messages`);
  }
}

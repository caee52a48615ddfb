import { MigrationInterface, QueryRunner } from 'typeorm';

/** The transactional outbox: work to do after commit, each logical message once. */
export class Outbox1763776900000 implements MigrationInterface {
  name = 'Outbox1763776900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        topic text NOT NULL,
        dedupe_key text NOT NULL,
        payload jsonb NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ENQUEUED', 'DONE', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL,
        available_at timestamptz NOT NULL,
        processed_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_outbox_dedupe ON outbox_messages (dedupe_key)`);
    // The relay scans only what is pending: cost grows with the backlog, not the table.
    await q.query(`CREATE INDEX ix_outbox_pending ON outbox_messages (available_at) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX ix_outbox_failed ON outbox_messages (created_at) WHERE status = 'FAILED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox_messages`);
  }
}

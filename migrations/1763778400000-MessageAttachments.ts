import { MigrationInterface, QueryRunner } from 'typeorm';

/** Files sent with a 在线互动 message belong to that message (shown with it in the thread). */
export class MessageAttachments1763778400000 implements MigrationInterface {
  name = 'MessageAttachments1763778400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE attachments ADD COLUMN message_id uuid REFERENCES delivery_messages(id)`);
    await q.query(`ALTER TABLE attachments ADD CONSTRAINT ck_attachments_message CHECK (message_id IS NULL OR purpose = 'MESSAGE')`);
    await q.query(`CREATE INDEX ix_attachments_message ON attachments (message_id, created_at) WHERE message_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE attachments DROP COLUMN message_id`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploaded files. The bytes are on disk under STORAGE_DIR (random sharded names); this table
 * holds their metadata and what they are attached to (a letter, and for replies, reports and
 * messages one of its deliveries). Unattached rows have neither.
 */
export class Attachments1763777200000 implements MigrationInterface {
  name = 'Attachments1763777200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE attachments (
        id uuid PRIMARY KEY,
        suggestion_id uuid REFERENCES suggestions(id),
        delivery_id uuid REFERENCES deliveries(id),
        purpose text CHECK (purpose IN ('LETTER', 'REPLY', 'IMPLEMENTATION', 'MESSAGE', 'EXTENSION', 'OTHER')),
        uploaded_by uuid REFERENCES users(id),
        uploader_org_id uuid NOT NULL REFERENCES organizations(id),
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        content_type text NOT NULL,
        size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        storage_name text NOT NULL,
        created_at timestamptz NOT NULL,
        attached_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT ck_attachments_target CHECK (
          (suggestion_id IS NULL AND delivery_id IS NULL AND purpose IS NULL AND attached_at IS NULL)
          OR (suggestion_id IS NOT NULL AND purpose IS NOT NULL AND attached_at IS NOT NULL)
        )
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_attachments_storage_name ON attachments (storage_name)`);
    // listFor(letter) and listFor(letter, delivery).
    await q.query(`CREATE INDEX ix_attachments_suggestion ON attachments (suggestion_id, delivery_id, created_at) WHERE suggestion_id IS NOT NULL`);
    await q.query(`CREATE INDEX ix_attachments_delivery ON attachments (delivery_id, created_at) WHERE delivery_id IS NOT NULL`);
    // Finding stale unattached uploads for clean-up.
    await q.query(`CREATE INDEX ix_attachments_unattached ON attachments (created_at) WHERE suggestion_id IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE attachments`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** Webhook subscriptions of organizations' own systems; their deliveries travel through the outbox. */
export class Webhooks1763777400001 implements MigrationInterface {
  name = 'Webhooks1763777400001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhooks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        url text NOT NULL CHECK (url ~ '^https?://'),
        events text[] NOT NULL CHECK (cardinality(events) > 0),
        secret text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX ix_webhooks_organization ON webhooks (organization_id) WHERE active`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhooks`);
  }
}

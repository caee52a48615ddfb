import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders: one row per logical reminder, unique on (delivery, kind, stage, period), written
 * in the same transaction as the outbox row that makes it go out — so a reminder exists once,
 * whatever happens to scans, workers or Redis.
 */
export class Reminders1763777400000 implements MigrationInterface {
  name = 'Reminders1763777400000';

  async up(q: QueryRunner): Promise<void> {
    // 行政区划 prefix: 330000 → 33, 330700 → 3307, 330781 → 330781 (same rule as libs/directory/src/region.ts).
    await q.query(`
      CREATE OR REPLACE FUNCTION region_prefix(code text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN code LIKE '__0000' THEN left(code, 2) WHEN code LIKE '____00' THEN left(code, 4) ELSE code END
      $$`);
    await q.query(`
      CREATE TABLE reminders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        delivery_id uuid NOT NULL REFERENCES deliveries(id),
        suggestion_id uuid NOT NULL REFERENCES suggestions(id),
        kind text NOT NULL,
        stage integer NOT NULL,
        period integer NOT NULL,
        due_date date,
        days_overdue integer NOT NULL DEFAULT 0,
        audience text[] NOT NULL,
        as_of date NOT NULL,
        created_at timestamptz NOT NULL,
        CONSTRAINT ux_reminders_key UNIQUE (delivery_id, kind, stage, period)
      )`);
    await q.query(`CREATE INDEX ix_reminders_suggestion ON reminders (suggestion_id, created_at)`);
    await q.query(`CREATE INDEX ix_delivery_extensions_pending_since ON delivery_extensions (requested_at) WHERE status = 'PENDING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_delivery_extensions_pending_since`);
    await q.query(`DROP TABLE reminders`);
    await q.query(`DROP FUNCTION region_prefix(text)`);
  }
}

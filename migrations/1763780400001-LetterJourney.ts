import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The letter's journey as people live it:
 * - a never-submitted draft can be deleted by its author: status DELETED (soft delete, `deleted_at`);
 * - a reply can be saved before it is submitted (DRAFT) and returned by the agency leader with a
 *   comment (RETURNED, `return_comment`, who and when);
 * - the court judges each recommendation (`deliveries.evaluation_items`, `[{index, result, note}]`);
 *   evaluations made before this carry the overall result for every item, and the rollups are rebuilt
 *   in full at the next refresh (the per-item adoption rate now counts the court's judgement).
 */
export class LetterJourney1763780400001 implements MigrationInterface {
  name = 'LetterJourney1763780400001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`ALTER TABLE suggestions DROP CONSTRAINT suggestions_status_check`);
    await q.query(
      `ALTER TABLE suggestions ADD CONSTRAINT suggestions_status_check
         CHECK (status IN ('DRAFT','IN_REVIEW','IN_APPROVAL','RETURNED','ESCALATED','ISSUED','CLOSED','ARCHIVED','WITHDRAWN','DELETED'))`,
    );
    await q.query(`ALTER TABLE suggestions ADD COLUMN deleted_at timestamptz`);

    await q.query(`ALTER TABLE delivery_replies DROP CONSTRAINT delivery_replies_status_check`);
    await q.query(
      `ALTER TABLE delivery_replies ADD CONSTRAINT delivery_replies_status_check
         CHECK (status IN ('DRAFT','PENDING_APPROVAL','RETURNED','SUBMITTED','SUPERSEDED'))`,
    );
    await q.query(
      `ALTER TABLE delivery_replies ADD COLUMN return_comment text, ADD COLUMN returned_by uuid, ADD COLUMN returned_by_name text, ADD COLUMN returned_at timestamptz`,
    );

    await q.query(`ALTER TABLE deliveries ADD COLUMN evaluation_items jsonb`);
    await q.query(
      `UPDATE deliveries d SET evaluation_items = coalesce((
         SELECT jsonb_agg(jsonb_build_object('index', i.index, 'result', d.evaluation_result, 'note', '') ORDER BY i.index)
           FROM suggestion_items i WHERE i.suggestion_id = d.suggestion_id), '[]'::jsonb)
        WHERE d.evaluation_result IS NOT NULL`,
    );
    await q.query(`DELETE FROM stats_refresh_state`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deliveries DROP COLUMN evaluation_items`);
    await q.query(`UPDATE delivery_replies SET status = 'SUPERSEDED' WHERE status IN ('DRAFT','RETURNED')`);
    await q.query(`ALTER TABLE delivery_replies DROP COLUMN return_comment, DROP COLUMN returned_by, DROP COLUMN returned_by_name, DROP COLUMN returned_at`);
    await q.query(`ALTER TABLE delivery_replies DROP CONSTRAINT delivery_replies_status_check`);
    await q.query(`ALTER TABLE delivery_replies ADD CONSTRAINT delivery_replies_status_check CHECK (status IN ('PENDING_APPROVAL','SUBMITTED','SUPERSEDED'))`);
    await q.query(`UPDATE suggestions SET status = 'WITHDRAWN', withdrawn_at = deleted_at WHERE status = 'DELETED'`);
    await q.query(`ALTER TABLE suggestions DROP COLUMN deleted_at`);
    await q.query(`ALTER TABLE suggestions DROP CONSTRAINT suggestions_status_check`);
    await q.query(
      `ALTER TABLE suggestions ADD CONSTRAINT suggestions_status_check
         CHECK (status IN ('DRAFT','IN_REVIEW','IN_APPROVAL','RETURNED','ESCALATED','ISSUED','CLOSED','ARCHIVED','WITHDRAWN'))`,
    );
    await q.query(`DELETE FROM stats_refresh_state`);
  }
}

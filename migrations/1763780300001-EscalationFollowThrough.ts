import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Escalation that people can follow (Art. 3) and the copy to the superior as an action (Art. 9):
 * - `ix_suggestions_adopted_origin`: the originating court finds the letters a higher court adopted
 *   from its own (JurisdictionService.adoptedIds) index-only — a tiny index, one row per adoption;
 * - `deliveries.copy_note` / `copy_of_delivery_id`: a COPY the court added for a recipient's superior
 *   organization carries the court's note (printed on that copy) and the main delivery it concerns
 *   (statistics count it as 抄送上级 whichever superior was chosen).
 */
export class EscalationFollowThrough1763780300001 implements MigrationInterface {
  name = 'EscalationFollowThrough1763780300001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX ix_suggestions_adopted_origin ON suggestions (court_id) INCLUDE (author_id, division, adopted_as_id) WHERE adopted_as_id IS NOT NULL`,
    );
    await q.query(`ALTER TABLE deliveries ADD COLUMN copy_note text, ADD COLUMN copy_of_delivery_id uuid REFERENCES deliveries(id)`);
    await q.query(`CREATE INDEX ix_deliveries_copy_of ON deliveries (copy_of_delivery_id) WHERE copy_of_delivery_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_deliveries_copy_of`);
    await q.query(`ALTER TABLE deliveries DROP COLUMN copy_of_delivery_id, DROP COLUMN copy_note`);
    await q.query(`DROP INDEX ix_suggestions_adopted_origin`);
  }
}

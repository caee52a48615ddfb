import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the court-side lists (first page and total), chosen with EXPLAIN (ANALYZE) on the
 * 5M-delivery benchmark set (`npm run bench -- court-lists`):
 * - `ix_deliveries_court_delivered`: one court's deliveries newest first (a county court's page
 *   reads 20 index entries, no sort);
 * - `ix_deliveries_delivered`: many courts' deliveries newest first — the page walks the newest
 *   deliveries and keeps those of the caller's courts (a province, 111 of 3,441 courts: ~500 entries
 *   for a page of 20);
 * - `ix_deliveries_court_internal`: the total, counted index-only on a narrow, deduplicated index
 *   (35 MB for 5M deliveries; a province's 161k in ~10–15 ms);
 * - `ix_suggestions_court_created`: one court's letters newest first.
 * Separate from VisibilityScope so the build does not index the row versions its backfill left.
 */
export class CourtListIndexes1763779200001 implements MigrationInterface {
  name = 'CourtListIndexes1763779200001';

  async up(q: QueryRunner): Promise<void> {
    // Minutes at national scale, past the connection's 30 s statement timeout.
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`CREATE INDEX ix_deliveries_court_delivered ON deliveries (court_id, delivered_at DESC, id)`);
    await q.query(`CREATE INDEX ix_deliveries_delivered ON deliveries (delivered_at DESC, id)`);
    await q.query(`CREATE INDEX ix_deliveries_court_internal ON deliveries (court_id, letter_internal)`);
    await q.query(`CREATE INDEX ix_suggestions_court_created ON suggestions (court_id, created_at DESC, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_suggestions_court_created`);
    await q.query(`DROP INDEX ix_deliveries_court_internal`);
    await q.query(`DROP INDEX ix_deliveries_delivered`);
    await q.query(`DROP INDEX ix_deliveries_court_delivered`);
  }
}

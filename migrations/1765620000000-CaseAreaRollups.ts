import { MigrationInterface, QueryRunner } from 'typeorm';
import { rebuildArea } from '../libs/cases/src/case-area-rollup';

/**
 * Area rollups (libs/cases case-area-rollup.ts): for each court with courts below it, its subtree's
 * case counts per (keyword, 案由, month) and organisation counts per (every 案由 together, first- or
 * second-level 案由, month), summed once, so trends over a 中院's or a 高院's area stay flat as the case table grows; and
 * an index that reads a period's rows of every court at once (a province asking about one 案由).
 * The keys carry the count, so a trend reads the index alone.
 * Existing rollups are summed into the areas here.
 */
export class CaseAreaRollups1765620000000 implements MigrationInterface {
  name = 'CaseAreaRollups1765620000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE case_areas (
      area_id uuid PRIMARY KEY REFERENCES organizations(id),
      court_ids uuid[] NOT NULL,
      built_at timestamptz NOT NULL
    )`);
    await q.query(`CREATE TABLE case_area_monthly (
      area_id uuid NOT NULL,
      keyword text NOT NULL,
      cause_code text COLLATE "C" NOT NULL,
      month date NOT NULL,
      cases integer NOT NULL,
      PRIMARY KEY (area_id, keyword, cause_code, month) INCLUDE (cases)
    )`);
    await q.query(`CREATE TABLE case_area_party_monthly (
      area_id uuid NOT NULL,
      cause_code text COLLATE "C" NOT NULL,
      party_name text NOT NULL,
      month date NOT NULL,
      cases integer NOT NULL,
      PRIMARY KEY (area_id, cause_code, month, party_name) INCLUDE (cases)
    )`);
    await q.query(`CREATE INDEX ix_case_party_monthly_month ON case_party_monthly (month, cause_code) INCLUDE (court_id, party_name, cases)`);
    const areas: Array<{ id: string; court_ids: string[] }> = await q.query(
      `SELECT a.id, (SELECT array_agg(s.id ORDER BY s.id) FROM organizations s WHERE s.type = 'COURT' AND s.path LIKE a.path || '%') AS court_ids
         FROM organizations a WHERE a.type = 'COURT' AND EXISTS (SELECT 1 FROM organizations ch WHERE ch.parent_id = a.id AND ch.type = 'COURT')`,
    );
    for (const a of areas) await rebuildArea(q.manager, { id: a.id, courtIds: a.court_ids });
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_case_party_monthly_month`);
    await q.query(`DROP TABLE case_area_party_monthly`);
    await q.query(`DROP TABLE case_area_monthly`);
    await q.query(`DROP TABLE case_areas`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sample 案号 of an organisation's lead (类案线索 of kind PARTY) are the newest cases naming it:
 * found by a GIN index over the organisational parties' names instead of reading every case of the
 * area. Partial: most cases name no organisation.
 */
export class CasePartyIndex1765600000000 implements MigrationInterface {
  name = 'CasePartyIndex1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX ix_cases_party_names ON cases USING gin (party_names) WHERE cardinality(party_names) > 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_cases_party_names`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The top parties of a 案由 over a period (case trends, lead evidence) read only that period's rows of
 * each court: an index with the month after the cause (the key puts the party first), carrying the
 * party and the count so the read needs no table access.
 */
export class CasePartyMonthIndex1765600000001 implements MigrationInterface {
  name = 'CasePartyMonthIndex1765600000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX ix_case_party_monthly_cause_month ON case_party_monthly (court_id, cause_code, month) INCLUDE (party_name, cases)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_case_party_monthly_cause_month`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** 原因分析: the optional section of a 司法建议书 between 基本情况 and 存在的问题. */
export class SuggestionCauseAnalysis1763780600001 implements MigrationInterface {
  name = 'SuggestionCauseAnalysis1763780600001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE suggestions ADD COLUMN cause_analysis text NOT NULL DEFAULT ''`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE suggestions DROP COLUMN cause_analysis`);
  }
}

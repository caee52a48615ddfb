import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * p90 time to reply: both rollups get a days-to-reply histogram (r00 … r15, edges in
 * libs/statistics/src/histogram.ts) and the largest value, as the sign-for hours already have.
 * The as-of date is cleared so the worker's next refresh rebuilds the rollups in full.
 */
const COLUMNS = [...Array.from({ length: 16 }, (_, i) => `r${String(i).padStart(2, '0')} bigint NOT NULL DEFAULT 0`), 'reply_days_max double precision'];

export class ReplyTimeHistogram1763778500000 implements MigrationInterface {
  name = 'ReplyTimeHistogram1763778500000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['stats_daily', 'stats_scope_monthly']) {
      await q.query(`ALTER TABLE ${table} ${COLUMNS.map((c) => `ADD COLUMN ${c}`).join(', ')}`);
    }
    await q.query(`UPDATE stats_refresh_state SET as_of_date = DATE '1970-01-01'`);
  }

  async down(q: QueryRunner): Promise<void> {
    const names = COLUMNS.map((c) => c.split(' ')[0]);
    for (const table of ['stats_daily', 'stats_scope_monthly']) {
      await q.query(`ALTER TABLE ${table} ${names.map((c) => `DROP COLUMN ${c}`).join(', ')}`);
    }
  }
}

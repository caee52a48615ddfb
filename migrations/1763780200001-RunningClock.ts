import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The running-clock rule in SQL (libs/deadlines runningClock is its TypeScript twin; the test
 * running-clock.e2e-spec runs both over one table of cases): which clock runs on a delivery and its
 * due date, as two stored generated columns every reader uses —
 * `running_clock` SIGN (a MAIN delivery waiting to be signed for), REPLY (signed, no reply yet),
 * FOLLOW_UP (adopted, being implemented) or NONE; `running_due_date` that clock's due date (NULL for NONE).
 * Their indexes replace the three partial indexes on the open clocks (ix_deliveries_sign_due,
 * _reply_due, _follow_up): `ix_deliveries_running_due` for the reminder scan, overdue lists and
 * colour filters, `ix_deliveries_court_running_due` for one court's (the work list's).
 * Adding a stored column rewrites the table (minutes at national scale); no dead row versions are
 * left, so the indexes are built in the same transaction.
 */
export class RunningClock1763780200001 implements MigrationInterface {
  name = 'RunningClock1763780200001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`
      ALTER TABLE deliveries
        ADD COLUMN running_clock text NOT NULL GENERATED ALWAYS AS (
          CASE WHEN status = 'DELIVERED' AND kind = 'MAIN' THEN 'SIGN'
               WHEN status = 'SIGNED' THEN 'REPLY'
               WHEN status = 'IMPLEMENTING' THEN 'FOLLOW_UP'
               ELSE 'NONE' END) STORED,
        ADD COLUMN running_due_date date GENERATED ALWAYS AS (
          CASE WHEN status = 'DELIVERED' AND kind = 'MAIN' THEN sign_due_date
               WHEN status = 'SIGNED' THEN reply_due_date
               WHEN status = 'IMPLEMENTING' THEN follow_up_date END) STORED`);
    await q.query(`DROP INDEX IF EXISTS ix_deliveries_sign_due`);
    await q.query(`DROP INDEX IF EXISTS ix_deliveries_reply_due`);
    await q.query(`DROP INDEX IF EXISTS ix_deliveries_follow_up`);
    await q.query(`CREATE INDEX ix_deliveries_running_due ON deliveries (running_due_date) WHERE running_clock <> 'NONE'`);
    await q.query(`CREATE INDEX ix_deliveries_court_running_due ON deliveries (court_id, running_due_date) WHERE running_clock <> 'NONE'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_deliveries_court_running_due`);
    await q.query(`DROP INDEX ix_deliveries_running_due`);
    await q.query(`ALTER TABLE deliveries DROP COLUMN running_due_date, DROP COLUMN running_clock`);
    await q.query(`CREATE INDEX ix_deliveries_sign_due ON deliveries (sign_due_date) WHERE status = 'DELIVERED' AND kind = 'MAIN'`);
    await q.query(`CREATE INDEX ix_deliveries_reply_due ON deliveries (reply_due_date) WHERE status = 'SIGNED'`);
    await q.query(`CREATE INDEX ix_deliveries_follow_up ON deliveries (follow_up_date) WHERE status = 'IMPLEMENTING'`);
  }
}

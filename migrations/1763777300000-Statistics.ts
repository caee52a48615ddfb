import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Statistics rollups (see README "Statistics at scale"):
 * - stats_daily: additive counters per (court, main recipient, category, domain, major, issue date);
 * - stats_scope_monthly: the same counters per (scope, issue month), where a scope is a court
 *   subtree ('C', key = the subtree's root court id) or a region prefix ('R', key = '33' | '3307' |
 *   '330781'), so a dashboard over any court subtree or region reads ≤ 1 row per month;
 * - stats_refresh_state: as-of date, last refresh and the incremental watermark.
 * Both rollups are rebuilt by the worker (full once per business day, incrementally every N s).
 * Also the supervisors' watch list, and updated_at indexes that the incremental refresh scans.
 */
const COUNTS = [
  'issued',
  'major',
  'copied_superior',
  'signed',
  'replied',
  'due_or_replied',
  'replied_on_time',
  'evaluated',
  'adopted',
  'partially_adopted',
  'implemented',
  'items_answered',
  'items_adopt',
  'items_partial',
  'awaiting_sign',
  'overdue_sign',
  'awaiting_reply',
  'overdue_reply',
  'implementing',
  'overdue_follow_up',
  ...Array.from({ length: 24 }, (_, i) => `h${String(i).padStart(2, '0')}`),
];
const SUMS = ['sign_hours_sum', 'reply_days_sum'];
const MEASURES = [
  ...COUNTS.map((c) => `${c} bigint NOT NULL DEFAULT 0`),
  ...SUMS.map((c) => `${c} double precision NOT NULL DEFAULT 0`),
  'sign_hours_max double precision',
].join(',\n        ');

export class Statistics1763777300000 implements MigrationInterface {
  name = 'Statistics1763777300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stats_daily (
        court_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        category text NOT NULL,
        domain text NOT NULL DEFAULT '',
        major_letter boolean NOT NULL,
        issue_date date NOT NULL,
        ${MEASURES},
        PRIMARY KEY (court_id, issue_date, organization_id, category, domain, major_letter)
      )`);
    await q.query(`CREATE INDEX ix_stats_daily_org ON stats_daily (organization_id, issue_date)`);
    await q.query(`CREATE INDEX ix_stats_daily_date ON stats_daily (issue_date)`);
    await q.query(`
      CREATE TABLE stats_scope_monthly (
        scope_kind char(1) NOT NULL CHECK (scope_kind IN ('C','R')),
        scope_key text NOT NULL,
        month date NOT NULL,
        ${MEASURES},
        PRIMARY KEY (scope_kind, scope_key, month)
      )`);
    await q.query(`
      CREATE TABLE stats_refresh_state (
        id integer PRIMARY KEY CHECK (id = 1),
        as_of_date date NOT NULL,
        refreshed_at timestamptz NOT NULL,
        full_refreshed_at timestamptz NOT NULL,
        watermark timestamptz NOT NULL,
        last_mode text NOT NULL,
        last_duration_ms integer NOT NULL,
        last_rows integer NOT NULL
      )`);
    await q.query(`CREATE INDEX ix_deliveries_updated_at ON deliveries (updated_at)`);
    await q.query(`CREATE INDEX ix_suggestions_updated_at ON suggestions (updated_at)`);

    await q.query(`
      CREATE TABLE supervision_watches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        suggestion_id uuid NOT NULL REFERENCES suggestions(id),
        delivery_id uuid REFERENCES deliveries(id),
        note text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL,
        CONSTRAINT ux_supervision_watches UNIQUE NULLS NOT DISTINCT (user_id, suggestion_id, delivery_id)
      )`);
    await q.query(`CREATE INDEX ix_supervision_watches_user ON supervision_watches (user_id, created_at DESC)`);
    await q.query(`CREATE INDEX ix_supervision_watches_suggestion ON supervision_watches (suggestion_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE supervision_watches`);
    await q.query(`DROP INDEX ix_suggestions_updated_at`);
    await q.query(`DROP INDEX ix_deliveries_updated_at`);
    await q.query(`DROP TABLE stats_refresh_state`);
    await q.query(`DROP TABLE stats_scope_monthly`);
    await q.query(`DROP TABLE stats_daily`);
  }
}

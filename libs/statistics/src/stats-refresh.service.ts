import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG, businessDate, Clock } from '@app/core';
import { COURT_SCOPE_KEYS, insertDailySql, insertScopeMonthlySql, sumMeasures, MEASURE_COLUMNS } from './rollup-sql';

/** Advisory lock (transaction level) that keeps refreshes from overlapping across workers. */
export const STATS_REFRESH_LOCK = [0x51fa, 0x5747] as const;

/** Changes made up to this long before the previous refresh started are re-read (clock skew, slow commits). */
const WATERMARK_MARGIN = "interval '2 minutes'";

export interface RefreshResult {
  mode: 'full' | 'incremental' | 'skipped';
  asOf: string;
  touchedKeys: number;
  durationMs: number;
}

export interface RefreshState {
  asOf: string;
  refreshedAt: Date;
  fullRefreshedAt: Date;
  lastMode: string;
  lastDurationMs: number;
}

/**
 * Keeps the rollups (stats_daily, stats_scope_monthly) in step with the deliveries.
 * - full: when the business date changed since the last run (time-dependent counters such as
 *   "reply due before today" move at midnight) or on demand — DELETE + INSERT in one transaction,
 *   readers keep seeing the previous rollup until it commits (MVCC; no TRUNCATE lock);
 * - incremental: otherwise, only the (court, issue day) keys whose letters or deliveries changed
 *   since the watermark, and the (scope, month) rows above them.
 * Runs under a transaction-level advisory try-lock: a second worker skips instead of queueing.
 */
@Injectable()
export class StatsRefreshService {
  private readonly logger = new Logger(StatsRefreshService.name);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  today(): string {
    return businessDate(this.clock.now(), this.config.businessTz);
  }

  async state(m: EntityManager | DataSource = this.ds): Promise<RefreshState | null> {
    const [row] = await m.query(
      `SELECT as_of_date::text AS as_of, refreshed_at, full_refreshed_at, last_mode, last_duration_ms FROM stats_refresh_state WHERE id = 1`,
    );
    return row
      ? {
          asOf: row.as_of,
          refreshedAt: row.refreshed_at,
          fullRefreshedAt: row.full_refreshed_at,
          lastMode: row.last_mode,
          lastDurationMs: row.last_duration_ms,
        }
      : null;
  }

  async refresh(opts: { full?: boolean } = {}): Promise<RefreshResult> {
    const started = Date.now();
    const today = this.today();
    const tz = this.config.businessTz;
    return this.ds.transaction(async (m) => {
      const [{ locked }] = await m.query(`SELECT pg_try_advisory_xact_lock($1, $2) AS locked`, [...STATS_REFRESH_LOCK]);
      if (!locked) return { mode: 'skipped', asOf: today, touchedKeys: 0, durationMs: Date.now() - started } as RefreshResult;
      // Big, one-off aggregates: no JIT compile (it costs more than it saves here), sorts in memory.
      await m.query(`SET LOCAL jit = off`);
      await m.query(`SET LOCAL work_mem = '128MB'`);
      // A full rebuild at national scale takes minutes; the pool's 30 s statement timeout is for requests.
      await m.query(`SET LOCAL statement_timeout = '30min'`);
      const [prev] = await m.query(`SELECT as_of_date::text AS as_of, watermark FROM stats_refresh_state WHERE id = 1 FOR UPDATE`);
      const full = opts.full || !prev || prev.as_of !== today;
      const [{ now }] = await m.query(`SELECT now() AS now`);
      let touchedKeys = 0;
      if (full) {
        await m.query(`DELETE FROM stats_daily`);
        await m.query(`DELETE FROM stats_scope_monthly`);
        await m.query(insertDailySql(), [tz, today]);
        await m.query(insertScopeMonthlySql());
        [{ n: touchedKeys }] = await m.query(`SELECT count(*)::int AS n FROM stats_daily`);
      } else {
        touchedKeys = await this.incremental(m, tz, today, prev.watermark);
      }
      const duration = Date.now() - started;
      await m.query(
        `INSERT INTO stats_refresh_state (id, as_of_date, refreshed_at, full_refreshed_at, watermark, last_mode, last_duration_ms, last_rows)
         VALUES (1, $1, $2, $2, $2::timestamptz - ${WATERMARK_MARGIN}, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET as_of_date = EXCLUDED.as_of_date, refreshed_at = EXCLUDED.refreshed_at,
           full_refreshed_at = CASE WHEN EXCLUDED.last_mode = 'full' THEN EXCLUDED.full_refreshed_at ELSE stats_refresh_state.full_refreshed_at END,
           watermark = EXCLUDED.watermark, last_mode = EXCLUDED.last_mode, last_duration_ms = EXCLUDED.last_duration_ms, last_rows = EXCLUDED.last_rows`,
        [today, now, full ? 'full' : 'incremental', duration, touchedKeys],
      );
      if (full) this.logger.log(`stats full refresh as of ${today}: ${touchedKeys} daily rows in ${duration} ms`);
      return { mode: full ? 'full' : 'incremental', asOf: today, touchedKeys, durationMs: duration } as RefreshResult;
    });
  }

  private async incremental(m: EntityManager, tz: string, today: string, watermark: Date): Promise<number> {
    await m.query(
      `CREATE TEMP TABLE stats_touched ON COMMIT DROP AS
         SELECT s.court_id, (s.issued_at AT TIME ZONE $1)::date AS issue_date FROM suggestions s
          WHERE s.updated_at > $2 AND s.issued_at IS NOT NULL
         UNION
         SELECT s.court_id, (s.issued_at AT TIME ZONE $1)::date FROM deliveries d JOIN suggestions s ON s.id = d.suggestion_id
          WHERE d.updated_at > $2 AND s.issued_at IS NOT NULL`,
      [tz, watermark],
    );
    const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM stats_touched`);
    if (n === 0) return 0;
    await m.query(`DELETE FROM stats_daily r USING stats_touched t WHERE r.court_id = t.court_id AND r.issue_date = t.issue_date`);
    await m.query(
      insertDailySql(
        `JOIN stats_touched t ON t.court_id = s.court_id AND s.issued_at >= (t.issue_date::timestamp AT TIME ZONE $1) AND s.issued_at < ((t.issue_date + 1)::timestamp AT TIME ZONE $1)`,
      ),
      [tz, today],
    );
    await m.query(
      `CREATE TEMP TABLE stats_touched_scopes ON COMMIT DROP AS
         SELECT DISTINCT k.kind, k.key, date_trunc('month', t.issue_date)::date AS month
           FROM stats_touched t JOIN organizations c ON c.id = t.court_id CROSS JOIN LATERAL (${COURT_SCOPE_KEYS}) k`,
    );
    await m.query(`DELETE FROM stats_scope_monthly x USING stats_touched_scopes k WHERE x.scope_kind = k.kind AND x.scope_key = k.key AND x.month = k.month`);
    await m.query(
      `INSERT INTO stats_scope_monthly (scope_kind, scope_key, month, ${MEASURE_COLUMNS.join(', ')})
       SELECT k.kind, k.key, k.month, ${sumMeasures('r')}
         FROM stats_touched_scopes k
         JOIN organizations c ON c.type = 'COURT'
              AND ((k.kind = 'C' AND c.path LIKE '%/' || k.key || '/%') OR (k.kind = 'R' AND left(c.region_code, length(k.key)) = k.key))
         JOIN stats_daily r ON r.court_id = c.id AND r.issue_date >= k.month AND r.issue_date < (k.month + interval '1 month')::date
        GROUP BY k.kind, k.key, k.month`,
    );
    return n;
  }
}

import { SUM_COLUMNS } from './counters';
import { Histogram, REPLY_DAYS, SIGN_HOURS } from './histogram';

const MAX_COLUMNS = [SIGN_HOURS.maxColumn, REPLY_DAYS.maxColumn];

/** Every measure column of the rollup tables, in one order. */
export const MEASURE_COLUMNS = [...SUM_COLUMNS.map(([, c]) => c), ...SIGN_HOURS.columns, ...REPLY_DAYS.columns, ...MAX_COLUMNS];

const edges = (h: Histogram) => `ARRAY[${h.edges.join(',')}]::float8[]`;

/** `sum(x) AS x, …, max(sign_hours_max)` — re-aggregating rollup rows. */
export function sumMeasures(alias: string): string {
  return MEASURE_COLUMNS.map((c) => (MAX_COLUMNS.includes(c) ? `max(${alias}.${c}) AS ${c}` : `coalesce(sum(${alias}.${c}), 0) AS ${c}`)).join(', ');
}

/**
 * One row per MAIN delivery with what the counters need (`$1` = business time zone, `$2` = today).
 * `extraJoin`/`extraWhere` restrict it (the incremental refresh joins the touched (court, day) keys).
 * The one implementation of the counters (test/api/statistics-formulas.e2e-spec.ts runs it on
 * hand-built rows): rejected deliveries out, withdrawn letters out, the reply is the SUBMITTED one
 * (leader-approved where required); items are counted as the court judged them (`evaluation_items`).
 */
export function factsSql(extraJoin = '', extraWhere = ''): string {
  return `
    SELECT s.court_id, d.organization_id, s.category, coalesce(s.domain, '') AS domain, s.major AS major_letter,
           (s.issued_at AT TIME ZONE $1)::date AS issue_date,
           d.status, d.running_clock, d.running_due_date, d.reply_due_date, d.evaluation_result, d.implementation_confirmed_at,
           EXTRACT(EPOCH FROM (d.signed_at - d.delivered_at)) / 3600.0 AS sign_hours,
           width_bucket(EXTRACT(EPOCH FROM (d.signed_at - d.delivered_at)) / 3600.0, ${edges(SIGN_HOURS)}) AS sign_bucket,
           rp.replied_at,
           (rp.replied_at AT TIME ZONE $1)::date AS replied_on,
           EXTRACT(EPOCH FROM (rp.replied_at - d.delivered_at)) / 86400.0 AS reply_days,
           width_bucket(EXTRACT(EPOCH FROM (rp.replied_at - d.delivered_at)) / 86400.0, ${edges(REPLY_DAYS)}) AS reply_bucket,
           -- Per item: the court's judgement of each recommendation (its evaluation), not the agency's stance.
           CASE WHEN d.evaluation_result IS NULL THEN 0 ELSE coalesce(jsonb_array_length(d.evaluation_items), 0) END AS items_answered,
           CASE WHEN d.evaluation_result IS NULL THEN 0 ELSE (SELECT count(*) FROM jsonb_array_elements(d.evaluation_items) e WHERE e->>'result' = 'ADOPTED') END AS items_adopt,
           CASE WHEN d.evaluation_result IS NULL THEN 0 ELSE (SELECT count(*) FROM jsonb_array_elements(d.evaluation_items) e WHERE e->>'result' = 'PARTIALLY_ADOPTED') END AS items_partial,
           (EXISTS (SELECT 1 FROM deliveries c WHERE c.copy_of_delivery_id = d.id) OR (o.parent_id IS NOT NULL AND EXISTS (
              SELECT 1 FROM deliveries c WHERE c.suggestion_id = d.suggestion_id AND c.kind = 'COPY' AND c.organization_id = o.parent_id))) AS copied
      FROM suggestions s
      ${extraJoin}
      JOIN deliveries d ON d.suggestion_id = s.id AND d.kind = 'MAIN' AND d.status <> 'REJECTED_BY_RECIPIENT'
      JOIN organizations o ON o.id = d.organization_id
      LEFT JOIN LATERAL (SELECT x.items, x.submitted_at FROM delivery_replies x WHERE x.delivery_id = d.id AND x.status = 'SUBMITTED' LIMIT 1) r ON true
      CROSS JOIN LATERAL (SELECT coalesce(d.replied_at, r.submitted_at) AS replied_at) rp
     WHERE s.status IN ('ISSUED','CLOSED','ARCHIVED') AND s.issued_at IS NOT NULL ${extraWhere}`;
}

/** Aggregates facts (alias f, today = `$2`) into the counter columns, in MEASURE_COLUMNS order. */
export function aggregateFactsSql(): string {
  const m: Record<string, string> = {
    issued: 'count(*)',
    major: 'count(*) FILTER (WHERE f.major_letter)',
    copied_superior: 'count(*) FILTER (WHERE f.copied)',
    signed: 'count(*) FILTER (WHERE f.sign_hours IS NOT NULL)',
    sign_hours_sum: 'coalesce(sum(f.sign_hours), 0)',
    replied: 'count(*) FILTER (WHERE f.replied_at IS NOT NULL)',
    due_or_replied: 'count(*) FILTER (WHERE f.replied_at IS NOT NULL OR f.reply_due_date < $2::date)',
    replied_on_time: 'count(*) FILTER (WHERE f.replied_at IS NOT NULL AND (f.reply_due_date IS NULL OR f.replied_on <= f.reply_due_date))',
    reply_days_sum: 'coalesce(sum(f.reply_days), 0)',
    evaluated: 'count(*) FILTER (WHERE f.evaluation_result IS NOT NULL)',
    adopted: `count(*) FILTER (WHERE f.evaluation_result = 'ADOPTED')`,
    partially_adopted: `count(*) FILTER (WHERE f.evaluation_result = 'PARTIALLY_ADOPTED')`,
    implemented: `count(*) FILTER (WHERE f.evaluation_result IN ('ADOPTED','PARTIALLY_ADOPTED') AND f.implementation_confirmed_at IS NOT NULL)`,
    items_answered: 'coalesce(sum(f.items_answered), 0)',
    items_adopt: 'coalesce(sum(f.items_adopt), 0)',
    items_partial: 'coalesce(sum(f.items_partial), 0)',
    // Open and overdue by the running clock (deliveries.running_clock / running_due_date, libs/deadlines runningClock).
    awaiting_sign: `count(*) FILTER (WHERE f.running_clock = 'SIGN')`,
    overdue_sign: `count(*) FILTER (WHERE f.running_clock = 'SIGN' AND f.running_due_date < $2::date)`,
    awaiting_reply: `count(*) FILTER (WHERE f.running_clock = 'REPLY')`,
    overdue_reply: `count(*) FILTER (WHERE f.running_clock = 'REPLY' AND f.running_due_date < $2::date)`,
    implementing: `count(*) FILTER (WHERE f.running_clock = 'FOLLOW_UP')`,
    overdue_follow_up: `count(*) FILTER (WHERE f.running_clock = 'FOLLOW_UP' AND f.running_due_date < $2::date)`,
    sign_hours_max: 'max(f.sign_hours)',
    reply_days_max: 'max(f.reply_days)',
  };
  SIGN_HOURS.columns.forEach((c, i) => {
    m[c] = `count(*) FILTER (WHERE f.sign_bucket = ${i})`;
  });
  REPLY_DAYS.columns.forEach((c, i) => {
    m[c] = `count(*) FILTER (WHERE f.reply_bucket = ${i})`;
  });
  return MEASURE_COLUMNS.map((c) => `${m[c]} AS ${c}`).join(',\n ');
}

const DAILY_KEYS = 'court_id, organization_id, category, domain, major_letter, issue_date';

/** INSERT INTO stats_daily from facts ($1 tz, $2 today). */
export function insertDailySql(extraJoin = '', extraWhere = ''): string {
  return `INSERT INTO stats_daily (${DAILY_KEYS}, ${MEASURE_COLUMNS.join(', ')})
    SELECT f.court_id, f.organization_id, f.category, f.domain, f.major_letter, f.issue_date, ${aggregateFactsSql()}
      FROM (${factsSql(extraJoin, extraWhere)}) f
     GROUP BY f.court_id, f.organization_id, f.category, f.domain, f.major_letter, f.issue_date`;
}

/**
 * The scope keys a court contributes to: 'C' + every court on its path (itself and each ancestor),
 * 'R' + each prefix of its region code (province 2, city 4, county 6 digits).
 */
export const COURT_SCOPE_KEYS = `
  SELECT 'C'::char(1) AS kind, a AS key FROM unnest(string_to_array(trim(both '/' from c.path), '/')) a
  UNION ALL SELECT 'R'::char(1), p FROM unnest(ARRAY[left(c.region_code, 2), left(c.region_code, 4), c.region_code]) p`;

/**
 * Rebuilds stats_scope_monthly from stats_daily: first per (court, month), then expanded to every
 * scope key of the court. `where` limits the (court, month) rows (alias r) read.
 */
export function insertScopeMonthlySql(where = ''): string {
  return `INSERT INTO stats_scope_monthly (scope_kind, scope_key, month, ${MEASURE_COLUMNS.join(', ')})
    WITH cm AS (
      SELECT r.court_id, date_trunc('month', r.issue_date)::date AS month, ${sumMeasures('r')}
        FROM stats_daily r ${where} GROUP BY r.court_id, date_trunc('month', r.issue_date))
    SELECT k.kind, k.key, cm.month, ${sumMeasures('cm')}
      FROM cm JOIN organizations c ON c.id = cm.court_id
      CROSS JOIN LATERAL (${COURT_SCOPE_KEYS}) k
     GROUP BY k.kind, k.key, cm.month`;
}

import { SqlParams } from '@app/core';
import { Metric, ratio } from './metrics';
import { StatsScope } from './stats-scope';

/**
 * 工作建议被上级采用 (Art. 3): letters drafted by the scope's courts that went up to the higher court,
 * which adopted them and issued them in its own name — counted for the originating court, by the
 * higher court's issue date. The adopted letter's deliveries count once, for the court that issued
 * them (the rollups key them by the letter's court); this figure is the originating court's credit.
 * Filters: the scope's courts on the original's court, category and domain on the original, an
 * agency on the adopted letter's MAIN deliveries.
 */
export function escalatedAdoptedSql(scope: StatsScope, tz: string): { sql: string; params: unknown[] } {
  const p = new SqlParams();
  const where = ['o.adopted_as_id IS NOT NULL', `a.status IN ('ISSUED','CLOSED','ARCHIVED')`, 'a.issued_at IS NOT NULL'];
  // The scope's courts (the caller's VisibilityScope courts narrowed by the filters), on the original's court.
  if (scope.courtIds) where.push(`o.court_id = ANY(${p.add(scope.courtIds)}::uuid[])`);
  if (scope.category) where.push(`o.category = ${p.add(scope.category)}`);
  if (scope.domain) where.push(`coalesce(o.domain, '') = ${p.add(scope.domain)}`);
  if (scope.organizationId)
    where.push(`EXISTS (SELECT 1 FROM deliveries d WHERE d.suggestion_id = a.id AND d.kind = 'MAIN' AND d.organization_id = ${p.add(scope.organizationId)})`);
  if (scope.from || scope.to) {
    const day = `(a.issued_at AT TIME ZONE ${p.add(tz)})::date`;
    if (scope.from) where.push(`${day} >= ${p.add(scope.from)}::date`);
    if (scope.to) where.push(`${day} <= ${p.add(scope.to)}::date`);
  }
  return { sql: `SELECT count(*)::int AS n FROM suggestions o JOIN suggestions a ON a.id = o.adopted_as_id WHERE ${where.join(' AND ')}`, params: p.values };
}

export function escalatedAdoptedMetric(n: number): Metric {
  return ratio(n, n);
}

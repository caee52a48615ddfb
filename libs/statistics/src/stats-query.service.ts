import { Inject, Injectable } from '@nestjs/common';
import { addDays, SqlParams } from '@app/core';
import { DataSource } from 'typeorm';
import { addCounters, Counters, countersFromRow, emptyCounters, MeasureRow } from './counters';
import { sumMeasures } from './rollup-sql';
import { fastKey, StatsScope } from './stats-scope';
import { STATS_READER } from './stats-reader';

export type Grouping = 'none' | 'month' | 'quarter' | 'year' | 'agency' | 'court';

const PERIOD_FORMAT: Record<string, string> = { month: 'YYYY-MM', quarter: 'YYYY-"Q"Q', year: 'YYYY' };

function firstOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}
function nextMonth(date: string): string {
  const [y, m] = date.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/**
 * Sums the rollup counters for a scope, optionally grouped. The fast path (a whole court subtree or
 * region, no agency/category/domain filter, grouped by nothing or by period) reads one
 * stats_scope_monthly row per whole month plus stats_daily rows for the partial months at the edges
 * of the period; everything else reads stats_daily through its indexes.
 */
@Injectable()
export class StatsQueryService {
  constructor(@Inject(STATS_READER) private readonly db: DataSource) {}

  async total(scope: StatsScope): Promise<Counters> {
    return (await this.grouped(scope, 'none')).get('') ?? emptyCounters();
  }

  async grouped(scope: StatsScope, grouping: Grouping, extra?: { organizationRegionPrefix?: string }): Promise<Map<string, Counters>> {
    const key = fastKey(scope);
    const parts: Array<{ sql: string; params: unknown[] }> = [];
    if (key && ['none', 'month', 'quarter', 'year'].includes(grouping) && !extra?.organizationRegionPrefix) {
      // Whole months from the scope rollup.
      const monthFrom = scope.from ? (scope.from.endsWith('-01') ? scope.from : nextMonth(scope.from)) : null;
      const monthTo = scope.to ? (addDays(scope.to, 1).endsWith('-01') ? addDays(scope.to, 1) : firstOfMonth(scope.to)) : null; // exclusive
      const wholeMonths = !monthFrom || !monthTo || monthFrom < monthTo;
      const edges: Array<[string, string]> = [];
      if (!wholeMonths) {
        edges.push([scope.from!, scope.to!]); // no whole month inside the period
      } else {
        const p = new SqlParams();
        const where = [`m.scope_kind = ${p.add(key.kind)}`, `m.scope_key = ${p.add(key.key)}`];
        if (monthFrom) where.push(`m.month >= ${p.add(monthFrom)}::date`);
        if (monthTo) where.push(`m.month < ${p.add(monthTo)}::date`);
        const g = grouping === 'none' ? `''` : `to_char(m.month, '${PERIOD_FORMAT[grouping]}')`;
        parts.push({ sql: `SELECT ${g} AS g, ${sumMeasures('m')} FROM stats_scope_monthly m WHERE ${where.join(' AND ')} GROUP BY 1`, params: p.values });
        // Partial months at the edges from the daily rollup.
        if (scope.from && monthFrom && scope.from < monthFrom) edges.push([scope.from, addDays(monthFrom, -1)]);
        if (scope.to && monthTo && monthTo <= scope.to) edges.push([monthTo, scope.to]);
      }
      for (const [a, b] of edges) parts.push(this.dailySql({ ...scope, from: a, to: b }, grouping));
    } else {
      parts.push(this.dailySql(scope, grouping, extra));
    }
    const out = new Map<string, Counters>();
    for (const part of parts) {
      const rows: Array<MeasureRow & { g: string | null }> = await this.db.query(part.sql, part.params);
      for (const row of rows) {
        const g = String(row.g ?? '');
        out.set(g, addCounters(out.get(g) ?? emptyCounters(), countersFromRow(row)));
      }
    }
    return out;
  }

  private dailySql(scope: StatsScope, grouping: Grouping, extra?: { organizationRegionPrefix?: string }): { sql: string; params: unknown[] } {
    const p = new SqlParams();
    const where: string[] = [];
    // The caller's VisibilityScope courts (narrowed by the filters): an index-shaped `court_id = ANY(…)`.
    if (scope.courtIds) where.push(`r.court_id = ANY(${p.add(scope.courtIds)}::uuid[])`);
    if (extra?.organizationRegionPrefix) {
      where.push(
        `r.organization_id IN (SELECT id FROM organizations WHERE type IN ('AGENCY','OTHER') AND region_code LIKE ${p.add(`${extra.organizationRegionPrefix}%`)})`,
      );
    } else if (scope.organizationId) {
      where.push(`r.organization_id = ${p.add(scope.organizationId)}`);
    }
    if (scope.category) where.push(`r.category = ${p.add(scope.category)}`);
    if (scope.domain) where.push(`r.domain = ${p.add(scope.domain)}`);
    if (scope.from) where.push(`r.issue_date >= ${p.add(scope.from)}::date`);
    if (scope.to) where.push(`r.issue_date <= ${p.add(scope.to)}::date`);
    const g =
      grouping === 'none'
        ? `''`
        : grouping === 'agency'
          ? 'r.organization_id::text'
          : grouping === 'court'
            ? 'r.court_id::text'
            : `to_char(r.issue_date, '${PERIOD_FORMAT[grouping]}')`;
    return {
      sql: `SELECT ${g} AS g, ${sumMeasures('r')} FROM stats_daily r ${where.length ? `WHERE ${where.join(' AND ')}` : ''} GROUP BY 1`,
      params: p.values,
    };
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@app/core';
import { Principal } from '@app/identity';
import { Counters, emptyCounters } from './counters';
import { DEFINITIONS, ESCALATED_ADOPTED_DEFINITION, MetricDefinition } from './definitions';
import { escalatedAdoptedMetric, escalatedAdoptedSql } from './escalation-stats';
import { Metric, MetricKey, metricAt, Metrics, metricsOf } from './metrics';
import { StatsQueryService } from './stats-query.service';
import { RefreshState, StatsRefreshService } from './stats-refresh.service';
import { STATS_READER } from './stats-reader';
import { describeScope, StatsFilters, StatsScope, ScopeDescription } from './stats-scope';
import { StatsScopeService } from './stats-scope.service';
import { fillPeriods } from './trend-periods';

export type RankKey = 'feedbackRate' | 'onTimeFeedbackRate' | 'adoptionRate' | 'implementationRate' | 'signRate' | 'issued';
export const RANK_KEYS: RankKey[] = ['feedbackRate', 'onTimeFeedbackRate', 'adoptionRate', 'implementationRate', 'signRate', 'issued'];

export interface Freshness {
  /** The business date the time-dependent figures (due, overdue) were computed for. */
  asOf: string | null;
  refreshedAt: Date | null;
}

export type Overview = Metrics &
  Freshness & {
    /** 工作建议被上级采用: the scope's letters a higher court adopted and issued (escalation-stats.ts). */
    escalatedAdopted: Metric;
    scope: ScopeDescription;
    definitions: Record<MetricKey | 'escalatedAdopted', MetricDefinition>;
  };

export interface RankedRow {
  rank: number | null;
  id: string;
  name: string | null;
  metrics: Metrics;
}

export interface Ranking extends Freshness {
  scope: ScopeDescription;
  sort: RankKey;
  /** How many were ranked. */
  total: number;
  /** For an agency: the peers it is ranked among (others' names and figures are not shown). */
  peers: string | null;
  items: RankedRow[];
}

export interface TrendPoint {
  period: string;
  metrics: Metrics;
}

const sortValue = (m: Metrics, key: RankKey): number | null => (key === 'issued' ? m.issued.numerator : metricAt(m, key).rate);

/** Competition ranking: 1 + how many are strictly better; no figure (null rate) ranks last. */
export function rankRows<T extends { metrics: Metrics }>(rows: T[], key: RankKey): Array<T & { rank: number }> {
  const vals = rows.map((r) => sortValue(r.metrics, key));
  const better = (a: number | null, b: number | null) => (a === null ? false : b === null ? true : a > b);
  return rows
    .map((r, i) => ({ ...r, rank: 1 + vals.filter((v) => better(v, vals[i])).length }))
    .sort((a, b) => a.rank - b.rank || b.metrics.issued.numerator - a.metrics.issued.numerator);
}

/** The figures of PRODUCT.md over what the caller may see. */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly scopes: StatsScopeService,
    private readonly query: StatsQueryService,
    private readonly refresher: StatsRefreshService,
    @Inject(STATS_READER) private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async freshness(): Promise<Freshness> {
    const s: RefreshState | null = await this.refresher.state(this.db);
    return { asOf: s?.asOf ?? null, refreshedAt: s?.refreshedAt ?? null };
  }

  resolve(p: Principal, f: StatsFilters): Promise<StatsScope> {
    return this.scopes.resolve(p, f);
  }

  async overview(p: Principal, f: StatsFilters, scope?: StatsScope): Promise<Overview> {
    const s = scope ?? (await this.scopes.resolve(p, f));
    const adopted = escalatedAdoptedSql(s, this.config.businessTz);
    const [counters, fresh, [{ n }]] = await Promise.all([this.query.total(s), this.freshness(), this.db.query(adopted.sql, adopted.params)]);
    return {
      scope: describeScope(s),
      ...fresh,
      ...metricsOf(counters),
      escalatedAdopted: escalatedAdoptedMetric(n),
      definitions: { ...DEFINITIONS, escalatedAdopted: ESCALATED_ADOPTED_DEFINITION },
    };
  }

  async byAgency(p: Principal, f: StatsFilters, sort: RankKey = 'feedbackRate', scope?: StatsScope): Promise<Ranking> {
    const s = scope ?? (await this.scopes.resolve(p, f));
    const fresh = await this.freshness();
    if (s.viewer === 'agency') {
      // Ranked among the agencies of its own region, same filters; only its own row is shown.
      const groups = await this.query.grouped({ ...s, organizationId: null }, 'agency', { organizationRegionPrefix: s.peerRegionPrefix! });
      const ranked = rankRows(
        [...groups].map(([id, c]) => ({ id, metrics: metricsOf(c) })),
        sort,
      );
      const own = ranked.find((r) => r.id === s.organizationId);
      const name = await this.names([s.organizationId!]);
      return {
        scope: describeScope(s),
        ...fresh,
        sort,
        total: ranked.length,
        peers: `agencies whose region lies inside ${s.peerRegionPrefix}`,
        items: [
          { rank: own?.rank ?? null, id: s.organizationId!, name: name.get(s.organizationId!) ?? null, metrics: own?.metrics ?? metricsOf(emptyCounters()) },
        ],
      };
    }
    const groups = await this.query.grouped(s, 'agency');
    return this.ranking(s, fresh, sort, groups);
  }

  async byCourt(p: Principal, f: StatsFilters, sort: RankKey = 'issued', scope?: StatsScope): Promise<Ranking> {
    const s = scope ?? (await this.scopes.resolve(p, f));
    const [groups, fresh] = await Promise.all([this.query.grouped(s, 'court'), this.freshness()]);
    return this.ranking(s, fresh, sort, groups);
  }

  async trend(
    p: Principal,
    f: StatsFilters,
    granularity: 'month' | 'quarter' | 'year' = 'month',
    scope?: StatsScope,
  ): Promise<Freshness & { scope: ScopeDescription; granularity: string; items: TrendPoint[] }> {
    const s = scope ?? (await this.scopes.resolve(p, f));
    const [groups, fresh] = await Promise.all([this.query.grouped(s, granularity), this.freshness()]);
    const items = [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([period, c]) => ({ period, metrics: metricsOf(c) }));
    return { scope: describeScope(s), ...fresh, granularity, items: fillPeriods(granularity, items, s.from, s.to, fresh.asOf) };
  }

  private async ranking(s: StatsScope, fresh: Freshness, sort: RankKey, groups: Map<string, Counters>): Promise<Ranking> {
    const names = await this.names([...groups.keys()]);
    const ranked = rankRows(
      [...groups].map(([id, c]) => ({ id, name: names.get(id) ?? null, metrics: metricsOf(c) })),
      sort,
    );
    return { scope: describeScope(s), ...fresh, sort, total: ranked.length, peers: null, items: ranked };
  }

  private async names(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows: Array<{ id: string; name: string }> = await this.db.query(`SELECT id, name FROM organizations WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG, AppException, SqlParams } from '@app/core';
import { IMPACT_METHOD, ImpactAnswer, ImpactService } from '@app/cases';
import { JurisdictionService, VisibilityScope } from '@app/directory';
import { Principal } from '@app/identity';
import { STATS_READER } from './stats-reader';
import { describeScope, StatsFilters, StatsScope, ScopeDescription } from './stats-scope';
import { StatsScopeService } from './stats-scope.service';

/** At most this many adopted letters (the most recently issued) are measured per answer. */
export const IMPACT_RANKING_LIMIT = 200;

/** One adopted letter and its 治理成效 (ImpactService.computeMany, the one formula). */
export interface ImpactRow {
  /** 1 = the largest fall of its 案由 beyond the region's whole caseload; null: no figure (see note). */
  rank: number | null;
  suggestionId: string;
  title: string;
  docNumber: string | null;
  courtName: string;
  issuedOn: string;
  impact: ImpactAnswer;
}

export interface ImpactRanking {
  scope: ScopeDescription;
  method: string;
  /** Adopted letters issued in the scope and period. */
  total: number;
  /** Whether only the most recent IMPACT_RANKING_LIMIT of them were measured. */
  truncated: boolean;
  /** Letters with a figure, ranked by netChange (lowest first). */
  items: ImpactRow[];
  /** Adopted letters without a figure yet, each with the reason (no linked 案由, not confirmed, …). */
  unmeasured: ImpactRow[];
}

interface Candidate {
  id: string;
  title: string;
  doc_number: string | null;
  court_name: string;
  issued_at: Date;
  issued_on: string;
}

/**
 * 治理成效 ranking for the dashboards, the statistics workbook and the annual report: the letters
 * issued in the statistics scope (StatsScopeService, from the one VisibilityScope) and period whose
 * main recipient adopted them, all measured at once by ImpactService.computeMany, ranked by net change.
 */
@Injectable()
export class StatsImpactService {
  constructor(
    private readonly scopes: StatsScopeService,
    private readonly jurisdiction: JurisdictionService,
    private readonly impact: ImpactService,
    @Inject(STATS_READER) private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** For a court (its subtree) or a 人大/党委 supervisor (its region); agencies have no ranking (403). */
  async ranking(p: Principal, f: StatsFilters): Promise<ImpactRanking> {
    const v = await this.jurisdiction.resolve(p);
    const scope = await this.scopes.resolveFor(v, f);
    if (scope.viewer === 'agency') throw AppException.forbidden('The governance impact ranking is for courts and supervisors');
    return this.rankingOf(scope, v);
  }

  /** The ranking over a scope already resolved (and checked) by the caller; `v` adds the caller's letter visibility. */
  async rankingOf(scope: StatsScope, v: VisibilityScope | null): Promise<ImpactRanking> {
    const p = new SqlParams();
    const tz = () => p.add(this.config.businessTz);
    const where = [
      `s.status IN ('ISSUED','CLOSED','ARCHIVED')`,
      `s.issued_at IS NOT NULL`,
      `EXISTS (SELECT 1 FROM deliveries a WHERE a.suggestion_id = s.id AND a.kind = 'MAIN' AND a.evaluation_result IN ('ADOPTED','PARTIALLY_ADOPTED'))`,
    ];
    if (v) where.push(p.named(this.jurisdiction.visibleLetters(v, 's')));
    if (scope.courtIds) where.push(`s.court_id = ANY(${p.add(scope.courtIds)}::uuid[])`);
    if (scope.organizationId)
      where.push(`EXISTS (SELECT 1 FROM deliveries o WHERE o.suggestion_id = s.id AND o.kind = 'MAIN' AND o.organization_id = ${p.add(scope.organizationId)})`);
    if (scope.category) where.push(`s.category = ${p.add(scope.category)}`);
    if (scope.domain) where.push(`coalesce(s.domain, '') = ${p.add(scope.domain)}`);
    if (scope.from) where.push(`(s.issued_at AT TIME ZONE ${tz()})::date >= ${p.add(scope.from)}::date`);
    if (scope.to) where.push(`(s.issued_at AT TIME ZONE ${tz()})::date <= ${p.add(scope.to)}::date`);
    const from = `FROM suggestions s JOIN organizations c ON c.id = s.court_id WHERE ${where.join(' AND ')}`;
    const [{ total }]: Array<{ total: number }> = await this.db.query(`SELECT count(*)::int AS total ${from}`, [...p.values]);
    const rows: Candidate[] = await this.db.query(
      `SELECT s.id, s.title, s.doc_number, c.name AS court_name, s.issued_at, (s.issued_at AT TIME ZONE ${tz()})::date::text AS issued_on
         ${from} ORDER BY s.issued_at DESC, s.id LIMIT ${p.add(IMPACT_RANKING_LIMIT)}`,
      p.values,
    );
    const answers = await this.impact.computeMany(rows.map((r) => ({ id: r.id, issuedAt: r.issued_at })));
    const measured: ImpactRow[] = rows.map((r, i) => ({
      rank: null,
      suggestionId: r.id,
      title: r.title,
      docNumber: r.doc_number,
      courtName: r.court_name,
      issuedOn: r.issued_on,
      impact: answers[i],
    }));
    const items = measured
      .filter((r) => r.impact.netChange !== null)
      .sort((a, b) => a.impact.netChange! - b.impact.netChange! || b.issuedOn.localeCompare(a.issuedOn) || a.suggestionId.localeCompare(b.suggestionId));
    // Competition ranking: 1 + how many fell further (net).
    items.forEach((r) => (r.rank = 1 + items.filter((x) => x.impact.netChange! < r.impact.netChange!).length));
    return {
      scope: describeScope(scope),
      method: IMPACT_METHOD,
      total,
      truncated: total > rows.length,
      items,
      unmeasured: measured.filter((r) => r.impact.netChange === null),
    };
  }
}

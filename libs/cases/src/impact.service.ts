import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG, AppException, Clock } from '@app/core';
import { JurisdictionService, regionPrefix } from '@app/directory';
import { Principal } from '@app/identity';
import { DataSource } from 'typeorm';
import { addMonths, changeOf, dayIn, monthOf, monthsBetween } from './case-dates';
import { causeRange } from './case-query.service';
import { causeByCode } from './cause-catalogue';
import { LETTER_CAUSES_SQL } from './letter-causes';

export interface ImpactAnswer {
  suggestionId: string;
  cause: { code: string; name: string; keyword: string | null } | null;
  region: { code: string; organizationId: string; organizationName: string; courts: number } | null;
  before: { from: string; to: string; cases: number } | null;
  after: { from: string; to: string | null; months: number; cases: number | null; annualised: number | null } | null;
  change: number | null;
  control: { before: number; after: number | null; change: number | null } | null;
  netChange: number | null;
  /** Why there is no figure (no linked 案由, not adopted, implementation not confirmed yet, no complete month yet). */
  note: string | null;
  method: string;
}

/** How 治理成效 is computed, stated beside every figure (letter page, dashboards, exports, annual report). */
export const IMPACT_METHOD =
  '治理成效的计算方法：取建议关联的案由（含下级案由及关键词）在收件单位所在行政区域内各法院的立案数，' +
  '比较建议发出前12个完整月份与收件单位落实情况经法院确认后的12个完整月份（不足12个月的按已满月份折算为全年，即“年化”）；' +
  '同时以该区域全部案件的同期变化作为对照，净变化 = 关联案由的变化率 − 全部案件的变化率，以免把案件总量的普遍下降归功于建议。';

/**
 * 治理成效 of a letter: the caseload of its 案由 in its recipient's region, 12 months before issue
 * against the 12 months after implementation was confirmed (or to date, annualised), beside the
 * region's whole caseload over the same months as the control.
 */
@Injectable()
export class ImpactService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly jurisdiction: JurisdictionService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async impact(p: Principal, suggestionId: string): Promise<ImpactAnswer> {
    const scope = await this.jurisdiction.resolve(p);
    const vis = this.jurisdiction.visibleLetters(scope, 's');
    const letter = await this.ds
      .createQueryBuilder()
      .select(['s.id AS id', 's.issued_at AS issued_at'])
      .from('suggestions', 's')
      .where('s.id = :id', { id: suggestionId })
      .andWhere(vis.sql, vis.params)
      .getRawOne<{ id: string; issued_at: Date | null }>();
    if (!letter) throw AppException.notFound('Suggestion');
    return this.compute(suggestionId, letter.issued_at);
  }

  /** The figure for a letter already known to be visible (also used by rankings). */
  async compute(suggestionId: string, issuedAt: Date | null): Promise<ImpactAnswer> {
    const empty = (note: string, extra: Partial<ImpactAnswer> = {}): ImpactAnswer => ({
      suggestionId,
      cause: null,
      region: null,
      before: null,
      after: null,
      change: null,
      control: null,
      netChange: null,
      note,
      method: IMPACT_METHOD,
      ...extra,
    });
    const [linked] = await this.ds.query(
      `SELECT cause_code, keyword FROM (${LETTER_CAUSES_SQL('ARRAY[$1::uuid]')}) lc GROUP BY 1, 2 ORDER BY max(weight) DESC, count(*) DESC, 1 LIMIT 1`,
      [suggestionId],
    );
    if (!linked) return empty('该建议未关联案由（既未从类案线索起草，关联案号也未对应到案件记录），无法计算治理成效');
    const cause = {
      code: linked.cause_code as string,
      name: causeByCode(linked.cause_code)?.name ?? linked.cause_code,
      keyword: (linked.keyword as string) || null,
    };
    if (!issuedAt) return empty('该建议尚未发出', { cause });
    const [d] = await this.ds.query(
      `SELECT d.organization_id, o.name, o.region_code, d.implementation_confirmed_at
         FROM deliveries d JOIN organizations o ON o.id = d.organization_id
        WHERE d.suggestion_id = $1 AND d.kind = 'MAIN' AND d.evaluation_result IN ('ADOPTED','PARTIALLY_ADOPTED')
        ORDER BY d.implementation_confirmed_at NULLS LAST, d.evaluated_at, d.id LIMIT 1`,
      [suggestionId],
    );
    if (!d) return empty('该建议尚无被采纳的主送单位，暂不计算治理成效', { cause });
    const courts = await this.jurisdiction.courtsOf({ kind: 'region', regionPrefix: regionPrefix(d.region_code) });
    const region = { code: d.region_code as string, organizationId: d.organization_id as string, organizationName: d.name as string, courts: courts.length };
    const tz = this.config.businessTz;
    const issueMonth = monthOf(dayIn(issuedAt, tz));
    const beforeFrom = addMonths(issueMonth, -12);
    const count = (from: string, to: string, withCause: boolean) => this.count(courts, from, to, withCause ? cause : null);
    const before = { from: beforeFrom, to: lastDay(issueMonth), cases: await count(beforeFrom, issueMonth, true) };
    const controlBefore = await count(beforeFrom, issueMonth, false);
    if (!d.implementation_confirmed_at)
      return empty('收件单位的落实情况尚未经法院确认，实施后的案件数暂不计算', {
        cause,
        region,
        before,
        control: { before: controlBefore, after: null, change: null },
      });
    const afterFrom = addMonths(monthOf(dayIn(new Date(d.implementation_confirmed_at), tz)), 1);
    const thisMonth = monthOf(dayIn(this.clock.now(), tz));
    const afterEnd = [addMonths(afterFrom, 12), thisMonth].sort()[0];
    const months = Math.max(0, monthsBetween(afterFrom, afterEnd));
    if (months === 0)
      return empty('落实确认后尚无完整月份，实施后的案件数暂不计算', {
        cause,
        region,
        before,
        after: { from: afterFrom, to: null, months: 0, cases: null, annualised: null },
        control: { before: controlBefore, after: null, change: null },
      });
    const afterCases = await count(afterFrom, afterEnd, true);
    const annualised = Math.round((afterCases * 12) / months);
    const controlAfter = Math.round(((await count(afterFrom, afterEnd, false)) * 12) / months);
    const change = changeOf(before.cases, annualised);
    const controlChange = changeOf(controlBefore, controlAfter);
    return {
      suggestionId,
      cause,
      region,
      before,
      after: { from: afterFrom, to: lastDay(afterEnd), months, cases: afterCases, annualised },
      change,
      control: { before: controlBefore, after: controlAfter, change: controlChange },
      netChange: change !== null && controlChange !== null ? Math.round((change - controlChange) * 10000) / 10000 : null,
      note: months < 12 ? `实施后仅满${months}个月，按年化数比较` : null,
      method: IMPACT_METHOD,
    };
  }

  private async count(courts: string[], from: string, to: string, cause: { code: string; keyword: string | null } | null): Promise<number> {
    const params: unknown[] = [courts, from, to, cause?.keyword ?? ''];
    let cond = '';
    if (cause) {
      params.push(cause.code);
      cond = ` AND ${causeRange('cause_code', 5)}`;
    }
    const [{ n }] = await this.ds.query(
      `SELECT coalesce(sum(cases), 0)::int AS n FROM case_monthly WHERE court_id = ANY($1::uuid[]) AND month >= $2 AND month < $3 AND keyword = $4${cond}`,
      params,
    );
    return n;
  }
}

/** The last day of the month before `month` ('YYYY-MM-01', exclusive end). */
function lastDay(monthExclusive: string): string {
  const d = new Date(`${monthExclusive}T00:00:00Z`);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}

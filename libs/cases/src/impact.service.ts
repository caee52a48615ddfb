import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG, AppException, Clock } from '@app/core';
import { JurisdictionService, regionPrefix } from '@app/directory';
import { Principal } from '@app/identity';
import { DataSource } from 'typeorm';
import { addMonths, changeOf, dayIn, monthOf, monthsBetween } from './case-dates';
import { causeByCode } from './cause-catalogue';
import { countImpact, ImpactCount } from './impact-counts';
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

/** A letter to measure: its id and when it was issued (null: not yet). */
export interface ImpactLetter {
  id: string;
  issuedAt: Date | null;
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

  /** The figure for a letter already known to be visible: computeMany of that one letter. */
  async compute(suggestionId: string, issuedAt: Date | null): Promise<ImpactAnswer> {
    return (await this.computeMany([{ id: suggestionId, issuedAt }]))[0];
  }

  /**
   * THE formula, for letters already known to be visible (the letter page asks for one, the ranking
   * for up to 200): each letter's linked 案由 and adopting main recipient, then every count of every
   * letter in one statement (countImpact). Answers in `letters` order.
   */
  async computeMany(letters: ImpactLetter[]): Promise<ImpactAnswer[]> {
    if (!letters.length) return [];
    const ids = letters.map((l) => l.id);
    const [linkedRows, deliveryRows] = await Promise.all([
      this.ds.query(
        `SELECT DISTINCT ON (suggestion_id) suggestion_id, cause_code, keyword FROM (${LETTER_CAUSES_SQL('$1::uuid[]')}) lc
          GROUP BY suggestion_id, cause_code, keyword ORDER BY suggestion_id, max(weight) DESC, count(*) DESC, cause_code, keyword`,
        [ids],
      ) as Promise<Array<{ suggestion_id: string; cause_code: string; keyword: string }>>,
      this.ds.query(
        `SELECT DISTINCT ON (d.suggestion_id) d.suggestion_id, d.organization_id, o.name, o.region_code, d.implementation_confirmed_at
           FROM deliveries d JOIN organizations o ON o.id = d.organization_id
          WHERE d.suggestion_id = ANY($1::uuid[]) AND d.kind = 'MAIN' AND d.evaluation_result IN ('ADOPTED','PARTIALLY_ADOPTED')
          ORDER BY d.suggestion_id, d.implementation_confirmed_at NULLS LAST, d.evaluated_at, d.id`,
        [ids],
      ) as Promise<Array<{ suggestion_id: string; organization_id: string; name: string; region_code: string; implementation_confirmed_at: Date | null }>>,
    ]);
    const linked = new Map(linkedRows.map((r) => [r.suggestion_id, r] as const));
    const adopting = new Map(deliveryRows.map((r) => [r.suggestion_id, r] as const));
    const prefixes = [
      ...new Set(letters.filter((l) => linked.has(l.id) && l.issuedAt && adopting.has(l.id)).map((l) => regionPrefix(adopting.get(l.id)!.region_code))),
    ];
    const courtLists = await this.jurisdiction.courtsOfMany(prefixes.map((prefix) => ({ kind: 'region', regionPrefix: prefix })));
    const courts = new Map(prefixes.map((prefix, i) => [prefix, courtLists[i]] as const));
    const plans = letters.map((l) => this.plan(l, linked.get(l.id), adopting.get(l.id), courts));
    const counts: ImpactCount[] = plans.flatMap((p) => ('answer' in p ? [] : p.counts));
    const figures = await countImpact(this.ds, counts, courts);
    let next = 0;
    return plans.map((p) => ('answer' in p ? p.answer : p.finish(figures.slice(next, (next += p.counts.length)))));
  }

  /** What a letter's figure needs counted (its windows), and how the counts make its answer; or its answer without counts. */
  private plan(
    letter: ImpactLetter,
    linked: { cause_code: string; keyword: string } | undefined,
    d: { organization_id: string; name: string; region_code: string; implementation_confirmed_at: Date | null } | undefined,
    courtsOf: Map<string, string[]>,
  ): { answer: ImpactAnswer } | { counts: ImpactCount[]; finish: (n: number[]) => ImpactAnswer } {
    const suggestionId = letter.id;
    const empty = (note: string, extra: Partial<ImpactAnswer> = {}): { answer: ImpactAnswer } => ({
      answer: {
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
      },
    });
    if (!linked) return empty('该建议未关联案由（既未从类案线索起草，关联案号也未对应到案件记录），无法计算治理成效');
    const cause = { code: linked.cause_code, name: causeByCode(linked.cause_code)?.name ?? linked.cause_code, keyword: linked.keyword || null };
    if (!letter.issuedAt) return empty('该建议尚未发出', { cause });
    if (!d) return empty('该建议尚无被采纳的主送单位，暂不计算治理成效', { cause });
    const prefix = regionPrefix(d.region_code);
    const region = { code: d.region_code, organizationId: d.organization_id, organizationName: d.name, courts: courtsOf.get(prefix)!.length };
    const tz = this.config.businessTz;
    const issueMonth = monthOf(dayIn(letter.issuedAt, tz));
    const beforeFrom = addMonths(issueMonth, -12);
    const count = (from: string, to: string, withCause: boolean): ImpactCount => ({ region: prefix, from, to, cause: withCause ? cause : null });
    const beforeCounts = [count(beforeFrom, issueMonth, true), count(beforeFrom, issueMonth, false)];
    const before = (n: number[]) => ({ from: beforeFrom, to: lastDay(issueMonth), cases: n[0] });
    if (!d.implementation_confirmed_at)
      return {
        counts: beforeCounts,
        finish: (n) =>
          empty('收件单位的落实情况尚未经法院确认，实施后的案件数暂不计算', {
            cause,
            region,
            before: before(n),
            control: { before: n[1], after: null, change: null },
          }).answer,
      };
    const afterFrom = addMonths(monthOf(dayIn(new Date(d.implementation_confirmed_at), tz)), 1);
    const thisMonth = monthOf(dayIn(this.clock.now(), tz));
    const afterEnd = [addMonths(afterFrom, 12), thisMonth].sort()[0];
    const months = Math.max(0, monthsBetween(afterFrom, afterEnd));
    if (months === 0)
      return {
        counts: beforeCounts,
        finish: (n) =>
          empty('落实确认后尚无完整月份，实施后的案件数暂不计算', {
            cause,
            region,
            before: before(n),
            after: { from: afterFrom, to: null, months: 0, cases: null, annualised: null },
            control: { before: n[1], after: null, change: null },
          }).answer,
      };
    return {
      counts: [...beforeCounts, count(afterFrom, afterEnd, true), count(afterFrom, afterEnd, false)],
      finish: ([beforeCases, controlBefore, afterCases, controlAfterCases]) => {
        const annualised = Math.round((afterCases * 12) / months);
        const controlAfter = Math.round((controlAfterCases * 12) / months);
        const change = changeOf(beforeCases, annualised);
        const controlChange = changeOf(controlBefore, controlAfter);
        return {
          suggestionId,
          cause,
          region,
          before: before([beforeCases]),
          after: { from: afterFrom, to: lastDay(afterEnd), months, cases: afterCases, annualised },
          change,
          control: { before: controlBefore, after: controlAfter, change: controlChange },
          netChange: change !== null && controlChange !== null ? Math.round((change - controlChange) * 10000) / 10000 : null,
          note: months < 12 ? `实施后仅满${months}个月，按年化数比较` : null,
          method: IMPACT_METHOD,
        };
      },
    };
  }
}

/** The last day of the month before `month` ('YYYY-MM-01', exclusive end). */
function lastDay(monthExclusive: string): string {
  const d = new Date(`${monthExclusive}T00:00:00Z`);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}

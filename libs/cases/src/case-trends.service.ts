import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG, AppException, Clock } from '@app/core';
import { Principal } from '@app/identity';
import { DataSource } from 'typeorm';
import { addMonths, changeOf, dayIn, monthOf, monthsBetween, periodOf } from './case-dates';
import { areaFor } from './case-area-rollup';
import { causeOrThrow, causeRange } from './case-query.service';
import { CaseScopeService } from './case-scope';
import { causeByCode } from './cause-catalogue';

export type Granularity = 'month' | 'quarter' | 'year';

export interface TrendFilters {
  cause?: string;
  keyword?: string;
  courtId?: string;
  regionCode?: string;
  from?: string;
  to?: string;
  granularity?: Granularity;
}

export interface TrendPoint {
  period: string;
  cases: number;
  /** The same period one year earlier. */
  previousYear: number;
  /** Year on year: (cases − previousYear) / previousYear; null when previousYear is 0. */
  change: number | null;
}

export interface TrendAnswer {
  cause: { code: string; name: string } | null;
  keyword: string | null;
  courtId: string | null;
  regionCode: string | null;
  courts: number;
  from: string;
  to: string;
  granularity: Granularity;
  series: TrendPoint[];
  total: number;
  previousTotal: number;
  change: number | null;
  topParties: { name: string; cases: number }[];
  byCause: { code: string; name: string; cases: number }[];
  method: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/;

/**
 * Case counts by filing month from the rollups (case_monthly, case_party_monthly): any 案由 with
 * its children, a keyword, a court's subtree or a region inside the caller's scope.
 */
@Injectable()
export class CaseTrendsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly scope: CaseScopeService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async trends(p: Principal, f: TrendFilters): Promise<TrendAnswer> {
    for (const k of ['from', 'to'] as const)
      if (f[k] !== undefined && !MONTH.test(f[k]!)) throw AppException.validation([{ field: k, message: '须为 YYYY-MM 或 YYYY-MM-DD 格式' }]);
    const cause = f.cause ? causeOrThrow(f.cause) : null;
    const s = await this.scope.resolve(p, { courtId: f.courtId, regionCode: f.regionCode });
    const granularity = f.granularity ?? 'month';
    const to = monthOf(f.to ?? dayIn(this.clock.now(), this.config.businessTz));
    const from = monthOf(f.from ?? addMonths(to, -11));
    if (from > to) throw AppException.validation([{ field: 'to', message: '截止月份不能早于起始月份' }]);
    if (monthsBetween(from, to) > 240) throw AppException.validation([{ field: 'from', message: '统计区间最长20年' }]);
    const keyword = f.keyword?.normalize('NFKC').trim() || '';

    // A 中院's or 高院's whole area reads its pre-summed rows (case-area-rollup.ts); other selections the courts'.
    const area = await areaFor(this.ds, s.selected);
    const who = area ? 'area_id = $1' : 'court_id = ANY($1::uuid[])';
    const counts = area ? 'case_area_monthly' : 'case_monthly';
    const params: unknown[] = [area ?? s.selected, keyword, addMonths(from, -12), to];
    let causeCond = '';
    if (cause) {
      params.push(cause.code);
      causeCond = ` AND ${causeRange('cause_code', params.length)}`;
    }
    const rangeParams: unknown[] = [area ?? s.selected, from, to, ...(cause ? [cause.code] : [])];
    const rangeCause = cause ? ` AND ${causeRange('cause_code', 4)}` : '';
    const childLength = cause ? cause.code.length + 2 : 7;
    // Organisations by first- or second-level 案由 come pre-summed for an area; deeper 案由 from the courts' rows.
    const partiesByArea = area !== null && (!cause || cause.level <= 2);
    const parties = partiesByArea
      ? `SELECT party_name AS name, sum(cases)::int AS cases FROM case_area_party_monthly
          WHERE area_id = $1 AND month >= $2 AND month <= $3 AND ${cause ? 'cause_code = $4' : "cause_code = ''"}
          GROUP BY party_name ORDER BY cases DESC, party_name LIMIT 10`
      : `SELECT party_name AS name, sum(cases)::int AS cases FROM case_party_monthly
          WHERE court_id = ANY($1::uuid[]) AND month >= $2 AND month <= $3${rangeCause}
          GROUP BY party_name ORDER BY cases DESC, party_name LIMIT 10`;
    // Three independent reads of the rollups, each on its own pooled connection.
    const [monthly, topParties, byCauseRows] = await Promise.all([
      this.ds.query<{ month: string; n: number }[]>(
        `SELECT month::text AS month, sum(cases)::int AS n FROM ${counts}
          WHERE ${who} AND keyword = $2 AND month >= $3 AND month <= $4${causeCond} GROUP BY month`,
        params,
      ),
      this.ds.query<{ name: string; cases: number }[]>(parties, [partiesByArea ? area : s.selected, ...rangeParams.slice(1)]),
      this.ds.query<{ code: string; cases: number }[]>(
        `SELECT left(cause_code, ${childLength}) AS code, sum(cases)::int AS cases FROM ${counts}
          WHERE ${who} AND keyword = '' AND month >= $2 AND month <= $3${rangeCause}
          GROUP BY 1 ORDER BY cases DESC, 1 LIMIT 10`,
        rangeParams,
      ),
    ]);
    const byMonth = new Map(monthly.map((r) => [r.month, r.n]));
    const buckets = new Map<string, TrendPoint>();
    for (let m = from; m <= to; m = addMonths(m, 1)) {
      const key = periodOf(m, granularity);
      const b = buckets.get(key) ?? { period: key, cases: 0, previousYear: 0, change: null };
      b.cases += byMonth.get(m) ?? 0;
      b.previousYear += byMonth.get(addMonths(m, -12)) ?? 0;
      buckets.set(key, b);
    }
    const series = [...buckets.values()].map((b) => ({ ...b, change: changeOf(b.previousYear, b.cases) }));
    const total = series.reduce((a, b) => a + b.cases, 0);
    const previousTotal = series.reduce((a, b) => a + b.previousYear, 0);
    return {
      cause: cause ? { code: cause.code, name: cause.name } : null,
      keyword: keyword || null,
      courtId: s.courtId,
      regionCode: s.regionCode,
      courts: s.selected.length,
      from: from.slice(0, 7),
      to: to.slice(0, 7),
      granularity,
      series,
      total,
      previousTotal,
      change: changeOf(previousTotal, total),
      topParties,
      byCause: byCauseRows.map((r) => ({ code: r.code, name: causeByCode(r.code)?.name ?? r.code, cases: r.cases })),
      method:
        '按立案日期统计所选法院（含下级法院）受理的案件数；案由含其下级案由；同比为与上年同期相比的增减幅度；当事人排名只计单位当事人（自然人不记姓名）。',
    };
  }
}

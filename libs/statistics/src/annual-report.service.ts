import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@app/core';
import { JurisdictionService } from '@app/directory';
import { Principal } from '@app/identity';
import { annualWorkbook } from './export-annual';
import { metricsOf } from './metrics';
import { StatsQueryService } from './stats-query.service';
import { StatsImpactService } from './stats-impact.service';
import { StatsRefreshService } from './stats-refresh.service';
import { STATS_READER } from './stats-reader';
import { StatsScopeService } from './stats-scope.service';

/**
 * 向人大报告 (法释〔2023〕11号 第11条): one workbook per court and year — the figures for the letters
 * that court issued that year, every letter with each main recipient's outcome, and the 治理成效 of
 * those its recipients adopted.
 */
@Injectable()
export class AnnualReportService {
  constructor(
    private readonly scopes: StatsScopeService,
    private readonly query: StatsQueryService,
    private readonly refresher: StatsRefreshService,
    private readonly impact: StatsImpactService,
    private readonly jurisdiction: JurisdictionService,
    @Inject(STATS_READER) private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async workbook(p: Principal, courtId: string, year: number): Promise<{ buffer: Buffer; fileName: string }> {
    const { scope, court } = await this.scopes.resolveCourtYear(p, courtId, year);
    const metrics = metricsOf(await this.query.total(scope));
    const tz = this.config.businessTz;
    const letters = await this.db.query(
      `SELECT s.doc_number, s.title, s.category, s.major, s.status AS letter_status, (s.issued_at AT TIME ZONE $3)::date::text AS issued_on,
              o.name AS recipient, d.status, (d.signed_at AT TIME ZONE $3)::date::text AS signed_on, d.reply_due_date::text AS reply_due,
              (d.replied_at AT TIME ZONE $3)::date::text AS replied_on, d.evaluation_result, d.implementation_confirmed_at IS NOT NULL AS implemented
         FROM suggestions s JOIN deliveries d ON d.suggestion_id = s.id AND d.kind = 'MAIN' AND d.status <> 'REJECTED_BY_RECIPIENT'
         JOIN organizations o ON o.id = d.organization_id
        WHERE s.court_id = $1 AND s.status IN ('ISSUED','CLOSED','ARCHIVED')
          AND s.issued_at >= ($2::timestamp AT TIME ZONE $3) AND s.issued_at < ($4::timestamp AT TIME ZONE $3)
        ORDER BY s.doc_seq NULLS LAST, s.issued_at, o.name`,
      [courtId, `${year}-01-01`, tz, `${year + 1}-01-01`],
    );
    const impact = await this.impact.rankingOf(scope, await this.jurisdiction.resolve(p));
    const buffer = await annualWorkbook(court.name, year, metrics, this.refresher.today(), letters, impact);
    return { buffer, fileName: `${court.name}${year}年度司法建议工作情况.xlsx` };
  }
}

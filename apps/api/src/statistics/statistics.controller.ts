import { Controller, Get, HttpCode, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/api-errors.decorator';
import {
  AnnualReportService,
  StatisticsService,
  StatsExportService,
  StatsFilters,
  StatsImpactService,
  StatsOverdueService,
  StatsRefreshService,
} from '@app/statistics';
import { contentDisposition } from '@app/attachments';
import { CurrentPrincipal, Principal, Role, Roles } from '@app/identity';
import { ImpactRankingDto } from './dto/stats-impact.dto';
import { AnnualReportQueryDto, OverdueQueryDto, RankingQueryDto, StatsQueryDto, TrendQueryDto } from './dto/stats-query.dto';
import { OverduePageDto, OverviewDto, RankingDto, RefreshResultDto, TrendDto } from './dto/stats-response.dto';

const STATS_ROLES = [Role.COURT_ADMIN, Role.COURT_LEADER, Role.SUPERVISOR, Role.AGENCY_CLERK, Role.AGENCY_LEADER];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV = 'text/csv; charset=utf-8';

const filters = (q: StatsQueryDto): StatsFilters => ({
  from: q.from,
  to: q.to,
  courtId: q.courtId?.toLowerCase(),
  regionCode: q.regionCode,
  organizationId: q.organizationId?.toLowerCase(),
  category: q.category,
  domain: q.domain,
});

/** `统计分析-2026年.xlsx`: what the file holds and the period of issue it covers, in words. */
function exportFileName(what: string, q: StatsQueryDto, extension: 'xlsx' | 'csv'): string {
  const { from, to } = q;
  const wholeYear = from && to && from.slice(0, 4) === to.slice(0, 4) && from.endsWith('-01-01') && to.endsWith('-12-31');
  const period = wholeYear ? `${from!.slice(0, 4)}年` : from && to ? `${from}至${to}` : from ? `${from}起` : to ? `截至${to}` : '全部';
  return `${what}-${period}.${extension}`;
}

/**
 * Figures of PRODUCT.md "Metrics" over what the caller may see (see StatsScopeService): courts their
 * subtree, supervisors their jurisdiction, agencies only their own. Read from the rollups the worker
 * refreshes (README "Statistics at scale"); `asOf`/`refreshedAt` state their freshness.
 */
@ApiTags('statistics')
@ApiBearerAuth()
@Controller('api/v1/stats')
export class StatisticsController {
  constructor(
    private readonly stats: StatisticsService,
    private readonly overdue: StatsOverdueService,
    private readonly exporter: StatsExportService,
    private readonly annual: AnnualReportService,
    private readonly refresher: StatsRefreshService,
    private readonly impact: StatsImpactService,
  ) {}

  @Get('overview')
  @Roles(...STATS_ROLES)
  @ApiOperation({ summary: '统计总览 / Every figure of PRODUCT.md as {numerator, denominator, rate}, with definitions' })
  @ApiOkResponse({ type: OverviewDto })
  @ApiErrors(403)
  overview(@CurrentPrincipal() p: Principal, @Query() q: StatsQueryDto): Promise<OverviewDto> {
    return this.stats.overview(p, filters(q));
  }

  @Get('by-agency')
  @Roles(...STATS_ROLES)
  @ApiOperation({ summary: '按建议对象单位统计 / Agencies ranked; an agency sees only its own row and rank among its region’s agencies' })
  @ApiOkResponse({ type: RankingDto })
  @ApiErrors(403)
  byAgency(@CurrentPrincipal() p: Principal, @Query() q: RankingQueryDto): Promise<RankingDto> {
    return this.stats.byAgency(p, filters(q), q.sort ?? 'feedbackRate');
  }

  @Get('by-court')
  @Roles(...STATS_ROLES)
  @ApiOperation({ summary: '按法院统计 / Issuing courts ranked (each court’s own letters)' })
  @ApiOkResponse({ type: RankingDto })
  @ApiErrors(403)
  byCourt(@CurrentPrincipal() p: Principal, @Query() q: RankingQueryDto): Promise<RankingDto> {
    return this.stats.byCourt(p, filters(q), q.sort ?? 'issued');
  }

  @Get('trend')
  @Roles(...STATS_ROLES)
  @ApiOperation({ summary: '月度趋势 / Figures per month (or quarter, year) of issue' })
  @ApiOkResponse({ type: TrendDto })
  @ApiErrors(403)
  trend(@CurrentPrincipal() p: Principal, @Query() q: TrendQueryDto): Promise<TrendDto> {
    return this.stats.trend(p, filters(q), q.granularity ?? 'month');
  }

  @Get('overdue')
  @Roles(...STATS_ROLES)
  @ApiOperation({ summary: '逾期清单 / Main deliveries overdue now (sign / reply / follow-up), most overdue first' })
  @ApiOkResponse({ type: OverduePageDto })
  @ApiErrors(403)
  overdueList(@CurrentPrincipal() p: Principal, @Query() q: OverdueQueryDto): Promise<OverduePageDto> {
    return this.overdue.list(p, filters(q), { step: q.step, page: q.page ?? 1, pageSize: q.pageSize ?? 20 });
  }

  @Get('impact')
  @Roles(Role.COURT_ADMIN, Role.COURT_LEADER, Role.SUPERVISOR)
  @ApiOperation({
    summary:
      '治理成效排名 / 治理成效 ranking: adopted letters issued in the scope and period, each with GET /suggestions/:id/impact’s figures, ranked by netChange (lowest first); letters without a figure listed with the reason',
  })
  @ApiOkResponse({ type: ImpactRankingDto })
  @ApiErrors(403, 404)
  impactRanking(@CurrentPrincipal() p: Principal, @Query() q: StatsQueryDto): Promise<ImpactRankingDto> {
    return this.impact.ranking(p, filters(q)) as Promise<ImpactRankingDto>;
  }

  @Get('export.xlsx')
  @Roles(...STATS_ROLES)
  @ApiOperation({
    summary:
      '导出统计（Excel） / The same figures as a workbook: overview, by agency, by court, trend, overdue, 治理成效 (courts and supervisors), definitions',
  })
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: 'xlsx workbook', schema: { type: 'string', format: 'binary' } })
  @ApiErrors(403)
  async export(@CurrentPrincipal() p: Principal, @Query() q: StatsQueryDto): Promise<StreamableFile> {
    const buf = await this.stats_export(p, q);
    return new StreamableFile(buf, { type: XLSX, disposition: contentDisposition(exportFileName('统计分析', q, 'xlsx')), length: buf.length });
  }

  @Get('export.csv')
  @Roles(...STATS_ROLES)
  @ApiOperation({
    summary: '导出统计（CSV） / The by-agency figures as CSV (UTF-8 with BOM for Excel): one row per agency, every metric as numerator, denominator, rate',
  })
  @ApiProduces(CSV)
  @ApiOkResponse({ description: 'CSV, UTF-8 with BOM', schema: { type: 'string' } })
  @ApiErrors(403)
  async exportCsv(@CurrentPrincipal() p: Principal, @Query() q: StatsQueryDto): Promise<StreamableFile> {
    const buf = await this.exporter.csv(p, filters(q));
    return new StreamableFile(buf, { type: CSV, disposition: contentDisposition(exportFileName('建议对象单位统计', q, 'csv')), length: buf.length });
  }

  @Get('annual-report.xlsx')
  @Roles(Role.COURT_ADMIN, Role.COURT_LEADER, Role.SUPERVISOR)
  @ApiOperation({
    summary: '向人大年度报告 / 向人大年度报告 (Art. 11): a court’s figures for a year, its letters and their outcomes, 治理成效 of the adopted ones',
  })
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: 'xlsx workbook', schema: { type: 'string', format: 'binary' } })
  @ApiErrors(403)
  async annualReport(@CurrentPrincipal() p: Principal, @Query() q: AnnualReportQueryDto): Promise<StreamableFile> {
    const { buffer, fileName } = await this.annual.workbook(p, q.courtId.toLowerCase(), q.year);
    return new StreamableFile(buffer, { type: XLSX, disposition: contentDisposition(fileName), length: buffer.length });
  }

  @Post('refresh')
  @HttpCode(200)
  @Roles(Role.SYS_ADMIN)
  @ApiOperation({ summary: '刷新统计 / Rebuild the statistics rollups now (the worker does this on its schedule)' })
  @ApiOkResponse({ type: RefreshResultDto })
  refresh(): Promise<RefreshResultDto> {
    return this.refresher.refresh({ full: true });
  }

  private stats_export(p: Principal, q: StatsQueryDto): Promise<Buffer> {
    return this.exporter.workbook(p, filters(q));
  }
}

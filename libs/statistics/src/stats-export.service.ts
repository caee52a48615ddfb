import { Inject, Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { Principal } from '@app/identity';
import { impactDefinitionRow, impactSheet } from './export-impact';
import { addReportSheet } from './export-sheet';
import { CATEGORY_LABEL, dateText, definitionsSheet, figuresSheet, METRIC_COLUMNS, metricCells, periodLabel, periodText } from './export-metrics';
import { agencyCsv } from './stats-csv';
import { StatisticsService } from './statistics.service';
import { StatsImpactService } from './stats-impact.service';
import { StatsOverdueService } from './stats-overdue.service';
import { STATS_READER } from './stats-reader';
import { StatsFilters, StatsScope } from './stats-scope';

/** Sheet names of the export (stable: tests and users' macros read them). */
export const EXPORT_SHEETS = {
  overview: '总览',
  agencies: '按建议对象单位',
  courts: '按法院',
  trend: '月度趋势',
  overdue: '逾期清单',
  impact: '治理成效',
  definitions: '指标口径',
} as const;

const STEP_LABEL: Record<string, string> = { sign: '签收', reply: '回复', followUp: '回访' };

/**
 * Writes the same figures as the JSON endpoints into one workbook a 人大 staffer can hand on:
 * Chinese sheets and headers, a title row naming scope and period, rates as 0.00%, no ids, a
 * frozen header, fitted widths and a sheet of definitions.
 */
@Injectable()
export class StatsExportService {
  constructor(
    private readonly stats: StatisticsService,
    private readonly overdue: StatsOverdueService,
    private readonly impact: StatsImpactService,
    @Inject(STATS_READER) private readonly db: DataSource,
  ) {}

  /** The by-agency figures (every metric) as CSV with a UTF-8 BOM; an agency gets only its own row. */
  async csv(p: Principal, f: StatsFilters): Promise<Buffer> {
    const agencies = await this.stats.byAgency(p, f, 'feedbackRate');
    return Buffer.from(agencyCsv(agencies.items), 'utf8');
  }

  async workbook(p: Principal, f: StatsFilters): Promise<Buffer> {
    const scope = await this.stats.resolve(p, f);
    const [overview, agencies, courts, trend, overdue, where, impact] = await Promise.all([
      this.stats.overview(p, f, scope),
      this.stats.byAgency(p, f, 'feedbackRate', scope),
      this.stats.byCourt(p, f, 'issued', scope),
      this.stats.trend(p, f, 'month', scope),
      this.overdue.list(p, f, { page: 1, pageSize: 10_000 }, scope),
      this.scopeText(scope),
      scope.viewer === 'agency' ? null : this.impact.ranking(p, f),
    ]);
    const period = periodText(scope.from, scope.to);
    const subtitle = `范围：${where.detail}　统计期间：${period}（按签发日期）　数据截至：${dateText(overview.asOf)}`;
    const title = (what: string) => `${where.name}司法建议${what}（${period}）`;
    const wb = new ExcelJS.Workbook();
    wb.creator = '司法建议“一件事”';
    wb.title = title('工作统计');

    addReportSheet(wb, figuresSheet(EXPORT_SHEETS.overview, title('工作统计'), subtitle, overview));
    addReportSheet(wb, {
      name: EXPORT_SHEETS.agencies,
      title: title('建议对象单位统计'),
      subtitle,
      columns: [{ header: '名次', format: 'count' }, { header: '建议对象单位' }, ...METRIC_COLUMNS],
      rows: agencies.items.map((r) => [r.rank, r.name, ...metricCells(r.metrics)]),
      notes: scope.viewer === 'agency' ? [`注：名次为本单位在行政区划代码以${scope.peerRegionPrefix}开头的${agencies.total}个建议对象单位中的排名。`] : [],
    });
    addReportSheet(wb, {
      name: EXPORT_SHEETS.courts,
      title: title('法院统计'),
      subtitle,
      columns: [{ header: '名次', format: 'count' }, { header: '法院' }, ...METRIC_COLUMNS],
      rows: courts.items.map((r) => [r.rank, r.name, ...metricCells(r.metrics)]),
    });
    addReportSheet(wb, {
      name: EXPORT_SHEETS.trend,
      title: title('月度趋势'),
      subtitle,
      columns: [{ header: '签发月份' }, ...METRIC_COLUMNS],
      rows: trend.items.map((r) => [periodLabel(r.period), ...metricCells(r.metrics)]),
    });
    addReportSheet(wb, {
      name: EXPORT_SHEETS.overdue,
      title: title('逾期清单'),
      subtitle: `${subtitle}　逾期情况按${dateText(overdue.asOf)}计`,
      columns: [
        { header: '文号' },
        { header: '标题' },
        { header: '法院' },
        { header: '主送单位' },
        { header: '逾期环节' },
        { header: '期限' },
        { header: '逾期天数', format: 'count' },
        { header: '重大' },
      ],
      rows: overdue.items.map((r) => [
        r.docNumber,
        r.title,
        r.courtName,
        r.organizationName,
        STEP_LABEL[r.step] ?? r.step,
        r.dueDate,
        r.daysOverdue,
        r.major ? '是' : '否',
      ]),
    });
    if (impact) addReportSheet(wb, impactSheet(EXPORT_SHEETS.impact, title('治理成效'), `${subtitle}　按建议关联案由的案件数变化计`, impact));
    addReportSheet(
      wb,
      definitionsSheet(
        EXPORT_SHEETS.definitions,
        title('统计指标口径'),
        `${subtitle}　依据：法释〔2023〕11号及本系统统计规则`,
        impact ? [impactDefinitionRow(impact.method)] : [],
      ),
    );
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  /** The scope in words: a short name for the title, the full filters for the subtitle. */
  private async scopeText(s: StatsScope): Promise<{ name: string; detail: string }> {
    const ids = [s.viewerOrganizationId, s.organizationId, ...s.courts.map((c) => (c.kind === 'region' ? null : c.courtId))].filter((x): x is string => !!x);
    const rows: Array<{ id: string; name: string; courts_below: number }> = await this.db.query(
      `SELECT o.id, o.name, (SELECT count(*)::int FROM organizations b WHERE b.type = 'COURT' AND b.path LIKE o.path || '%' AND b.id <> o.id) AS courts_below
         FROM organizations o WHERE o.id = ANY($1::uuid[])`,
      [ids],
    );
    const org = new Map(rows.map((r) => [r.id, r]));
    const viewer = org.get(s.viewerOrganizationId)?.name ?? '';
    const parts: string[] = s.viewer === 'agency' ? [`建议对象单位：${viewer}`] : [];
    let court: string | null = null;
    for (const c of s.courts) {
      if (c.kind === 'region') {
        parts.push(s.viewer === 'region' && !parts.length ? `${viewer}监督范围内的法院（行政区划${c.prefix}）` : `行政区划${c.prefix}的法院`);
        continue;
      }
      const o = org.get(c.courtId);
      if (!o) continue;
      court = o.name;
      parts.push(c.kind === 'subtree' && o.courts_below > 0 ? `${o.name}及下级法院` : o.name);
    }
    if (s.viewer !== 'agency' && s.organizationId) parts.push(`建议对象单位：${org.get(s.organizationId)?.name ?? ''}`);
    const name = s.viewer === 'agency' ? viewer : (court ?? `${viewer}监督范围内`);
    if (s.category) parts.push(`类别：${CATEGORY_LABEL[s.category] ?? s.category}`);
    if (s.domain) parts.push(`领域：${s.domain}`);
    return { name, detail: parts.join('；') || name };
  }
}

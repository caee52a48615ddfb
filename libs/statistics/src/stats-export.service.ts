import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { Principal } from '@app/identity';
import { DEFINITIONS } from './definitions';
import { addSheetRow } from './export-cells';
import { agencyCsv } from './stats-csv';
import { Metric, METRIC_KEYS, metricAt, Metrics } from './metrics';
import { StatisticsService } from './statistics.service';
import { StatsOverdueService } from './stats-overdue.service';
import { StatsFilters } from './stats-scope';

/** Sheet names of the export (stable: tests and users' macros read them). */
export const EXPORT_SHEETS = {
  overview: '总览 Overview',
  agencies: '按单位 By agency',
  courts: '按法院 By court',
  trend: '月度趋势 Trend',
  overdue: '逾期 Overdue',
  definitions: '口径 Definitions',
} as const;

const metricHeader = () => METRIC_KEYS.flatMap((k) => [`${DEFINITIONS[k].label} ${k} 分子`, `分母`, `比率`]);
const metricCells = (m: Metrics) => METRIC_KEYS.flatMap((k) => cells(metricAt(m, k)));
const cells = (x: Metric) => [x.numerator, x.denominator, x.rate];

/** Writes the same figures as the JSON endpoints into one workbook, plus a sheet of definitions. */
@Injectable()
export class StatsExportService {
  constructor(
    private readonly stats: StatisticsService,
    private readonly overdue: StatsOverdueService,
  ) {}

  /** The by-agency figures (every metric) as CSV with a UTF-8 BOM; an agency gets only its own row. */
  async csv(p: Principal, f: StatsFilters): Promise<Buffer> {
    const agencies = await this.stats.byAgency(p, f, 'feedbackRate');
    return Buffer.from(agencyCsv(agencies.items), 'utf8');
  }

  async workbook(p: Principal, f: StatsFilters): Promise<Buffer> {
    const scope = await this.stats.resolve(p, f);
    const [overview, agencies, courts, trend, overdue] = await Promise.all([
      this.stats.overview(p, f, scope),
      this.stats.byAgency(p, f, 'feedbackRate', scope),
      this.stats.byCourt(p, f, 'issued', scope),
      this.stats.trend(p, f, 'month', scope),
      this.overdue.list(p, f, { page: 1, pageSize: 10_000 }, scope),
    ]);
    const wb = new ExcelJS.Workbook();
    wb.creator = 'sifa-jianyi';
    const o = wb.addWorksheet(EXPORT_SHEETS.overview);
    addSheetRow(o, ['指标 Metric', 'key', '分子 Numerator', '分母 Denominator', '比率 Rate']);
    for (const k of METRIC_KEYS) addSheetRow(o, [DEFINITIONS[k].label, k, ...cells(metricAt(overview, k))]);
    addSheetRow(o, []);
    addSheetRow(o, ['口径日期 As of', overview.asOf ?? '']);
    addSheetRow(o, ['范围 Scope', JSON.stringify(overview.scope)]);

    const a = wb.addWorksheet(EXPORT_SHEETS.agencies);
    addSheetRow(a, ['名次 Rank', '单位 Organization', 'id', ...metricHeader()]);
    for (const r of agencies.items) addSheetRow(a, [r.rank, r.name, r.id, ...metricCells(r.metrics)]);
    if (agencies.peers) addSheetRow(a, [`共 ${agencies.total} 个单位参与排名 (${agencies.peers})`]);

    const c = wb.addWorksheet(EXPORT_SHEETS.courts);
    addSheetRow(c, ['名次 Rank', '法院 Court', 'id', ...metricHeader()]);
    for (const r of courts.items) addSheetRow(c, [r.rank, r.name, r.id, ...metricCells(r.metrics)]);

    const t = wb.addWorksheet(EXPORT_SHEETS.trend);
    addSheetRow(t, ['月份 Month', ...metricHeader()]);
    for (const r of trend.items) addSheetRow(t, [r.period, ...metricCells(r.metrics)]);

    const od = wb.addWorksheet(EXPORT_SHEETS.overdue);
    addSheetRow(od, ['文号', '标题', '法院', '主送单位', '环节 Step', '期限 Due', '逾期天数 Days overdue', 'deliveryId']);
    for (const r of overdue.items) addSheetRow(od, [r.docNumber, r.title, r.courtName, r.organizationName, r.step, r.dueDate, r.daysOverdue, r.deliveryId]);

    const d = wb.addWorksheet(EXPORT_SHEETS.definitions);
    addSheetRow(d, ['key', '指标', '口径（中文）', 'Definition (English)']);
    for (const k of METRIC_KEYS) addSheetRow(d, [k, DEFINITIONS[k].label, DEFINITIONS[k].zh, DEFINITIONS[k].en]);
    d.getColumn(3).width = 80;
    d.getColumn(4).width = 80;
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
}

import { Inject, Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@app/core';
import { Principal } from '@app/identity';
import { DEFINITIONS } from './definitions';
import { addSheetRow } from './export-cells';
import { METRIC_KEYS, metricAt, metricsOf } from './metrics';
import { StatsQueryService } from './stats-query.service';
import { StatsRefreshService } from './stats-refresh.service';
import { STATS_READER } from './stats-reader';
import { StatsScopeService } from './stats-scope.service';

const CATEGORY_LABEL: Record<string, string> = { INDIVIDUAL_CASE: '个案', CLASS_CASE: '类案', GOVERNANCE: '综合治理类', WHITE_PAPER: '白皮书/专项报告' };
const RESULT_LABEL: Record<string, string> = { ADOPTED: '采纳', PARTIALLY_ADOPTED: '部分采纳', NOT_ADOPTED: '未采纳' };

/**
 * 向人大报告 (法释〔2023〕11号 第11条): one workbook per court and year — the figures for the letters
 * that court issued that year, and every letter with each main recipient's outcome.
 */
@Injectable()
export class AnnualReportService {
  constructor(
    private readonly scopes: StatsScopeService,
    private readonly query: StatsQueryService,
    private readonly refresher: StatsRefreshService,
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
    const wb = new ExcelJS.Workbook();
    const f = wb.addWorksheet('工作情况 Figures');
    addSheetRow(f, [`${court.name} ${year} 年度司法建议工作情况`]);
    addSheetRow(f, [`统计口径：${year}-01-01 至 ${year}-12-31 签发的司法建议，主送件数计；数据截至 ${this.refresher.today()}`]);
    addSheetRow(f, ['指标 Metric', 'key', '分子', '分母', '比率']);
    for (const k of METRIC_KEYS) {
      const m = metricAt(metrics, k);
      addSheetRow(f, [DEFINITIONS[k].label, k, m.numerator, m.denominator, m.rate]);
    }
    const l = wb.addWorksheet('建议清单 Letters');
    addSheetRow(l, ['文号', '标题', '类别', '重大', '签发日期', '主送单位', '状态', '签收日期', '回复期限', '回复日期', '按期', '评价', '落实']);
    for (const r of letters) {
      addSheetRow(l, [
        r.doc_number,
        r.title,
        CATEGORY_LABEL[r.category] ?? r.category,
        r.major ? '是' : '否',
        r.issued_on,
        r.recipient,
        r.status,
        r.signed_on ?? '',
        r.reply_due ?? '',
        r.replied_on ?? '',
        r.replied_on ? (r.reply_due && r.replied_on > r.reply_due ? '逾期' : '按期') : '',
        r.evaluation_result ? RESULT_LABEL[r.evaluation_result] : '',
        r.implemented ? '已落实' : '',
      ]);
    }
    const d = wb.addWorksheet('口径 Definitions');
    for (const k of METRIC_KEYS) addSheetRow(d, [k, DEFINITIONS[k].label, DEFINITIONS[k].zh, DEFINITIONS[k].en]);
    return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), fileName: `${court.name}${year}年度司法建议工作情况.xlsx` };
  }
}

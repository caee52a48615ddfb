import ExcelJS from 'exceljs';
import { impactDefinitionRow, impactSheet } from './export-impact';
import { addReportSheet } from './export-sheet';
import { CATEGORY_LABEL, dateText, definitionsSheet, figuresSheet } from './export-metrics';
import { Metrics } from './metrics';
import { ImpactRanking } from './stats-impact.service';

const RESULT_LABEL: Record<string, string> = { ADOPTED: '采纳', PARTIALLY_ADOPTED: '部分采纳', NOT_ADOPTED: '未采纳' };
const DELIVERY_STATUS: Record<string, string> = {
  DELIVERED: '待签收',
  SIGNED: '已签收待回复',
  REPLIED: '已回复待评价',
  EVALUATED: '已评价',
  IMPLEMENTING: '落实中',
  IMPLEMENTED: '已落实',
  NOT_ADOPTED: '未采纳',
  CLOSED: '已办结',
};

/** One main delivery of a letter the court issued that year, as the annual report lists it. */
export interface AnnualLetterRow {
  doc_number: string | null;
  title: string;
  category: string;
  major: boolean;
  issued_on: string;
  recipient: string;
  status: string;
  signed_on: string | null;
  reply_due: string | null;
  replied_on: string | null;
  evaluation_result: string | null;
  implemented: boolean;
}

export const ANNUAL_SHEETS = { figures: '工作情况', letters: '建议清单', impact: '治理成效', definitions: '指标口径' } as const;

/** 向人大报告 (法释〔2023〕11号 第十一条): the year's figures, every letter with its outcome, and the definitions. */
export async function annualWorkbook(
  court: string,
  year: number,
  metrics: Metrics,
  asOf: string,
  letters: AnnualLetterRow[],
  impact: ImpactRanking,
): Promise<Buffer> {
  const title = `${court}${year}年度司法建议工作情况`;
  const subtitle = `统计范围：${year}年1月1日至${year}年12月31日签发的司法建议（按主送件计）　数据截至：${dateText(asOf)}　依据：法释〔2023〕11号第十一条`;
  const wb = new ExcelJS.Workbook();
  wb.creator = '司法建议“一件事”';
  wb.title = title;
  addReportSheet(wb, figuresSheet(ANNUAL_SHEETS.figures, title, subtitle, metrics));
  addReportSheet(wb, {
    name: ANNUAL_SHEETS.letters,
    title: `${court}${year}年度司法建议清单`,
    subtitle,
    columns: [
      { header: '序号', format: 'count' },
      { header: '文号' },
      { header: '标题' },
      { header: '类别' },
      { header: '重大' },
      { header: '签发日期' },
      { header: '主送单位' },
      { header: '办理状态' },
      { header: '签收日期' },
      { header: '回复期限' },
      { header: '回复日期' },
      { header: '是否按期回复' },
      { header: '评价结果' },
      { header: '落实情况' },
    ],
    rows: letters.map((r, i) => [
      i + 1,
      r.doc_number,
      r.title,
      CATEGORY_LABEL[r.category] ?? r.category,
      r.major ? '是' : '否',
      r.issued_on,
      r.recipient,
      DELIVERY_STATUS[r.status] ?? r.status,
      r.signed_on ?? '',
      r.reply_due ?? '',
      r.replied_on ?? '',
      r.replied_on ? (r.reply_due && r.replied_on > r.reply_due ? '逾期' : '按期') : '',
      r.evaluation_result ? (RESULT_LABEL[r.evaluation_result] ?? '') : '',
      r.implemented ? '已落实' : '',
    ]),
  });
  addReportSheet(wb, impactSheet(ANNUAL_SHEETS.impact, `${court}${year}年度司法建议治理成效`, `${subtitle}　按建议关联案由的案件数变化计`, impact));
  addReportSheet(wb, definitionsSheet(ANNUAL_SHEETS.definitions, `${court}${year}年度司法建议统计指标口径`, subtitle, [impactDefinitionRow(impact.method)]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

import { DEFINITIONS } from './definitions';
import { ColumnFormat, ReportCell, ReportColumn, ReportSheet } from './export-sheet';
import { MetricKey, METRIC_KEYS, metricAt, Metrics } from './metrics';

export const CATEGORY_LABEL: Record<string, string> = { INDIVIDUAL_CASE: '个案', CLASS_CASE: '类案', GOVERNANCE: '综合治理类', WHITE_PAPER: '白皮书/专项报告' };

/** Each figure's name in a sheet: its label, in Chinese only (P90 written out as 90%分位). */
export const METRIC_LABEL: Record<MetricKey, string> = Object.fromEntries(
  METRIC_KEYS.map((k) => [k, k === 'p90HoursToSign' ? '签收时长90%分位（小时）' : k === 'p90DaysToReply' ? '回复时长90%分位（天）' : DEFINITIONS[k].label]),
) as Record<MetricKey, string>;

/** How each figure reads in one cell: a count, a rate (0.00%), or hours / days with one decimal. */
export const METRIC_FORMAT: Record<MetricKey, ColumnFormat> = {
  issued: 'count',
  signRate: 'rate',
  feedbackRate: 'rate',
  onTimeFeedbackRate: 'rate',
  adoptionRate: 'rate',
  itemAdoptionRate: 'rate',
  implementationRate: 'rate',
  avgHoursToSign: 'decimal',
  p90HoursToSign: 'decimal',
  avgDaysToReply: 'decimal',
  p90DaysToReply: 'decimal',
  'overdue.sign': 'count',
  'overdue.reply': 'count',
  'overdue.followUp': 'count',
  major: 'count',
  copiedToSuperior: 'count',
};

/** What the numerator and the denominator of each figure count, in words (PRODUCT.md "Metrics"). */
export const METRIC_PARTS: Record<MetricKey, [string, string]> = {
  issued: ['发送件数', '发送件数'],
  signRate: ['已签收件数', '发送件数'],
  feedbackRate: ['已反馈件数', '应反馈件数'],
  onTimeFeedbackRate: ['按期反馈件数', '应反馈件数'],
  adoptionRate: ['采纳及部分采纳件数', '已评价件数'],
  itemAdoptionRate: ['采纳及部分采纳的建议项数', '已表态的建议项数'],
  implementationRate: ['已落实件数', '采纳及部分采纳件数'],
  avgHoursToSign: ['签收用时合计（小时）', '已签收件数'],
  p90HoursToSign: ['签收时长90%分位（小时）', '已签收件数'],
  avgDaysToReply: ['回复用时合计（天）', '已回复件数'],
  p90DaysToReply: ['回复时长90%分位（天）', '已回复件数'],
  'overdue.sign': ['逾期未签收件数', '待签收件数'],
  'overdue.reply': ['逾期未回复件数', '已签收未回复件数'],
  'overdue.followUp': ['逾期未回访件数', '落实中件数'],
  major: ['重大建议件数', '发送件数'],
  copiedToSuperior: ['抄送上级的件数', '发送件数'],
};

/** The one number a figure shows: the count for counts, the rate or the mean/percentile otherwise. */
export function metricValue(m: Metrics, k: MetricKey): number | null {
  const x = metricAt(m, k);
  return METRIC_FORMAT[k] === 'count' ? x.numerator : x.rate;
}

/** Ranking and trend columns: one per figure, by its Chinese name. */
export const METRIC_COLUMNS: ReportColumn[] = METRIC_KEYS.map((k) => ({ header: METRIC_LABEL[k], format: METRIC_FORMAT[k] }));

export const metricCells = (m: Metrics): ReportCell[] => METRIC_KEYS.map((k) => metricValue(m, k));

/** The figures sheet: each figure with its value, numerator and denominator as separate readable columns. */
export function figuresSheet(name: string, title: string, subtitle: string, m: Metrics, notes: string[] = []): ReportSheet {
  return {
    name,
    title,
    subtitle,
    columns: [{ header: '指标' }, { header: '数值' }, { header: '分子', format: 'decimal' }, { header: '分母', format: 'count' }, { header: '计算方法' }],
    rows: METRIC_KEYS.map((k) => {
      const x = metricAt(m, k);
      const [num, den] = METRIC_PARTS[k];
      const method = k === 'issued' ? '主送件数' : METRIC_FORMAT[k] === 'count' ? `${num}（占${den}）` : `${num} ÷ ${den}`;
      return [
        METRIC_LABEL[k],
        { value: metricValue(m, k), format: METRIC_FORMAT[k] },
        { value: x.numerator, format: Number.isInteger(x.numerator) ? 'count' : 'decimal' },
        x.denominator,
        method,
      ];
    }),
    notes,
  };
}

/** The definitions sheet: every figure and how it is counted (the texts shown next to every figure). */
export function definitionsSheet(name: string, title: string, subtitle: string, extra: string[][] = []): ReportSheet {
  return {
    name,
    title,
    subtitle,
    columns: [{ header: '指标' }, { header: '统计口径' }],
    rows: [
      ['统计范围', '期间内（按签发日期）签发的司法建议的主送送达件；撤回的不计；被退回后改送的，只计改送的一件。比率以百分数表示，保留两位小数。'],
      ...METRIC_KEYS.map((k) => [METRIC_LABEL[k], DEFINITIONS[k].zh]),
      ...extra,
    ],
  };
}

/** 2025年1月1日至2025年12月31日 / 2025年度 / 全部期间 — the period of issue in words. */
export function periodText(from: string | null, to: string | null): string {
  const d = (s: string) => `${Number(s.slice(0, 4))}年${Number(s.slice(5, 7))}月${Number(s.slice(8, 10))}日`;
  if (from && to && from.slice(0, 4) === to.slice(0, 4) && from.endsWith('-01-01') && to.endsWith('-12-31')) return `${from.slice(0, 4)}年度`;
  if (from && to) return `${d(from)}至${d(to)}`;
  if (from) return `${d(from)}以来`;
  if (to) return `截至${d(to)}`;
  return '全部期间';
}

/** 2025-06-30 → 2025年6月30日. */
export const dateText = (s: string | null) => (s ? `${Number(s.slice(0, 4))}年${Number(s.slice(5, 7))}月${Number(s.slice(8, 10))}日` : '—');

/** 2025-03 → 2025年3月; 2025-Q1 → 2025年第1季度; 2025 → 2025年. */
export function periodLabel(period: string): string {
  if (/^\d{4}-\d{2}$/.test(period)) return `${period.slice(0, 4)}年${Number(period.slice(5))}月`;
  if (/^\d{4}-Q\d$/.test(period)) return `${period.slice(0, 4)}年第${period.slice(6)}季度`;
  return /^\d{4}$/.test(period) ? `${period}年` : period;
}

import { ReportSheet } from './export-sheet';
import { IMPACT_RANKING_LIMIT, ImpactRanking, ImpactRow } from './stats-impact.service';

/** The 治理成效 line of every definitions sheet: the method, as stated beside the figures. */
export const impactDefinitionRow = (method: string): [string, string] => [
  '治理成效',
  `${method}排名按净变化从低到高（关联案由案件下降越多、越超出区域全部案件的变化，名次越前）；未关联案由、尚未确认落实或落实后尚无完整月份的建议不计名次，列出原因。`,
];

const month = (d: string | null | undefined) => (d ? `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月` : '');
const window = (from: string | null | undefined, to: string | null | undefined) => (from && to ? `${month(from)}至${month(to)}` : '');

/** One letter as a row: figures as counts and rates (0.00%), the reason where there is no figure. */
function impactCells(r: ImpactRow) {
  const i = r.impact;
  return [
    r.rank,
    r.docNumber,
    r.title,
    r.courtName,
    r.issuedOn,
    i.region?.organizationName ?? '',
    i.cause ? `${i.cause.name}${i.cause.keyword ? `（关键词：${i.cause.keyword}）` : ''}` : '未关联案由',
    window(i.before?.from, i.before?.to),
    i.before?.cases ?? null,
    window(i.after?.from, i.after?.to),
    i.after?.months ?? null,
    i.after?.cases ?? null,
    i.after?.annualised ?? null,
    i.change,
    i.control?.change ?? null,
    i.netChange,
    i.note ?? '',
  ];
}

/** The 治理成效 sheet of the statistics workbook and of the annual report. */
export function impactSheet(name: string, title: string, subtitle: string, ranking: ImpactRanking): ReportSheet {
  const notes = [`计算方法：${ranking.method}`];
  if (ranking.truncated) notes.push(`注：期间内被采纳的建议共${ranking.total}件，仅计算最近签发的${IMPACT_RANKING_LIMIT}件。`);
  return {
    name,
    title,
    subtitle,
    columns: [
      { header: '名次', format: 'count' },
      { header: '文号' },
      { header: '标题' },
      { header: '法院' },
      { header: '签发日期' },
      { header: '采纳单位' },
      { header: '关联案由' },
      { header: '发出前12个月' },
      { header: '发出前案件数', format: 'count' },
      { header: '落实后期间' },
      { header: '落实后月数', format: 'count' },
      { header: '落实后案件数', format: 'count' },
      { header: '落实后案件数（年化）', format: 'count' },
      { header: '变化率', format: 'rate' },
      { header: '对照：区域全部案件变化率', format: 'rate' },
      { header: '净变化', format: 'rate' },
      { header: '说明' },
    ],
    rows: [...ranking.items, ...ranking.unmeasured].map(impactCells),
    notes,
  };
}

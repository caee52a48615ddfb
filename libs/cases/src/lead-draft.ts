import { causeByCode } from './cause-catalogue';

/** What a draft from a lead is prefilled with (the judge edits everything). */
export interface LeadDraft {
  title: string;
  category: 'CLASS_CASE';
  domain: string | null;
  background: string;
  items: { problem: string; recommendation: string }[];
  sourceCases: string[];
  recipients: { organizationId: string; kind: 'MAIN' }[];
  causeCode: string | null;
  keyword: string;
}

export interface LeadFacts {
  kind: 'CAUSE_GROWTH' | 'PARTY';
  causeCode: string;
  keyword: string;
  partyName: string;
  periodFrom: string;
  periodTo: string;
  cases: number;
  previousCases: number;
  growth: number | null;
  evidence: { topParties?: { name: string; cases: number }[]; topCauses?: { name: string; cases: number }[]; sampleCaseNumbers?: string[] };
  domain: string | null;
  courtIsArea: boolean;
}

const ym = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;
const pct = (x: number) => `${(Math.abs(x) * 100).toFixed(1)}%`;

/** The last month of a period that ends before `periodTo` ('YYYY-MM-01', exclusive). */
function lastMonth(periodTo: string): string {
  const y = Number(periodTo.slice(0, 4));
  const m = Number(periodTo.slice(5, 7));
  return m === 1 ? `${y - 1}-12-01` : `${y}-${String(m - 1).padStart(2, '0')}-01`;
}

/** 据此起草: the title, the background paragraph stating the figures, the source cases and the recipient. */
export function draftFromLead(f: LeadFacts, recipientId: string | null): LeadDraft {
  const cause = f.causeCode ? causeByCode(f.causeCode) : null;
  const who = f.courtIsArea ? '本院及辖区法院' : '本院';
  const span = `${ym(f.periodFrom)}至${ym(lastMonth(f.periodTo))}`;
  let title: string;
  let background: string;
  if (f.kind === 'CAUSE_GROWTH') {
    const subject = `${cause?.name ?? '相关'}${f.keyword ? `（涉“${f.keyword}”）` : ''}`;
    title = `关于${f.domain ?? cause?.name ?? ''}${f.keyword && f.domain !== f.keyword ? `（${f.keyword}）` : ''}类案多发问题的司法建议`;
    const trend = f.growth === null ? `上年同期未受理此类案件` : `同比${f.growth >= 0 ? '上升' : '下降'}${pct(f.growth)}（上年同期${f.previousCases}件）`;
    const parties = (f.evidence.topParties ?? []).slice(0, 3);
    const among = parties.length ? `其中，${parties.map((p) => `涉及${p.name}的${p.cases}件`).join('、')}。` : '';
    background = `${span}，${who}共受理${subject}案件${f.cases}件，${trend}。${among}`;
  } else {
    const causes = (f.evidence.topCauses ?? []).slice(0, 3);
    title = `关于${f.partyName}涉诉案件多发问题的司法建议`;
    background = `${span}，${who}共受理${f.partyName}作为当事人的案件${f.cases}件${
      causes.length ? `，主要案由为${causes.map((c) => `${c.name}${c.cases}件`).join('、')}` : ''
    }。`;
  }
  return {
    title,
    category: 'CLASS_CASE',
    domain: f.domain,
    background,
    items: [{ problem: '（请根据类案情况填写存在的问题）', recommendation: '（请填写相应的建议）' }],
    sourceCases: f.evidence.sampleCaseNumbers ?? [],
    recipients: recipientId ? [{ organizationId: recipientId, kind: 'MAIN' }] : [],
    causeCode: f.causeCode || null,
    keyword: f.keyword,
  };
}

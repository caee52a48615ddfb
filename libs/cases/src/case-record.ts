import { parseCaseNumber, ParsedCaseNumber } from './case-number';
import { CauseEntry, findCause } from './cause-catalogue';

/** The kinds of party (当事人类型). Natural persons carry no name, ever. */
export const PARTY_KINDS = ['自然人', '法人', '非法人组织', '行政机关'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];
const PARTY_KIND_ALIASES: Record<string, PartyKind> = {
  NATURAL_PERSON: '自然人',
  LEGAL_PERSON: '法人',
  ORGANIZATION: '非法人组织',
  ADMINISTRATIVE_ORGAN: '行政机关',
  个人: '自然人',
  单位: '法人',
  其他组织: '非法人组织',
};

/** A case record as clients send it (API.md "Case data"). */
export interface CaseInput {
  caseNumber?: unknown;
  cause?: unknown;
  filedOn?: unknown;
  closedOn?: unknown;
  outcome?: unknown;
  parties?: unknown;
  amount?: unknown;
  keywords?: unknown;
}

/** A case ready to be written (court resolved later from `parsed.courtCode`). */
export interface CaseRow {
  parsed: ParsedCaseNumber;
  cause: CauseEntry;
  filedOn: string;
  closedOn: string | null;
  outcome: string | null;
  parties: { kind: PartyKind; name?: string }[];
  partyNames: string[];
  amount: number | null;
  keywords: string[];
  /** How many natural persons' names were dropped from this row. */
  namesDropped: number;
}

export interface RowError {
  row: number;
  field: string;
  message: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
function isDate(s: unknown): s is string {
  if (typeof s !== 'string' || !DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const clean = (s: string) => s.normalize('NFKC').replace(/\s+/gu, ' ').trim();

/**
 * Validates one case record: every problem of the row as `{row, field, message}` (Chinese), or the
 * row to write. `maxYear` is the current year (from the clock).
 */
export function validateCase(input: CaseInput, row: number, maxYear: number, today: string): { row: CaseRow } | { errors: RowError[] } {
  const errors: RowError[] = [];
  const err = (field: string, message: string) => errors.push({ row, field, message });
  if (!input || typeof input !== 'object') return { errors: [{ row, field: 'case', message: '该行不是一条案件记录' }] };

  let parsed: ParsedCaseNumber | null = null;
  if (typeof input.caseNumber !== 'string' || !input.caseNumber.trim()) err('caseNumber', '缺少案号');
  else {
    const r = parseCaseNumber(input.caseNumber, maxYear);
    if (r.ok) parsed = r.value;
    else err('caseNumber', `案号格式不正确：${r.reason}`);
  }

  let cause: CauseEntry | null = null;
  if (typeof input.cause !== 'string' || !input.cause.trim()) err('cause', '缺少案由');
  else {
    cause = findCause(input.cause);
    if (!cause) err('cause', `案由“${clean(input.cause).slice(0, 40)}”不在案由目录中`);
  }

  if (!isDate(input.filedOn)) err('filedOn', '立案日期须为 YYYY-MM-DD 格式的有效日期');
  else if (input.filedOn > today) err('filedOn', '立案日期不能晚于今天');
  let closedOn: string | null = null;
  if (input.closedOn !== undefined && input.closedOn !== null && input.closedOn !== '') {
    if (!isDate(input.closedOn)) err('closedOn', '结案日期须为 YYYY-MM-DD 格式的有效日期');
    else if (isDate(input.filedOn) && input.closedOn < input.filedOn) err('closedOn', '结案日期不能早于立案日期');
    else closedOn = input.closedOn;
  }

  let outcome: string | null = null;
  if (input.outcome !== undefined && input.outcome !== null && input.outcome !== '') {
    if (typeof input.outcome !== 'string' || clean(input.outcome).length > 50) err('outcome', '结案方式须为不超过50字的文字');
    else outcome = clean(input.outcome);
  }

  const parties: CaseRow['parties'] = [];
  const partyNames: string[] = [];
  let namesDropped = 0;
  if (input.parties !== undefined && input.parties !== null) {
    if (!Array.isArray(input.parties) || input.parties.length > 100) err('parties', '当事人须为列表（最多100个）');
    else
      input.parties.forEach((p: unknown, i: number) => {
        const party = p as { kind?: unknown; name?: unknown };
        const kindText = typeof party?.kind === 'string' ? clean(party.kind) : '';
        const kind = (PARTY_KINDS as readonly string[]).includes(kindText) ? (kindText as PartyKind) : PARTY_KIND_ALIASES[kindText.toUpperCase()];
        if (!kind) return err(`parties[${i}].kind`, `当事人类型须为${PARTY_KINDS.join('、')}之一`);
        if (kind === '自然人') {
          // A natural person's name is never stored (issue 17): it is dropped here, before anything is written.
          if (party.name !== undefined && party.name !== null && party.name !== '') namesDropped++;
          return parties.push({ kind });
        }
        if (party.name === undefined || party.name === null || party.name === '') return parties.push({ kind });
        if (typeof party.name !== 'string' || clean(party.name).length > 100) return err(`parties[${i}].name`, '单位名称须为不超过100字的文字');
        const name = clean(party.name);
        parties.push({ kind, name });
        if (name && !partyNames.includes(name)) partyNames.push(name);
      });
  }

  let amount: number | null = null;
  if (input.amount !== undefined && input.amount !== null && input.amount !== '') {
    const n = typeof input.amount === 'string' ? Number(input.amount.replace(/,/g, '')) : input.amount;
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > 1e15) err('amount', '标的额须为不小于0的数字（元）');
    else amount = Math.round(n * 100) / 100;
  }

  const keywords: string[] = [];
  if (input.keywords !== undefined && input.keywords !== null && input.keywords !== '') {
    const list = typeof input.keywords === 'string' ? input.keywords.split(/[,，;；、|]/) : input.keywords;
    if (!Array.isArray(list) || list.length > 10) err('keywords', '关键词最多10个');
    else
      for (const k of list) {
        if (typeof k !== 'string' || clean(k).length > 20) {
          err('keywords', '每个关键词须为不超过20字的文字');
          break;
        }
        const word = clean(k);
        if (word && !keywords.includes(word)) keywords.push(word);
      }
  }

  if (parsed && cause && ((parsed.caseKind === '民事' && cause.kind !== 'CIVIL') || (parsed.caseKind === '行政' && cause.kind !== 'ADMINISTRATIVE')))
    err('cause', `${parsed.caseKind}案件的案由须取自${parsed.caseKind === '民事' ? '民事' : '行政'}案由目录`);
  if (errors.length || !parsed || !cause) return { errors };
  return { row: { parsed, cause, filedOn: input.filedOn as string, closedOn, outcome, parties, partyNames, amount, keywords, namesDropped } };
}

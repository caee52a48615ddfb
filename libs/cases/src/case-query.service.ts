import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException, Page } from '@app/core';
import { Principal } from '@app/identity';
import { DataSource } from 'typeorm';
import { CaseErrorCode } from './case-errors';
import { parseCaseNumber } from './case-number';
import { CAUSE_CATALOGUE, CauseEntry, causePath, findCause } from './cause-catalogue';
import { CaseScopeService } from './case-scope';

export interface CaseView {
  caseNumber: string;
  year: number;
  courtCode: string;
  typeWord: string;
  caseKind: string;
  sequence: number;
  courtId: string;
  courtName: string;
  cause: { code: string; name: string };
  filedOn: string;
  closedOn: string | null;
  outcome: string | null;
  parties: { kind: string; name?: string }[];
  amount: number | null;
  keywords: string[];
}

export interface CauseView extends CauseEntry {
  /** The names from the first level down to this one. */
  path: string[];
}

/** A cause, by code or name, or 422 CAUSE_UNKNOWN naming the field. */
export function causeOrThrow(codeOrName: string, field = 'cause'): CauseEntry {
  const c = findCause(codeOrName);
  if (!c)
    throw new AppException(422, CaseErrorCode.CAUSE_UNKNOWN, `Unknown cause ${codeOrName}`, [
      { field, message: `案由“${codeOrName.slice(0, 40)}”不在案由目录中` },
    ]);
  return c;
}

/** `<col>` lies in the cause or below it: one index range over the "C"-collated codes. */
export function causeRange(col: string, param: number): string {
  return `(${col} >= $${param} AND ${col} < $${param} || '~')`;
}

@Injectable()
export class CaseQueryService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly scope: CaseScopeService,
  ) {}

  async list(p: Principal, f: { caseNumber?: string; cause?: string; courtId?: string; page: number; pageSize: number }): Promise<Page<CaseView>> {
    const s = await this.scope.resolve(p, { courtId: f.courtId });
    const where = ['c.court_id = ANY($1::uuid[])'];
    const params: unknown[] = [s.selected];
    if (f.caseNumber) {
      const r = parseCaseNumber(f.caseNumber);
      if (!r.ok)
        throw new AppException(422, CaseErrorCode.CASE_NUMBER_INVALID, 'Not a case number', [{ field: 'caseNumber', message: `案号格式不正确：${r.reason}` }]);
      params.push(r.value.normalized);
      where.push(`c.case_number = $${params.length}`);
    }
    if (f.cause) {
      params.push(causeOrThrow(f.cause).code);
      where.push(causeRange('c.cause_code', params.length));
    }
    const cond = where.join(' AND ');
    const [{ total }] = await this.ds.query(`SELECT count(*)::int AS total FROM cases c WHERE ${cond}`, params);
    const rows = await this.ds.query(
      `SELECT c.case_number, c.year, c.court_code, c.type_word, c.case_kind, c.seq, c.court_id, c.cause_code, c.filed_on::text AS filed_on, c.closed_on::text AS closed_on,
              c.outcome, c.parties, c.amount, c.keywords, o.name AS court_name, cc.name AS cause_name FROM cases c JOIN organizations o ON o.id = c.court_id JOIN case_causes cc ON cc.code = c.cause_code
        WHERE ${cond} ORDER BY c.filed_on DESC, c.id DESC LIMIT ${f.pageSize} OFFSET ${(f.page - 1) * f.pageSize}`,
      params,
    );
    return { items: rows.map(toView), total, page: f.page, pageSize: f.pageSize };
  }

  /** The catalogue: matches of `q` (name or code), or the first two levels when no `q`. */
  causes(q?: string): CauseView[] {
    const term = q?.normalize('NFKC').trim();
    const hits = term
      ? CAUSE_CATALOGUE.filter((c) => c.name.normalize('NFKC').includes(term) || c.code.startsWith(term.toUpperCase())).slice(0, 100)
      : CAUSE_CATALOGUE.filter((c) => c.level <= 2);
    return hits.map((c) => ({ ...c, path: causePath(c.code).map((x) => x.name) }));
  }
}

function toView(r: Record<string, unknown>): CaseView {
  return {
    caseNumber: r.case_number as string,
    year: Number(r.year),
    courtCode: r.court_code as string,
    typeWord: r.type_word as string,
    caseKind: r.case_kind as string,
    sequence: Number(r.seq),
    courtId: r.court_id as string,
    courtName: r.court_name as string,
    cause: { code: r.cause_code as string, name: r.cause_name as string },
    filedOn: r.filed_on as string,
    closedOn: (r.closed_on as string | null) ?? null,
    outcome: (r.outcome as string | null) ?? null,
    parties: r.parties as CaseView['parties'],
    amount: r.amount === null ? null : Number(r.amount),
    keywords: r.keywords as string[],
  };
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { AppConfig, APP_CONFIG, AppException, Clock } from '@app/core';
import { actorOf, Principal } from '@app/identity';
import { DataSource, EntityManager } from 'typeorm';
import { dayIn } from './case-dates';
import { CaseErrorCode } from './case-errors';
import { CaseInput, CaseRow, RowError, validateCase } from './case-record';
import { lockCourts, rebuildCaseRollups } from './case-rollup';
import { CaseScopeService } from './case-scope';

export const MAX_CASES_PER_CALL = 10_000;

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
  /** Names given for natural persons, dropped before anything was written. */
  naturalPersonNamesDropped: number;
}

/** Which row numbers to report: `offset + index` (1 for JSON arrays; 2 for a file whose line 1 is the header). */
export interface ImportOptions {
  firstRow?: number;
  source: 'api' | 'upload' | 'command';
}

/**
 * Case records in, idempotent by 案号: a known case number is updated (when anything differs),
 * never duplicated. Rows with problems are reported `{row, field, message}` and skipped; the valid
 * rows are written in one transaction with the rollups of the courts they touch and one audit event.
 */
@Injectable()
export class CaseImportService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly scope: CaseScopeService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async importFor(p: Principal, inputs: CaseInput[], opts: ImportOptions): Promise<ImportResult> {
    if (inputs.length > MAX_CASES_PER_CALL)
      throw new AppException(413, CaseErrorCode.TOO_MANY_CASES, `At most ${MAX_CASES_PER_CALL} cases per call`, { max: MAX_CASES_PER_CALL });
    const scope = await this.scope.resolve(p);
    const { rows, errors, namesDropped } = await this.prepare(inputs, opts.firstRow ?? 1, new Set(scope.courtIds));
    const written = rows.length
      ? await this.ds.transaction(async (m) => {
          const r = await writeCases(m, rows);
          await this.audit.record(m, actorOf(p), {
            action: 'cases.import',
            entityType: 'cases',
            organizationId: p.organizationId,
            data: { source: opts.source, rows: inputs.length, created: r.created, updated: r.updated, rejected: errors.length, courts: r.courts },
          });
          return r;
        })
      : { created: 0, updated: 0, courts: 0 };
    return {
      created: written.created,
      updated: written.updated,
      unchanged: rows.length - written.created - written.updated,
      errors,
      naturalPersonNamesDropped: namesDropped,
    };
  }

  /** Validates rows and resolves their courts (by 法院代字) inside `allowed`. */
  async prepare(
    inputs: CaseInput[],
    firstRow: number,
    allowed: Set<string> | null,
  ): Promise<{ rows: (CaseRow & { courtId: string })[]; errors: RowError[]; namesDropped: number }> {
    const today = dayIn(this.clock.now(), this.config.businessTz);
    const maxYear = Number(today.slice(0, 4));
    const errors: RowError[] = [];
    const valid: { row: CaseRow; at: number }[] = [];
    let namesDropped = 0;
    const seen = new Map<string, number>();
    inputs.forEach((input, i) => {
      const at = firstRow + i;
      const r = validateCase(input, at, maxYear, today);
      if ('errors' in r) return errors.push(...r.errors);
      const earlier = seen.get(r.row.parsed.normalized);
      if (earlier !== undefined) return errors.push({ row: at, field: 'caseNumber', message: `案号与第${earlier}行重复` });
      seen.set(r.row.parsed.normalized, at);
      namesDropped += r.row.namesDropped;
      valid.push({ row: r.row, at });
    });
    const codes = [...new Set(valid.map((v) => v.row.parsed.courtCode))];
    const courts = new Map<string, string>(
      codes.length
        ? (await this.ds.query(`SELECT case_code, id FROM organizations WHERE type = 'COURT' AND case_code = ANY($1::text[])`, [codes])).map(
            (r: { case_code: string; id: string }) => [r.case_code, r.id],
          )
        : [],
    );
    const rows: (CaseRow & { courtId: string })[] = [];
    for (const v of valid) {
      const courtId = courts.get(v.row.parsed.courtCode);
      if (!courtId) errors.push({ row: v.at, field: 'caseNumber', message: `法院代字“${v.row.parsed.courtCode}”未在机构目录中登记` });
      else if (allowed && !allowed.has(courtId))
        errors.push({ row: v.at, field: 'caseNumber', message: `案号所属法院（${v.row.parsed.courtCode}）不在本院及下级法院范围内` });
      else rows.push({ ...v.row, courtId });
    }
    errors.sort((a, b) => a.row - b.row);
    return { rows, errors, namesDropped };
  }
}

/** Upserts rows by 案号 and rebuilds the rollups of their courts (caller's transaction). */
export async function writeCases(m: EntityManager, rows: (CaseRow & { courtId: string })[]): Promise<{ created: number; updated: number; courts: number }> {
  const courtIds = [...new Set(rows.map((r) => r.courtId))];
  await lockCourts(m, courtIds);
  let created = 0;
  let updated = 0;
  for (let i = 0; i < rows.length; i += 2000) {
    const chunk = rows.slice(i, i + 2000).map((r) => ({
      case_number: r.parsed.normalized,
      year: r.parsed.year,
      province: r.parsed.province,
      court_code: r.parsed.courtCode,
      type_word: r.parsed.typeWord,
      case_kind: r.parsed.caseKind,
      seq: r.parsed.sequence,
      court_id: r.courtId,
      cause_code: r.cause.code,
      filed_on: r.filedOn,
      closed_on: r.closedOn,
      outcome: r.outcome,
      parties: r.parties,
      party_names: r.partyNames,
      amount: r.amount,
      keywords: r.keywords,
    }));
    const out: { inserted: boolean }[] = await m.query(
      `INSERT INTO cases (case_number, year, province, court_code, type_word, case_kind, seq, court_id, cause_code, filed_on, closed_on, outcome, parties, party_names, amount, keywords)
       SELECT x.case_number, x.year, x.province, x.court_code, x.type_word, x.case_kind, x.seq, x.court_id, x.cause_code, x.filed_on, x.closed_on, x.outcome,
              x.parties, x.party_names, x.amount, x.keywords
         FROM jsonb_to_recordset($1::jsonb) AS x(case_number text, year smallint, province text, court_code text, type_word text, case_kind text, seq integer,
              court_id uuid, cause_code text, filed_on date, closed_on date, outcome text, parties jsonb, party_names text[], amount numeric, keywords text[])
       ON CONFLICT (case_number) DO UPDATE SET
              cause_code = excluded.cause_code, filed_on = excluded.filed_on, closed_on = excluded.closed_on, outcome = excluded.outcome,
              parties = excluded.parties, party_names = excluded.party_names, amount = excluded.amount, keywords = excluded.keywords, updated_at = now()
        WHERE (cases.cause_code, cases.filed_on, cases.closed_on, cases.outcome, cases.parties, cases.party_names, cases.amount, cases.keywords)
              IS DISTINCT FROM (excluded.cause_code, excluded.filed_on, excluded.closed_on, excluded.outcome, excluded.parties, excluded.party_names, excluded.amount, excluded.keywords)
       RETURNING (xmax = 0) AS inserted`,
      [JSON.stringify(chunk)],
    );
    for (const r of out)
      if (r.inserted) created++;
      else updated++;
  }
  await rebuildCaseRollups(m, courtIds);
  return { created, updated, courts: courtIds.length };
}

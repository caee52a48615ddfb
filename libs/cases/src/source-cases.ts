import { AppException } from '@app/core';
import { EntityManager } from 'typeorm';
import { CaseErrorCode } from './case-errors';
import { CASE_NUMBER_EXAMPLE, parseCaseNumber, ParsedCaseNumber } from './case-number';

/**
 * A letter's source cases (关联案号), validated and normalized to the official form: every entry
 * must be a 案号 (half-width input, spaces and a missing 号 are folded), duplicates collapse. Any
 * garbage answers 422 CASE_NUMBER_INVALID naming each bad entry (`sourceCases[2]`), nothing written.
 */
export function normalizeSourceCases(list: readonly string[], maxYear: number): ParsedCaseNumber[] {
  const out: ParsedCaseNumber[] = [];
  const bad: { field: string; message: string }[] = [];
  list.forEach((text, i) => {
    const r = parseCaseNumber(text, maxYear);
    if (!r.ok)
      bad.push({ field: `sourceCases[${i}]`, message: `“${String(text).slice(0, 40)}”不是有效的案号：${r.reason}（正确格式如${CASE_NUMBER_EXAMPLE}）` });
    else if (!out.some((x) => x.normalized === r.value.normalized)) out.push(r.value);
  });
  if (bad.length) throw new AppException(422, CaseErrorCode.CASE_NUMBER_INVALID, 'Some source case numbers are not case numbers', bad);
  return out;
}

/** The parsed parts of a letter's source cases, for search and statistics (replaces what was there). */
export async function writeSourceCases(m: EntityManager, suggestionId: string, parsed: ParsedCaseNumber[]): Promise<void> {
  await m.query(`DELETE FROM suggestion_source_cases WHERE suggestion_id = $1`, [suggestionId]);
  if (!parsed.length) return;
  await m.query(
    `INSERT INTO suggestion_source_cases (suggestion_id, position, case_number, year, court_code, type_word, case_kind, seq)
     SELECT $1, x.position, x.case_number, x.year, x.court_code, x.type_word, x.case_kind, x.seq
       FROM jsonb_to_recordset($2::jsonb) AS x(position int, case_number text, year smallint, court_code text, type_word text, case_kind text, seq int)`,
    [
      suggestionId,
      JSON.stringify(
        parsed.map((v, i) => ({
          position: i + 1,
          case_number: v.normalized,
          year: v.year,
          court_code: v.courtCode,
          type_word: v.typeWord,
          case_kind: v.caseKind,
          seq: v.sequence,
        })),
      ),
    ],
  );
}

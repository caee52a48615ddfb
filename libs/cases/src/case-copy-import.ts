import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseStream } from '@fast-csv/parse';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { columnsOf, lineToCase } from './case-file';
import { CaseInput, CaseRow, RowError, validateCase } from './case-record';
import { rebuildCaseRollups } from './case-rollup';

export interface CopyImportResult {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** The first `maxErrors` problems; `errorCount` counts them all. */
  errors: RowError[];
  errorCount: number;
  naturalPersonNamesDropped: number;
  courts: number;
  durationMs: number;
}

export interface CopyImportOptions {
  today: string;
  /** Rows per COPY + merge transaction (default 50,000). */
  batch?: number;
  maxErrors?: number;
  onProgress?: (rowsRead: number, written: number) => void;
}

const COLUMNS =
  'case_number, year, province, court_code, type_word, case_kind, seq, court_id, cause_code, filed_on, closed_on, outcome, parties, party_names, amount, keywords';

/** COPY text-format escaping of one value (\N for null). */
function cell(v: string | number | null): string {
  if (v === null) return '\\N';
  return String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}
const arrayLiteral = (xs: string[]) => `{${xs.map((x) => `"${x.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;

function copyLine(r: CaseRow & { courtId: string }): string {
  const p = r.parsed;
  return (
    [
      p.normalized,
      p.year,
      p.province,
      p.courtCode,
      p.typeWord,
      p.caseKind,
      p.sequence,
      r.courtId,
      r.cause.code,
      r.filedOn,
      r.closedOn,
      r.outcome,
      JSON.stringify(r.parties),
      arrayLiteral(r.partyNames),
      r.amount,
      arrayLiteral(r.keywords),
    ]
      .map(cell)
      .join('\t') + '\n'
  );
}

/**
 * `npm run cases:import -- file.csv`: streams the import template (CSV, UTF-8) through the same row
 * checks as the API, COPYs each batch of valid rows into a session table and merges it into `cases`
 * by 案号 (insert or update, never a duplicate), then rebuilds the rollups of the courts touched —
 * millions of rows without holding them in memory. Any court of the directory (operator command).
 */
export async function copyImportCases(ds: DataSource, input: Readable, o: CopyImportOptions): Promise<CopyImportResult> {
  const started = Date.now();
  const batchSize = o.batch ?? 50_000;
  const maxErrors = o.maxErrors ?? 1000;
  const maxYear = Number(o.today.slice(0, 4));
  const courts = new Map<string, string>(
    (await ds.query(`SELECT case_code, id FROM organizations WHERE type = 'COURT' AND case_code IS NOT NULL`)).map((r: { case_code: string; id: string }) => [
      r.case_code,
      r.id,
    ]),
  );
  const touched = new Set<string>();
  const seen = new Set<string>();
  const result: CopyImportResult = {
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    errors: [],
    errorCount: 0,
    naturalPersonNamesDropped: 0,
    courts: 0,
    durationMs: 0,
  };
  const fail = (e: RowError) => {
    result.errorCount++;
    if (result.errors.length < maxErrors) result.errors.push(e);
  };

  const runner = ds.createQueryRunner();
  await runner.connect();
  // COPY needs the pg client itself: the query runner's own connection, held for the whole import.
  const client = { c: (runner as unknown as { databaseConnection: PoolClient }).databaseConnection };
  // One batch is written (COPY + merge, in PostgreSQL) while the next is parsed and checked (here):
  // `writing` is the batch in flight, awaited before the next one starts on the same connection.
  let writing: Promise<void> = Promise.resolve();
  try {
    await client.c.query(
      `CREATE TEMP TABLE IF NOT EXISTS cases_in (${COLUMNS.split(', ')
        .map((c) => `${c} ${TYPES[c]}`)
        .join(', ')})`,
    );
    let lines: string[] = [];
    const flush = async () => {
      await writing;
      if (!lines.length) return;
      const chunk = lines;
      lines = [];
      writing = write(chunk);
      // A failed write surfaces at the next flush (or the last one); keep it from being unhandled meanwhile.
      writing.catch(() => undefined);
    };
    const write = async (chunk: string[]) => {
      await client.c.query('BEGIN');
      try {
        await client.c.query('SET LOCAL statement_timeout = 0');
        await pipeline(Readable.from(chunk), client.c.query(copyFrom(`COPY cases_in (${COLUMNS}) FROM STDIN`)));
        const [r] = (
          await client.c.query(
            `WITH up AS (
               INSERT INTO cases (${COLUMNS}) SELECT ${COLUMNS} FROM cases_in
               ON CONFLICT (case_number) DO UPDATE SET
                 cause_code = excluded.cause_code, filed_on = excluded.filed_on, closed_on = excluded.closed_on, outcome = excluded.outcome,
                 parties = excluded.parties, party_names = excluded.party_names, amount = excluded.amount, keywords = excluded.keywords, updated_at = now()
               WHERE (cases.cause_code, cases.filed_on, cases.closed_on, cases.outcome, cases.parties, cases.party_names, cases.amount, cases.keywords)
                     IS DISTINCT FROM (excluded.cause_code, excluded.filed_on, excluded.closed_on, excluded.outcome, excluded.parties, excluded.party_names, excluded.amount, excluded.keywords)
               RETURNING (xmax = 0) AS inserted)
             SELECT count(*) FILTER (WHERE inserted)::int AS created, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM up`,
          )
        ).rows;
        await client.c.query('TRUNCATE cases_in');
        await client.c.query('COMMIT');
        result.created += r.created;
        result.updated += r.updated;
        result.unchanged += chunk.length - r.created - r.updated;
        o.onProgress?.(result.rows, result.created + result.updated + result.unchanged);
      } catch (e) {
        await client.c.query('ROLLBACK').catch(() => undefined);
        throw e;
      }
    };

    let cols: (keyof CaseInput | null)[] | null = null;
    let line = 0;
    const csv = parseStream(input.pipe(stripBom()), { headers: false, ignoreEmpty: true, trim: true });
    for await (const cells of csv as AsyncIterable<string[]>) {
      line++;
      if (!cols) {
        cols = columnsOf(cells);
        continue;
      }
      result.rows++;
      const v = validateCase(lineToCase(cols, cells), line, maxYear, o.today);
      if ('errors' in v) {
        v.errors.forEach(fail);
        continue;
      }
      const courtId = courts.get(v.row.parsed.courtCode);
      if (!courtId) {
        fail({ row: line, field: 'caseNumber', message: `法院代字“${v.row.parsed.courtCode}”未在机构目录中登记` });
        continue;
      }
      if (seen.has(v.row.parsed.normalized)) {
        fail({ row: line, field: 'caseNumber', message: '案号在文件中重复' });
        continue;
      }
      seen.add(v.row.parsed.normalized);
      touched.add(courtId);
      result.naturalPersonNamesDropped += v.row.namesDropped;
      lines.push(copyLine({ ...v.row, courtId }));
      if (lines.length >= batchSize) await flush();
    }
    if (!cols) columnsOf([]);
    await flush();
    await writing;
  } finally {
    await writing.catch(() => undefined);
    await runner.release();
  }
  await ds.transaction(async (m) => {
    await m.query('SET LOCAL statement_timeout = 0');
    // The rollups group every case of the touched courts: room to hash them in memory (an operator's run).
    await m.query(`SET LOCAL work_mem = '256MB'`);
    await rebuildCaseRollups(m, [...touched]);
  });
  // A run of this size changes the rollups' statistics at once: the planner learns them now, not at autovacuum's next pass.
  await ds.query(`ANALYZE case_monthly, case_party_monthly, case_area_monthly, case_area_party_monthly`);
  result.courts = touched.size;
  result.durationMs = Date.now() - started;
  return result;
}

const TYPES: Record<string, string> = {
  case_number: 'text',
  year: 'smallint',
  province: 'text',
  court_code: 'text',
  type_word: 'text',
  case_kind: 'text',
  seq: 'integer',
  court_id: 'uuid',
  cause_code: 'text',
  filed_on: 'date',
  closed_on: 'date',
  outcome: 'text',
  parties: 'jsonb',
  party_names: 'text[]',
  amount: 'numeric',
  keywords: 'text[]',
};

/** Drops a UTF-8 byte-order mark at the start of the stream (Excel writes one). */
function stripBom() {
  let first = true;
  return new Transform({
    transform(chunk: Buffer, _enc: string, done: (e: null, c: Buffer) => void) {
      if (first) {
        first = false;
        if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
      }
      done(null, chunk);
    },
  });
}

import { randomUUID } from 'node:crypto';
import { TestApp } from '../harness';

/**
 * Case records with hand-countable figures for the cases e2e tests. Today is 2026-01-15, so leads
 * compare 2025-01..2025-12 with 2024-01..2024-12.
 */
export interface CaseSpec {
  court: string; // 法院代字
  cause: string;
  /** 'YYYY-MM' → how many cases filed on the 5th of that month. */
  months: Record<string, number>;
  party?: string;
  keywords?: string[];
}

let seq = 1000;

/** Case records for `specs`, numbered uniquely, one organisation party (if any) and a natural person without a name. */
export function casesOf(specs: CaseSpec[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const s of specs)
    for (const [month, n] of Object.entries(s.months))
      for (let i = 0; i < n; i++)
        out.push({
          caseNumber: `(${month.slice(0, 4)})${s.court}${s.cause === '行政处罚' ? '行初' : '民初'}${++seq}号`,
          cause: s.cause,
          filedOn: `${month}-05`,
          parties: [...(s.party ? [{ kind: '法人', name: s.party }] : []), { kind: '自然人' }],
          keywords: s.keywords,
        });
  return out;
}

/** `{ '2025-01': n, … }` for every month from `from` to `to` ('YYYY-MM'). */
export function everyMonth(from: string, to: string, n: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (let y = Number(from.slice(0, 4)), m = Number(from.slice(5, 7)); `${y}-${String(m).padStart(2, '0')}` <= to; m === 12 ? (y++, (m = 1)) : m++)
    out[`${y}-${String(m).padStart(2, '0')}`] = n;
  return out;
}

export interface PlantedLetter {
  court: string;
  to: string;
  issuedAt: string;
  evaluation?: string;
  confirmedAt?: string;
  sourceCase?: string;
  cause?: [string, string];
  title?: string;
}

let docSeq = 0;

/** An issued letter written straight into the tables, with its MAIN delivery (and what links it to a 案由). */
export async function plantLetter(t: TestApp, o: PlantedLetter): Promise<string> {
  const org = (code: string) => t.dir.orgs.get(code)!.id;
  const id = randomUUID();
  await t.ds.query(
    `INSERT INTO suggestions (id, court_id, author_id, status, category, title, doc_number, doc_year, doc_seq, issued_at, created_at, updated_at)
     VALUES ($1, $2, $3, 'ISSUED', 'CLASS_CASE', $7, $4, 2024, $6, $5, $5, $5)`,
    [id, org(o.court), t.dir.users.get('lx.judge')!.id, `测试法建〔2024〕${++docSeq}号`, o.issuedAt, docSeq, o.title ?? '关于规范物业服务的司法建议'],
  );
  await t.ds.query(
    `INSERT INTO deliveries (id, suggestion_id, organization_id, kind, status, delivered_at, evaluation_result, evaluated_at, implementation_confirmed_at, created_at, updated_at)
     VALUES ($1, $2, $3, 'MAIN', $4, $5, $6, $7, $7, $5, $5)`,
    [randomUUID(), id, org(o.to), o.confirmedAt ? 'IMPLEMENTED' : 'DELIVERED', o.issuedAt, o.evaluation ?? null, o.confirmedAt ?? null],
  );
  if (o.sourceCase)
    await t.ds.query(
      `INSERT INTO suggestion_source_cases (suggestion_id, position, case_number, year, court_code, type_word, case_kind, seq) VALUES ($1, 1, $2, 2024, '浙0726', '民初', '民事', 1)`,
      [id, o.sourceCase],
    );
  if (o.cause)
    await t.ds.query(`INSERT INTO suggestion_causes (suggestion_id, cause_code, keyword) SELECT $1, code, $3 FROM case_causes WHERE name = $2`, [
      id,
      ...o.cause,
    ]);
  return id;
}

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

import { DataSource } from 'typeorm';

/**
 * One figure of 治理成效: the cases filed at the courts of a region in the months [from, to), of a
 * 案由 (with its sub-causes, see causeRange) under a keyword ('' = every case of the 案由), or of
 * every 案由 (cause null: the control).
 */
export interface ImpactCount {
  region: string;
  from: string;
  to: string;
  cause: { code: string; keyword: string | null } | null;
}

/**
 * The figures of many letters with one statement over the rollups (case_monthly): the 案由 counts
 * read the index per (figure, court); the controls sum the courts' monthly totals, aggregated once
 * for every court and month any control needs. Figures asked twice are counted once.
 * `courts` maps each region to its courts (JurisdictionService.courtsOf). Answers in `counts` order.
 */
export async function countImpact(ds: DataSource, counts: ImpactCount[], courts: Map<string, string[]>): Promise<number[]> {
  const keys = counts.map((c) => `${c.region}|${c.from}|${c.to}|${c.cause ? `${c.cause.code}|${c.cause.keyword ?? ''}` : ''}`);
  const unique = [...new Set(keys)];
  if (!unique.length) return [];
  const first = new Map(keys.map((k, i) => [k, counts[i]] as const));
  const tasks = unique.map((k) => first.get(k)!);
  const regions = [...new Set(tasks.map((t) => t.region))];
  const controls = tasks.filter((t) => !t.cause);
  const controlCourts = [...new Set(controls.flatMap((t) => courts.get(t.region) ?? []))];
  const sorted = (xs: string[]) => [...xs].sort();
  const rows: Array<{ i: number; n: number | null }> = await ds.query(
    `WITH t AS (SELECT * FROM unnest($1::int[], $2::text[], $3::date[], $4::date[], $5::text[], $6::text[]) AS t(i, region, f, u, cause, keyword)),
          rc AS (SELECT * FROM unnest($7::text[], $8::uuid[]) AS rc(region, court_id)),
          tot AS MATERIALIZED (
            SELECT court_id, month, sum(cases) AS n FROM case_monthly
             WHERE keyword = '' AND court_id = ANY($9::uuid[]) AND month >= $10::date AND month < $11::date GROUP BY 1, 2)
     SELECT t.i, sum(tot.n)::int AS n
       FROM t JOIN rc USING (region) JOIN tot ON tot.court_id = rc.court_id AND tot.month >= t.f AND tot.month < t.u
      WHERE t.cause IS NULL GROUP BY t.i
     UNION ALL
     SELECT t.i, sum(x.n)::int
       FROM t JOIN rc USING (region)
      CROSS JOIN LATERAL (
            SELECT sum(m.cases) AS n FROM case_monthly m
             WHERE m.court_id = rc.court_id AND m.keyword = t.keyword AND m.cause_code >= t.cause AND m.cause_code < t.cause || '~'
               AND m.month >= t.f AND m.month < t.u) x
      WHERE t.cause IS NOT NULL GROUP BY t.i`,
    [
      tasks.map((_, i) => i),
      tasks.map((t) => t.region),
      tasks.map((t) => t.from),
      tasks.map((t) => t.to),
      tasks.map((t) => t.cause?.code ?? null),
      tasks.map((t) => t.cause?.keyword ?? ''),
      regions.flatMap((r) => (courts.get(r) ?? []).map(() => r)),
      regions.flatMap((r) => courts.get(r) ?? []),
      controlCourts,
      sorted(controls.map((t) => t.from))[0] ?? '1970-01-01',
      sorted(controls.map((t) => t.to)).at(-1) ?? '1970-01-01',
    ],
  );
  const byTask = new Map(rows.map((r) => [Number(r.i), Number(r.n ?? 0)] as const));
  const byKey = new Map(unique.map((k, i) => [k, byTask.get(i) ?? 0] as const));
  return keys.map((k) => byKey.get(k)!);
}

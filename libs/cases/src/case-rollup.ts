import { EntityManager } from 'typeorm';
import { applyAreaDelta, planAreas, rebuildArea } from './case-area-rollup';

/**
 * The rollups every case figure reads (trends, leads, impact): cases per (court, 案由, keyword,
 * month) — keyword '' counts every case, a keyword row the cases carrying it — and per (court, 案由,
 * organisation party, month). Rebuilt for the courts an import touched, in the import's
 * transaction, so a figure never disagrees with the records; the area rollups over those courts
 * (case-area-rollup.ts) follow in the same transaction.
 */
export async function rebuildCaseRollups(m: EntityManager, courtIds: string[]): Promise<void> {
  if (!courtIds.length) return;
  const areas = await planAreas(m, courtIds);
  await applyAreaDelta(m, areas.delta, courtIds, -1);
  await m.query(`DELETE FROM case_monthly WHERE court_id = ANY($1::uuid[])`, [courtIds]);
  await m.query(
    `INSERT INTO case_monthly (court_id, cause_code, keyword, month, cases)
     SELECT c.court_id, c.cause_code, k.keyword, date_trunc('month', c.filed_on)::date, count(*)
       FROM cases c CROSS JOIN LATERAL unnest(array_prepend(''::text, c.keywords)) AS k(keyword)
      WHERE c.court_id = ANY($1::uuid[])
      GROUP BY 1, 2, 3, 4`,
    [courtIds],
  );
  await m.query(`DELETE FROM case_party_monthly WHERE court_id = ANY($1::uuid[])`, [courtIds]);
  await m.query(
    `INSERT INTO case_party_monthly (court_id, cause_code, party_name, month, cases)
     SELECT c.court_id, c.cause_code, p.name, date_trunc('month', c.filed_on)::date, count(*)
       FROM cases c CROSS JOIN LATERAL unnest(c.party_names) AS p(name)
      WHERE c.court_id = ANY($1::uuid[]) AND cardinality(c.party_names) > 0
      GROUP BY 1, 2, 3, 4`,
    [courtIds],
  );
  await applyAreaDelta(m, areas.delta, courtIds, 1);
  for (const area of areas.full) await rebuildArea(m, area);
}

/** Takes the per-court import locks in one order (two imports of the same court wait for each other, never deadlock). */
export async function lockCourts(m: EntityManager, courtIds: string[]): Promise<void> {
  for (const id of [...courtIds].sort()) await m.query(`SELECT pg_advisory_xact_lock(hashtext('cases:' || $1))`, [id]);
}

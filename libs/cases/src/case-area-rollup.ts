import { EntityManager } from 'typeorm';

/**
 * Area rollups: for each court with courts below it (a 中院, a 高院), the per-court rollups of its
 * whole subtree summed once, so that a trend over a province reads hundreds of rows instead of every
 * court's — and as many at 10 million cases as at 1 million:
 * - `case_area_monthly` (area, keyword, 案由, month): the sum of `case_monthly` over the subtree;
 * - `case_area_party_monthly` (area, 案由, organisation, month): the sum of `case_party_monthly` with
 *   each cause counted under '' (every 案由), its first- and its second-level ancestor.
 * `case_areas.court_ids` records the courts an area's rows sum (sorted). Invariant: an area's rows
 * equal the sum over exactly those courts' rows. A reader uses an area only when the courts it asks
 * for are exactly those (AreaRollups.areaFor); anything else reads the per-court rollups.
 *
 * Kept in the importing transaction: the areas over the touched courts take the change of those
 * courts' rows (minus before, plus after the per-court rebuild); an area whose subtree changed in the
 * directory, or that was never built, is rebuilt whole.
 */
export interface AreaPlan {
  /** Areas whose recorded courts are their subtree today: they take the touched courts' change. */
  delta: string[];
  /** Areas to rebuild whole (new, or their subtree changed), with today's subtree. */
  full: Array<{ id: string; courtIds: string[] }>;
}

/** The areas an import of `touched` courts changes; takes their locks (sorted, after the court locks). */
export async function planAreas(m: EntityManager, touched: string[]): Promise<AreaPlan> {
  const rows: Array<{ id: string; subtree: string[]; stored: string[] | null }> = await m.query(
    `SELECT a.id,
            (SELECT array_agg(s.id ORDER BY s.id) FROM organizations s WHERE s.type = 'COURT' AND s.path LIKE a.path || '%') AS subtree,
            ca.court_ids AS stored
       FROM organizations a LEFT JOIN case_areas ca ON ca.area_id = a.id
      WHERE a.type = 'COURT'
        AND EXISTS (SELECT 1 FROM organizations ch WHERE ch.parent_id = a.id AND ch.type = 'COURT')
        AND (EXISTS (SELECT 1 FROM organizations t WHERE t.id = ANY($1::uuid[]) AND t.path LIKE a.path || '%') OR ca.court_ids && $1::uuid[])
     UNION
     SELECT ca.area_id, ARRAY[]::uuid[], ca.court_ids FROM case_areas ca
      WHERE ca.court_ids && $1::uuid[] AND NOT EXISTS (
            SELECT 1 FROM organizations a WHERE a.id = ca.area_id AND EXISTS (SELECT 1 FROM organizations ch WHERE ch.parent_id = a.id AND ch.type = 'COURT'))
      ORDER BY 1`,
    [touched],
  );
  for (const r of rows) await m.query(`SELECT pg_advisory_xact_lock(hashtext('case-area:' || $1))`, [r.id]);
  const same = (a: string[], b: string[] | null) => !!b && a.length === b.length && a.every((x, i) => x === b[i]);
  return {
    delta: rows.filter((r) => r.subtree.length && same(r.subtree, r.stored)).map((r) => r.id),
    full: rows.filter((r) => !same(r.subtree, r.stored)).map((r) => ({ id: r.id, courtIds: r.subtree })),
  };
}

/** Adds `sign` × the touched courts' per-court rows to the delta areas over them. */
export async function applyAreaDelta(m: EntityManager, areas: string[], touched: string[], sign: 1 | -1): Promise<void> {
  if (!areas.length) return;
  const over = `JOIN case_areas a ON a.area_id = ANY($1::uuid[]) AND r.court_id = ANY(a.court_ids)`;
  await m.query(
    `INSERT INTO case_area_monthly (area_id, keyword, cause_code, month, cases)
     SELECT a.area_id, r.keyword, r.cause_code, r.month, $3 * sum(r.cases) FROM case_monthly r ${over}
      WHERE r.court_id = ANY($2::uuid[]) GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
     ON CONFLICT (area_id, keyword, cause_code, month) DO UPDATE SET cases = case_area_monthly.cases + excluded.cases`,
    [areas, touched, sign],
  );
  await m.query(
    `INSERT INTO case_area_party_monthly (area_id, cause_code, party_name, month, cases)
     SELECT a.area_id, left(r.cause_code, n.len), r.party_name, r.month, $3 * sum(r.cases) FROM case_party_monthly r ${over}
      CROSS JOIN (VALUES (0), (3), (5)) AS n(len)
      WHERE r.court_id = ANY($2::uuid[]) GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
     ON CONFLICT (area_id, cause_code, month, party_name) DO UPDATE SET cases = case_area_party_monthly.cases + excluded.cases`,
    [areas, touched, sign],
  );
  if (sign > 0) {
    await m.query(`DELETE FROM case_area_monthly WHERE area_id = ANY($1::uuid[]) AND cases = 0`, [areas]);
    await m.query(`DELETE FROM case_area_party_monthly WHERE area_id = ANY($1::uuid[]) AND cases = 0`, [areas]);
  }
}

/** Rebuilds an area from its courts' per-court rows (an empty subtree drops the area). */
export async function rebuildArea(m: EntityManager, area: { id: string; courtIds: string[] }): Promise<void> {
  await m.query(`DELETE FROM case_area_monthly WHERE area_id = $1`, [area.id]);
  await m.query(`DELETE FROM case_area_party_monthly WHERE area_id = $1`, [area.id]);
  if (!area.courtIds.length) {
    await m.query(`DELETE FROM case_areas WHERE area_id = $1`, [area.id]);
    return;
  }
  await m.query(
    `INSERT INTO case_area_monthly (area_id, keyword, cause_code, month, cases)
     SELECT $1, keyword, cause_code, month, sum(cases) FROM case_monthly WHERE court_id = ANY($2::uuid[]) GROUP BY 2, 3, 4`,
    [area.id, area.courtIds],
  );
  await m.query(
    `INSERT INTO case_area_party_monthly (area_id, cause_code, party_name, month, cases)
     SELECT $1, left(r.cause_code, n.len), r.party_name, r.month, sum(r.cases) FROM case_party_monthly r CROSS JOIN (VALUES (0), (3), (5)) AS n(len)
      WHERE r.court_id = ANY($2::uuid[]) GROUP BY 2, 3, 4`,
    [area.id, area.courtIds],
  );
  await m.query(
    `INSERT INTO case_areas (area_id, court_ids, built_at) VALUES ($1, $2::uuid[], now())
     ON CONFLICT (area_id) DO UPDATE SET court_ids = excluded.court_ids, built_at = excluded.built_at`,
    [area.id, area.courtIds],
  );
}

/** The area whose rows sum exactly `courtIds`, or null (then the per-court rollups answer). */
export async function areaFor(q: { query: EntityManager['query'] }, courtIds: string[]): Promise<string | null> {
  if (courtIds.length < 2) return null;
  const sorted = [...courtIds].sort();
  const [row] = await q.query(`SELECT area_id FROM case_areas WHERE court_ids = $1::uuid[] LIMIT 1`, [sorted]);
  return row?.area_id ?? null;
}

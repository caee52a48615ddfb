import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';

/** Data for the `impact-ranking` benchmark, on one province (the same courts as the `cases` benchmark's). */

/** 浙 高院, 11 中院 (浙01..浙11, regions 3301..3311), 101 基层 (浙0101.., region 330101..); codes `B-浙…`. */
export async function provinceCourts(ds: DataSource): Promise<{ id: string; code: string }[]> {
  const rows: { id: string; code: string }[] = [];
  const add = async (code: string, name: string, region: string, parent: { id: string; path: string } | null) => {
    const [o] = await ds.query(
      `INSERT INTO organizations (id, type, name, short_name, code, case_code, region_code, parent_id, path) VALUES (gen_random_uuid(), 'COURT', $1, $1, $2, $3, $4, $5, '') RETURNING id`,
      [name, `B-${code}`, code, region, parent?.id ?? null],
    );
    const path = `${parent?.path ?? '/'}${o.id}/`;
    await ds.query(`UPDATE organizations SET path = $2 WHERE id = $1`, [o.id, path]);
    rows.push({ id: o.id, code });
    return { id: o.id as string, path };
  };
  const top = await add('浙', '高院', '330000', null);
  for (let c = 1; c <= 11; c++) {
    const cc = String(c).padStart(2, '0');
    const mid = await add(`浙${cc}`, `中院${cc}`, `33${cc}00`, top);
    for (let k = 1; k <= (c === 1 ? 11 : 9); k++)
      await add(`浙${cc}${String(k).padStart(2, '0')}`, `基层${cc}${k}`, `33${cc}${String(k).padStart(2, '0')}`, mid);
  }
  return rows;
}

/** The 200 causes cases are filed under (a fixed spread over the civil catalogue's third level and below). */
const CAUSES_SQL = `SELECT code FROM case_causes WHERE kind = 'CIVIL' AND level >= 3 ORDER BY hashtext(code), code LIMIT 200`;

/**
 * `n` cases filed 2023-01-01..2025-12-31 at every court of the province, skewed towards the first
 * causes, 5% with the keyword 充电桩 and 2% with 预付卡; set-based on the server (per-row hashes,
 * no data through the client). The caller rebuilds the rollups as the import does.
 */
export async function generateCases(m: EntityManager, n: number): Promise<void> {
  await m.query(`CREATE OR REPLACE FUNCTION pg_temp.h(a int, b int) RETURNS float8 LANGUAGE sql IMMUTABLE AS
    'SELECT (hashint8(a::bigint * 1000003 + b) & 2147483647)::float8 / 2147483648.0'`);
  await m.query(
    `WITH ct AS (SELECT array_agg(id ORDER BY case_code) AS ids, array_agg(case_code ORDER BY case_code) AS codes
                   FROM organizations WHERE type = 'COURT' AND code LIKE 'B-%'),
          cz AS (SELECT array_agg(code) AS codes FROM (${CAUSES_SQL}) x)
     INSERT INTO cases (case_number, year, province, court_code, type_word, case_kind, seq, court_id, cause_code, filed_on, parties, party_names, keywords)
     SELECT '（' || z.y || '）' || ct.codes[x.k] || '民初' || g || '号', z.y, '浙', ct.codes[x.k], '民初', '民事', g, ct.ids[x.k],
            cz.codes[1 + floor(pg_temp.h(g, 2) * pg_temp.h(g, 3) * cardinality(cz.codes))::int], x.d, '[{"kind":"自然人"}]', '{}', z.kw
       FROM generate_series(1, $1::int) AS g CROSS JOIN ct CROSS JOIN cz
      CROSS JOIN LATERAL (SELECT 1 + floor(pg_temp.h(g, 1) * cardinality(ct.ids))::int AS k, date '2023-01-01' + floor(pg_temp.h(g, 4) * 1095)::int AS d,
                                 pg_temp.h(g, 5) AS r) x
      CROSS JOIN LATERAL (SELECT extract(year FROM x.d)::int AS y,
                                 CASE WHEN x.r < 0.05 THEN ARRAY['充电桩'] WHEN x.r < 0.07 THEN ARRAY['预付卡'] ELSE '{}'::text[] END AS kw) z`,
    [n],
  );
}

/** Deterministic pseudo-random numbers in [0, 1). */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const DAY = 86_400_000;

/**
 * Two agencies per court's region (`B-A-<region>-1|2`), the 人大 of city 3301 (`B-P-330100`), an author
 * per court and `n` letters issued 2024-01..2025-10, 80% by 基层, 15% by 中院, 5% by the 高院, to
 * the first agency of the court's region (3 in 10 also to the second, which did not adopt). One in
 * 13 is not adopted; of the adopted, 15% are not confirmed yet, the rest 30–330 days after issue
 * (not yet when that is after `today`). 65% link their 案由 at drafting (a quarter of them the
 * parent 案由, 15% with a keyword, some two), 25% only through two source 案号, 10% not at all.
 */
export async function generateLetters(ds: DataSource, n: number, today: string): Promise<void> {
  await ds.query(
    `INSERT INTO organizations (id, type, name, short_name, code, region_code, parent_id, path)
     SELECT gen_random_uuid(), 'AGENCY', c.region_code || (ARRAY['住房和城乡建设局','市场监督管理局'])[k], c.region_code || (ARRAY['住建局','市场监管局'])[k],
            'B-A-' || c.region_code || '-' || k, c.region_code, NULL, ''
       FROM organizations c CROSS JOIN generate_series(1, 2) k WHERE c.type = 'COURT' AND c.code LIKE 'B-%';
     INSERT INTO organizations (id, type, name, short_name, code, region_code, parent_id, path)
     VALUES (gen_random_uuid(), 'CONGRESS', '第一市人大常委会', '第一市人大', 'B-P-330100', '330100', NULL, '');
     UPDATE organizations SET path = '/' || id || '/' WHERE code LIKE 'B-A-%' OR code LIKE 'B-P-%';
     INSERT INTO users (organization_id, username, display_name, roles, password_hash)
     SELECT id, 'bench.author.' || region_code, '基准测试管理员', '{COURT_ADMIN}', 'x' FROM organizations WHERE type = 'COURT' AND code LIKE 'B-%'`,
  );
  const courts: Array<{ id: string; region_code: string; case_code: string; author: string; a1: string; a2: string }> = await ds.query(
    `SELECT c.id, c.region_code, c.case_code, u.id AS author, a1.id AS a1, a2.id AS a2
       FROM organizations c JOIN users u ON u.organization_id = c.id
       JOIN organizations a1 ON a1.code = 'B-A-' || c.region_code || '-1' JOIN organizations a2 ON a2.code = 'B-A-' || c.region_code || '-2'
      WHERE c.type = 'COURT' AND c.code LIKE 'B-%' ORDER BY c.case_code`,
  );
  const level = (len: number) => courts.filter((c) => c.case_code.length === len);
  const [high, mids, counties] = [level(1), level(3), level(5)];
  const causes: Array<{ code: string; parent_code: string | null }> = await ds.query(
    `SELECT c.code, c.parent_code FROM (${CAUSES_SQL}) x JOIN case_causes c ON c.code = x.code ORDER BY hashtext(c.code), c.code`,
  );
  const [{ max }] = await ds.query(`SELECT max(id)::int AS max FROM cases`);
  const rand = rng(11);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const start = Date.parse('2024-01-05T02:00:00Z');
  const end = Date.parse(`${today}T00:00:00Z`);
  for (let i = 1; i <= n; i++) {
    const r = rand();
    const court = r < 0.8 ? pick(counties) : r < 0.95 ? pick(mids) : high[0];
    const issued = new Date(start + Math.floor(rand() * 665) * DAY);
    const adopted = i % 13 !== 0;
    const confirmedAt = issued.getTime() + (30 + Math.floor(rand() * 300)) * DAY;
    const confirmed = adopted && rand() >= 0.15 && confirmedAt < end ? new Date(confirmedAt) : null;
    const id = randomUUID();
    await ds.query(
      `INSERT INTO suggestions (id, court_id, author_id, status, category, title, doc_number, doc_year, doc_seq, issued_at, created_at, updated_at)
       VALUES ($1, $2, $3, 'ISSUED', 'CLASS_CASE', $4, $5, $6, $7, $8, $8, $8)`,
      [id, court.id, court.author, `关于第${i}号类案问题的司法建议`, `浙法建〔${issued.getUTCFullYear()}〕${i}号`, issued.getUTCFullYear(), i, issued],
    );
    const delivery = (org: string, result: string, confirmedOn: Date | null) =>
      ds.query(
        `INSERT INTO deliveries (id, suggestion_id, organization_id, kind, status, delivered_at, evaluation_result, evaluated_at, implementation_confirmed_at, created_at, updated_at, court_id)
         VALUES ($1, $2, $3, 'MAIN', $4, $5, $6, $7, $8, $5, $5, $9)`,
        [
          randomUUID(),
          id,
          org,
          result === 'NOT_ADOPTED' ? 'NOT_ADOPTED' : confirmedOn ? 'IMPLEMENTED' : 'IMPLEMENTING',
          issued,
          result,
          new Date(issued.getTime() + 40 * DAY),
          confirmedOn,
          court.id,
        ],
      );
    await delivery(court.a1, adopted ? (rand() < 0.7 ? 'ADOPTED' : 'PARTIALLY_ADOPTED') : 'NOT_ADOPTED', confirmed);
    if (rand() < 0.3) await delivery(court.a2, 'NOT_ADOPTED', null);
    const link = rand();
    if (link < 0.65) {
      const linked = new Set<string>();
      for (let k = 0; k < (rand() < 0.2 ? 2 : 1); k++) {
        const cause = causes[Math.floor(rand() * rand() * causes.length)];
        linked.add(`${rand() < 0.25 && cause.parent_code ? cause.parent_code : cause.code}|${rand() < 0.15 ? '充电桩' : ''}`);
      }
      for (const key of linked) {
        const [code, keyword] = key.split('|');
        await ds.query(`INSERT INTO suggestion_causes (suggestion_id, cause_code, keyword) VALUES ($1, $2, $3)`, [id, code, keyword]);
      }
    } else if (link < 0.9) {
      const source: Array<{ case_number: string; year: number; seq: number }> = await ds.query(
        `SELECT case_number, year, seq FROM cases WHERE court_id = $1 AND id >= $2 ORDER BY id LIMIT 2`,
        [court.id, 1 + Math.floor(rand() * max * 0.9)],
      );
      for (const [k, s] of source.entries())
        await ds.query(
          `INSERT INTO suggestion_source_cases (suggestion_id, position, case_number, year, court_code, type_word, case_kind, seq) VALUES ($1, $2, $3, $4, $5, '民初', '民事', $6)`,
          [id, k + 1, s.case_number, s.year, court.case_code, s.seq],
        );
    }
  }
}

import { Client } from 'pg';
import { ensureDatabase, loadConfig, runMigrations, withDatabase } from '@app/core';
import { SCHEMA } from '@app/schema';

/**
 * National-scale data for benchmarks: 31 provinces × 10 cities × 10 counties = 3,441 courts
 * (高院 → 中院 → 基层), ~30,000 agencies (9 per county, 7 per city, county bureaus under their city
 * bureau), a 人大 with one supervisor per province, `letters` letters issued 2023-01..2025-12 with 4 MAIN deliveries + 1 COPY (to the
 * first recipient's superior) each, replies with per-item stances, evaluations and follow-ups.
 * Generated set-based on the server (INSERT … SELECT generate_series — COPY-class throughput
 * without shipping rows through the client; pg-copy-streams is not a dependency), triggers and FK
 * checks off while loading (session_replication_role = replica), so search documents are not built
 * and the letter's court is copied onto each delivery here (deliveries.court_id, letter_internal).
 * Skips the work when the database already holds the same size (bench_meta).
 */
export interface GeneratedData {
  url: string;
  letters: number;
  deliveries: number;
  generatedMs: number;
  reused: boolean;
}

export async function ensureNationalData(baseUrl: string, dbName: string, letters: number, log: (s: string) => void): Promise<GeneratedData> {
  const url = withDatabase(baseUrl, dbName);
  await ensureDatabase(url);
  await runMigrations(loadConfig({ APP_ENV: 'test', DATABASE_URL: url }), SCHEMA, url);
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`CREATE TABLE IF NOT EXISTS bench_meta (id int PRIMARY KEY, letters int NOT NULL, deliveries bigint NOT NULL, generated_ms int NOT NULL)`);
    const { rows } = await c.query(`SELECT letters, deliveries, generated_ms FROM bench_meta WHERE id = 1`);
    if (rows[0] && Number(rows[0].letters) === letters) {
      await ensureSupervisors(c);
      return { url, letters, deliveries: Number(rows[0].deliveries), generatedMs: rows[0].generated_ms, reused: true };
    }
    const started = Date.now();
    const step = async (label: string, sql: string) => {
      const t = Date.now();
      await c.query(sql);
      log(`  ${label} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    };
    await c.query(`SET session_replication_role = replica; SET synchronous_commit = off; SET work_mem = '256MB'; SET maintenance_work_mem = '512MB'`);
    await step(
      'clear',
      `TRUNCATE delivery_replies, deliveries, suggestion_items, suggestion_recipients, suggestions, stats_daily, stats_scope_monthly, stats_refresh_state, search_documents CASCADE;
      DELETE FROM users WHERE username LIKE 'bench.%'; DELETE FROM organizations WHERE code LIKE 'B-%'`,
    );
    // Deterministic per-row pseudo-random numbers in [0, 1) (random() in a LATERAL without outer
    // references would be evaluated once for all rows).
    await c.query(`CREATE OR REPLACE FUNCTION pg_temp.h(a int, b int, c int) RETURNS float8 LANGUAGE sql IMMUTABLE AS
      'SELECT (hashint8((a::bigint * 1000003 + b * 101 + c)) & 2147483647)::float8 / 2147483648.0'`);
    await step(
      'courts',
      `
      INSERT INTO organizations (id, type, name, short_name, code, region_code, parent_id, path)
      SELECT gen_random_uuid(), 'COURT', p || '高院', p || '高院', 'B-C-' || p || '0000', p || '0000', NULL, '' FROM (SELECT (10 + g)::text AS p FROM generate_series(1, 31) g) x;
      INSERT INTO organizations (id, type, name, short_name, code, region_code, parent_id, path)
      SELECT gen_random_uuid(), 'COURT', pc || '中院', pc || '中院', 'B-C-' || pc || '00', pc || '00', h.id, ''
        FROM organizations h CROSS JOIN LATERAL (SELECT left(h.region_code, 2) || lpad(g::text, 2, '0') AS pc FROM generate_series(1, 10) g) x
       WHERE h.code LIKE 'B-C-__0000';
      INSERT INTO organizations (id, type, name, short_name, code, region_code, parent_id, path)
      SELECT gen_random_uuid(), 'COURT', r || '法院', r || '法院', 'B-C-' || r, r, m.id, ''
        FROM organizations m CROSS JOIN LATERAL (SELECT left(m.region_code, 4) || lpad((g + 80)::text, 2, '0') AS r FROM generate_series(1, 10) g) x
       WHERE m.code ~ '^B-C-[0-9]{4}00$' AND m.code !~ '0000$';
      UPDATE organizations SET path = '/' || id || '/' WHERE code LIKE 'B-C-__0000';
      UPDATE organizations o SET path = p.path || o.id || '/' FROM organizations p WHERE o.parent_id = p.id AND p.code LIKE 'B-C-__0000';
      UPDATE organizations o SET path = p.path || o.id || '/' FROM organizations p WHERE o.parent_id = p.id AND p.code ~ '^B-C-[0-9]{4}00$' AND p.code !~ '0000$'`,
    );
    await step(
      'agencies',
      `
      INSERT INTO organizations (id, type, name, short_name, code, region_code, parent_id, path)
      SELECT gen_random_uuid(), 'AGENCY', m.region_code || '局' || k, m.region_code || '局' || k, 'B-A-' || m.region_code || '-' || k, m.region_code, NULL, ''
        FROM organizations m CROSS JOIN generate_series(1, 7) k WHERE m.code ~ '^B-C-[0-9]{4}00$' AND m.code !~ '0000$';
      INSERT INTO organizations (id, type, name, short_name, code, region_code, parent_id, path)
      SELECT gen_random_uuid(), 'AGENCY', b.region_code || '局' || k, b.region_code || '局' || k, 'B-A-' || b.region_code || '-' || k, b.region_code,
             city.id, ''
        FROM organizations b CROSS JOIN generate_series(1, 9) k
        JOIN organizations city ON city.code = 'B-A-' || left(b.region_code, 4) || '00-' || (1 + (k - 1) % 7)
       WHERE b.code ~ '^B-C-[0-9]{6}$' AND b.code !~ '00$';
      UPDATE organizations SET path = '/' || id || '/' WHERE code LIKE 'B-A-%';
      INSERT INTO users (organization_id, username, display_name, roles, password_hash)
      SELECT id, 'bench.admin.' || region_code, '基准测试管理员', '{COURT_ADMIN}', 'x' FROM organizations WHERE code LIKE 'B-C-%';
      CREATE TEMP TABLE court_pool AS
      WITH courts AS (
        SELECT c.id, CASE WHEN c.region_code LIKE '%0000' THEN left(c.region_code, 2) WHEN c.region_code LIKE '%00' THEN left(c.region_code, 4) ELSE c.region_code END AS pref
          FROM organizations c WHERE c.code LIKE 'B-C-%'),
      ag AS (SELECT id, code, region_code FROM organizations WHERE code LIKE 'B-A-%'),
      pool AS (
        SELECT c.id AS court_id, array_agg(a.id ORDER BY a.code) AS agencies FROM courts c JOIN ag a ON left(a.region_code, 2) = c.pref GROUP BY c.id
        UNION ALL
        SELECT c.id, array_agg(a.id ORDER BY a.code) FROM courts c JOIN ag a ON left(a.region_code, 4) = c.pref GROUP BY c.id
        UNION ALL
        SELECT c.id, array_agg(a.id ORDER BY a.code) FROM courts c JOIN ag a ON a.region_code = c.pref GROUP BY c.id)
      SELECT row_number() OVER (ORDER BY p.court_id) AS n, p.court_id, p.agencies, u.id AS author
        FROM pool p JOIN users u ON u.organization_id = p.court_id`,
    );
    await step(
      `${letters} letters`,
      `
      INSERT INTO suggestions (id, court_id, author_id, status, category, domain, major, title, background, doc_number, doc_year, doc_seq, issued_at, created_at, updated_at)
      SELECT gen_random_uuid(), cp.court_id, cp.author, 'ISSUED', (ARRAY['INDIVIDUAL_CASE','CLASS_CASE','GOVERNANCE','WHITE_PAPER'])[1 + (g % 4)],
             (ARRAY['物业管理','消费者权益','交通运输','食品安全','劳动保障','生态环境','金融监管','城市管理','教育','医疗'])[1 + (g % 10)],
             g % 20 = 0, '关于第' || g || '号问题的司法建议', '', 'B' || g, 2023 + (g % 3), g, t.issued, t.issued, t.issued
        FROM generate_series(1, ${letters}) g
        JOIN court_pool cp ON cp.n = 1 + (hashint4(g) & 2147483647) % (SELECT count(*) FROM court_pool)
        CROSS JOIN LATERAL (SELECT timestamptz '2023-01-01 09:00+08' + ((hashint4(g * 7) & 2147483647) % (1095 * 24)) * interval '1 hour' AS issued) t`,
    );
    await step(
      'deliveries',
      `
      INSERT INTO deliveries (id, suggestion_id, organization_id, kind, status, delivered_at, sign_due_date, signed_at, reply_due_date, replied_at,
                              evaluation_result, evaluated_at, follow_up_date, implementation_status, implementation_confirmed_at, created_at, updated_at, read_at,
                              court_id, letter_internal)
      SELECT gen_random_uuid(), s.id, x.org, x.kind,
             CASE WHEN x.kind = 'COPY' THEN 'READ' WHEN NOT x.signed THEN 'DELIVERED' WHEN NOT x.replied THEN 'SIGNED' WHEN x.eval IS NULL THEN 'REPLIED'
                  WHEN x.eval = 'NOT_ADOPTED' THEN 'NOT_ADOPTED' WHEN x.impl THEN 'IMPLEMENTED' ELSE 'IMPLEMENTING' END,
             s.issued_at, (s.issued_at + interval '3 days')::date,
             CASE WHEN x.signed THEN s.issued_at + x.sign_h * interval '1 hour' END,
             (s.issued_at + interval '63 days')::date,
             CASE WHEN x.replied THEN s.issued_at + x.reply_d * interval '1 day' END,
             x.eval, CASE WHEN x.eval IS NOT NULL THEN s.issued_at + (x.reply_d + 10) * interval '1 day' END,
             CASE WHEN x.eval IN ('ADOPTED','PARTIALLY_ADOPTED') THEN (s.issued_at + (x.reply_d + 100) * interval '1 day')::date END,
             CASE WHEN x.impl THEN 'IMPLEMENTED' END, CASE WHEN x.impl THEN s.issued_at + (x.reply_d + 90) * interval '1 day' END,
             s.issued_at, s.issued_at, CASE WHEN x.kind = 'COPY' THEN s.issued_at END,
             s.court_id, false
        FROM suggestions s JOIN court_pool cp ON cp.court_id = s.court_id
        CROSS JOIN LATERAL (
          SELECT k, CASE WHEN k = 5 THEN coalesce(p.parent_id, p.id) ELSE cp.agencies[1 + ((s.doc_seq + k) % cardinality(cp.agencies))] END AS org,
                 CASE WHEN k = 5 THEN 'COPY' ELSE 'MAIN' END AS kind,
                 r1 < 0.95 AS signed, (r2 * r2 * 96)::numeric(8,2) AS sign_h, r1 < 0.95 AND r3 < 0.85 AS replied, (5 + r4 * 75)::int AS reply_d,
                 CASE WHEN r1 < 0.95 AND r3 < 0.85 AND r5 < 0.8 THEN CASE WHEN r6 < 0.7 THEN 'ADOPTED' WHEN r6 < 0.9 THEN 'PARTIALLY_ADOPTED' ELSE 'NOT_ADOPTED' END END AS eval,
                 r1 < 0.95 AND r3 < 0.85 AND r5 < 0.8 AND r6 < 0.9 AND r7 < 0.8 AS impl
            FROM generate_series(1, 5) k
            JOIN organizations p ON p.id = cp.agencies[1 + ((s.doc_seq + 1) % cardinality(cp.agencies))]
            CROSS JOIN LATERAL (SELECT pg_temp.h(s.doc_seq, k, 1) r1, pg_temp.h(s.doc_seq, k, 2) r2, pg_temp.h(s.doc_seq, k, 3) r3, pg_temp.h(s.doc_seq, k, 4) r4, pg_temp.h(s.doc_seq, k, 5) r5, pg_temp.h(s.doc_seq, k, 6) r6, pg_temp.h(s.doc_seq, k, 7) r7) r) x`,
    );
    await step(
      'replies',
      `
      INSERT INTO delivery_replies (delivery_id, status, content, items, written_at, submitted_at)
      SELECT d.id, 'SUBMITTED', '已整改', jsonb_build_array(jsonb_build_object('index', 1, 'stance', CASE WHEN d.evaluation_result = 'NOT_ADOPTED' THEN 'DECLINE' ELSE 'ADOPT' END),
                                                  jsonb_build_object('index', 2, 'stance', CASE WHEN d.evaluation_result = 'ADOPTED' THEN 'ADOPT' ELSE 'PARTIAL' END)),
             d.replied_at, d.replied_at
        FROM deliveries d WHERE d.replied_at IS NOT NULL`,
    );
    await c.query(`SET session_replication_role = origin`);
    await ensureSupervisors(c);
    await step('analyze', `ANALYZE`);
    const { rows: n } = await c.query(`SELECT count(*)::bigint AS n FROM deliveries`);
    const ms = Date.now() - started;
    await c.query(
      `INSERT INTO bench_meta (id, letters, deliveries, generated_ms) VALUES (1, $1, $2, $3) ON CONFLICT (id) DO UPDATE SET letters = $1, deliveries = $2, generated_ms = $3`,
      [letters, n[0].n, ms],
    );
    return { url, letters, deliveries: Number(n[0].n), generatedMs: ms, reused: false };
  } finally {
    await c.end();
  }
}

/**
 * The 人大 of each province (`B-P-<region>`, CONGRESS, region = the province) with one SUPERVISOR
 * (`bench.supervisor.<region>`): they see the letters of every court in the province by region.
 * Idempotent, so a data set generated before they existed gains them on its next use.
 */
async function ensureSupervisors(c: Client): Promise<void> {
  await c.query(`
    INSERT INTO organizations (id, type, name, short_name, code, region_code, parent_id, path)
    SELECT gen_random_uuid(), 'CONGRESS', h.region_code || '人大常委会', h.region_code || '人大', 'B-P-' || h.region_code, h.region_code, NULL, ''
      FROM organizations h WHERE h.code LIKE 'B-C-__0000' AND NOT EXISTS (SELECT 1 FROM organizations p WHERE p.code = 'B-P-' || h.region_code);
    UPDATE organizations SET path = '/' || id || '/' WHERE code LIKE 'B-P-%' AND path = ''`);
  await c.query(`
    INSERT INTO users (organization_id, username, display_name, roles, password_hash)
    SELECT p.id, 'bench.supervisor.' || p.region_code, '基准测试监督员', '{SUPERVISOR}', 'x'
      FROM organizations p WHERE p.code LIKE 'B-P-%' AND NOT EXISTS (SELECT 1 FROM users u WHERE u.username = 'bench.supervisor.' || p.region_code)`);
}

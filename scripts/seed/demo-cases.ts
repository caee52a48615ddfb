import { AuditService, SYSTEM_ACTOR } from '@app/audit';
import { LeadDetectionService, rebuildCaseRollups } from '@app/cases';
import { AppConfig, SystemClock } from '@app/core';
import { Role } from '@app/identity';
import { DataSource, EntityManager } from 'typeorm';
import { DEMO_ORGANIZATIONS, DemoUser } from './demo-directory.data';
import { seedDirectory } from './seed-directory';

/** People of 浦江, whose court wrote the planted letter on property services. */
const CASE_USERS: DemoUser[] = [
  { username: 'pj.judge', displayName: '林承办(浦江法院民一庭)', org: 'COURT-330726', roles: [Role.JUDGE], division: '民一庭' },
  { username: 'pj.admin', displayName: '郭研究室(浦江法院)', org: 'COURT-330726', roles: [Role.COURT_ADMIN] },
  { username: 'pjzjj.clerk', displayName: '邵经办(浦江县住建局)', org: 'AG-330726-ZJJ', roles: [Role.AGENCY_CLERK] },
];

/** One line of the plan: `n` cases of a court, cause (and keyword, party) filed in month `off` (−36 … −1 from this month). */
interface PlanRow {
  code: string;
  cause: string;
  off: number;
  n: number;
  kw?: string;
  party?: string;
}

const BASE_COURTS: [string, number][] = [
  ['浙0781', 0.8],
  ['浙0782', 2],
  ['浙0727', 0.4],
  ['浙0726', 0.7],
  ['浙0783', 1.2],
  ['浙0784', 1],
  ['浙0723', 0.5],
  ['浙0702', 1.1],
  ['浙0703', 0.7],
  ['浙07', 0.3],
];
/** Background causes and their monthly base: flat year on year (a ±1 wobble every three months), so they never make a lead. */
const FLAT: [string, number][] = [
  ['民间借贷纠纷', 30],
  ['买卖合同纠纷', 20],
  ['离婚纠纷', 15],
  ['机动车交通事故责任纠纷', 12],
  ['金融借款合同纠纷', 10],
  ['追索劳动报酬纠纷', 8],
  ['信用卡纠纷', 8],
  ['房屋租赁合同纠纷', 6],
];

/**
 * Synthetic case records for the 金华 courts (three years up to last month, ~40,000 cases, no
 * names) with the stories the leads and the impact figures tell:
 * - 电动汽车充电桩 disputes (供用电合同纠纷 with the keyword 充电桩) rising across 金华 (6 → 9 → 27 a
 *   year): a lead for 金华中院 to 金华市发改委;
 * - 物业服务合同纠纷 in 浦江 rising for 18 months, then falling after a letter of 浦江法院 adopted by
 *   浦江县住建局 (its 治理成效); in 兰溪 rising by half (a lead, already answered by 兰溪's letter);
 * - every other cause flat, so it produces no lead.
 * Generated on the server (INSERT … SELECT generate_series) in about a second. Idempotent: does
 * nothing when case records exist.
 */
export async function seedDemoCases(ds: DataSource, audit: AuditService, config: AppConfig): Promise<string> {
  const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM cases`);
  if (n > 0) return `demo cases: ${n} already present, left as they are`;
  const dir = await seedDirectory(ds, audit, config.demoPassword, DEMO_ORGANIZATIONS, CASE_USERS);
  const plan: PlanRow[] = [];
  for (let off = -36; off <= -1; off++) {
    const wobble = (((off % 3) + 3) % 3) - 1;
    for (const [code, scale] of BASE_COURTS)
      for (const [cause, base] of FLAT) plan.push({ code, cause, off, n: Math.max(0, Math.round(base * scale) + wobble) });
    // 浦江 物业: rising to the letter (issued in month −18), falling after its implementation (confirmed in −15).
    const pj = off < -18 ? 10 + Math.round(((off + 36) * 15) / 17) : 22 - Math.round(((off + 18) * 10) / 17);
    plan.push({ code: '浙0726', cause: '物业服务合同纠纷', off, n: Math.ceil(pj / 2), party: '浦江某物业服务有限公司' });
    plan.push({ code: '浙0726', cause: '物业服务合同纠纷', off, n: Math.floor(pj / 2) });
    // 兰溪 物业: 2 a month, then 3 a month in the last year (+50%).
    plan.push({ code: '浙0781', cause: '物业服务合同纠纷', off, n: off >= -12 ? 3 : off >= -24 ? 2 : 2 });
  }
  // EV chargers: 6, 9 and 27 cases in the three years, spread over four courts.
  const ev: [number, number][] = [
    [-36, 6],
    [-24, 9],
    [-12, 27],
  ];
  const evCourts = ['浙0702', '浙0703', '浙0781', '浙0782'];
  for (const [start, total] of ev)
    for (let i = 0; i < total; i++)
      plan.push({
        code: evCourts[i % 4],
        cause: '供用电合同纠纷',
        off: start + ((i * 5) % 12),
        n: 1,
        kw: '充电桩',
        party: i % 3 === 0 ? '金华某充电科技有限公司' : undefined,
      });

  const started = Date.now();
  const created = await ds.transaction(async (m) => {
    await m.query(`SET LOCAL statement_timeout = 0`);
    const [{ n: inserted }] = await m.query(
      `WITH plan AS (
         SELECT p.*, o.id AS court_id, cc.code AS cause_code,
                (date_trunc('month', current_date) + make_interval(months => p.off))::date AS month
           FROM jsonb_to_recordset($1::jsonb) AS p(code text, cause text, off int, n int, kw text, party text)
           JOIN organizations o ON o.case_code = p.code
           JOIN LATERAL (SELECT code FROM case_causes WHERE name = p.cause ORDER BY level DESC LIMIT 1) cc ON true),
       one AS (
         SELECT plan.*, g.i, (plan.month + ((g.i * 7 + length(plan.cause)) % 28))::date AS filed_on
           FROM plan CROSS JOIN LATERAL generate_series(1, plan.n) AS g(i)),
       numbered AS (
         SELECT one.*, CASE WHEN code = '浙07' THEN '民终' ELSE '民初' END AS type_word,
                10000 + row_number() OVER (PARTITION BY code, extract(year FROM filed_on) ORDER BY filed_on, cause, i) AS seq
           FROM one),
       ins AS (
         INSERT INTO cases (case_number, year, province, court_code, type_word, case_kind, seq, court_id, cause_code, filed_on, closed_on, outcome, parties, party_names, amount, keywords)
         SELECT '（' || extract(year FROM filed_on) || '）' || code || type_word || seq || '号', extract(year FROM filed_on), '浙', code, type_word, '民事', seq,
                court_id, cause_code, filed_on,
                CASE WHEN filed_on < current_date - 90 THEN filed_on + 30 + (seq % 60)::int END,
                CASE WHEN filed_on < current_date - 90 THEN (ARRAY['判决','调解','撤诉','驳回起诉'])[1 + seq % 4] END,
                CASE WHEN party IS NULL THEN '[{"kind":"自然人"},{"kind":"自然人"}]'::jsonb
                     ELSE jsonb_build_array(jsonb_build_object('kind', '法人', 'name', party), jsonb_build_object('kind', '自然人')) END,
                CASE WHEN party IS NULL THEN '{}'::text[] ELSE ARRAY[party] END,
                (1000 + (seq * 37) % 50000)::numeric,
                CASE WHEN kw IS NULL THEN '{}'::text[] ELSE ARRAY[kw] END
           FROM numbered
         RETURNING 1)
       SELECT count(*)::int AS n FROM ins`,
      [JSON.stringify(plan)],
    );
    // The 案号 of 兰溪's demo letter on property services, as case records: the letter links to them.
    await m.query(
      `INSERT INTO cases (case_number, year, province, court_code, type_word, case_kind, seq, court_id, cause_code, filed_on, parties)
       SELECT x.num, 2024, '浙', '浙0781', '民初', '民事', x.seq, o.id, (SELECT code FROM case_causes WHERE name = '物业服务合同纠纷'), '2024-05-06', '[{"kind":"自然人"}]'
         FROM (VALUES ('（2024）浙0781民初2101号', 2101), ('（2024）浙0781民初2356号', 2356)) AS x(num, seq) JOIN organizations o ON o.case_code = '浙0781'
       ON CONFLICT (case_number) DO NOTHING`,
    );
    const courts: string[] = (await m.query(`SELECT DISTINCT court_id FROM cases`)).map((r: { court_id: string }) => r.court_id);
    await rebuildCaseRollups(m, courts);
    await plantPujiangLetter(m, dir.users.get('pj.judge')!.id, dir.orgs);
    await audit.record(m, SYSTEM_ACTOR, { action: 'demo.seed_cases', entityType: 'system', data: { cases: inserted } });
    return inserted as number;
  });
  const leads = await new LeadDetectionService(ds, new SystemClock(), config).detect(null);
  return `demo cases: ${created} synthetic case records in ${Date.now() - started} ms, ${leads.upserted} class-case leads`;
}

/** 浦江法院's letter to 浦江县住建局 on property services: issued 18 months ago, adopted, implementation confirmed 15 months ago. */
async function plantPujiangLetter(ds: EntityManager, authorId: string, orgs: Map<string, { id: string }>): Promise<void> {
  const court = orgs.get('COURT-330726')!.id;
  const agency = orgs.get('AG-330726-ZJJ')!.id;
  const [{ issued, confirmed, year }] = await ds.query(
    `SELECT (date_trunc('month', current_date) - interval '18 months' + interval '9 days 10 hours')::timestamptz AS issued,
            (date_trunc('month', current_date) - interval '15 months' + interval '19 days 10 hours')::timestamptz AS confirmed,
            extract(year FROM date_trunc('month', current_date) - interval '18 months')::int AS year`,
  );
  const [{ id }] = await ds.query(
    `INSERT INTO suggestions (court_id, author_id, division, status, category, domain, title, background, legal_basis, source_cases, doc_number, doc_year, doc_seq,
                              issued_at, closed_at, contact_name, contact_phone, created_at, updated_at)
     VALUES ($1, $2, '民一庭', 'CLOSED', 'CLASS_CASE', '物业管理', '关于加强住宅小区物业服务监管的司法建议',
             '近一年半来，本院受理的物业服务合同纠纷持续上升，多数源于物业服务标准不明、收费不透明和业主委员会履职不到位。', '《中华人民共和国民法典》第九百四十二条',
             $3, $4, $5, 1, $6, $7, '林承办', '0579-84123456', $6, $7)
     RETURNING id`,
    [court, authorId, [], `浦江法建〔${year}〕1号`, year, issued, confirmed],
  );
  await ds.query(`INSERT INTO suggestion_items (suggestion_id, index, problem, recommendation) VALUES ($1, 1, $2, $3), ($1, 2, $4, $5)`, [
    id,
    '物业服务标准和收费公示不到位，业主与物业企业争议频发',
    '制定住宅小区物业服务标准和收费公示规范，并纳入物业企业信用评价',
    '业主委员会组建率低、履职不到位',
    '指导街道、社区推动业主委员会组建和规范运行',
  ]);
  await ds.query(`INSERT INTO suggestion_recipients (suggestion_id, organization_id, kind, position) VALUES ($1, $2, 'MAIN', 1)`, [id, agency]);
  const [{ id: deliveryId }] = await ds.query(
    `INSERT INTO deliveries (suggestion_id, organization_id, kind, status, delivered_at, sign_due_date, signed_at, reply_due_date, replied_at, evaluation_result,
                             evaluation_comment, evaluated_at, implementation_status, implementation_note, implementation_reported_at, implementation_confirmed_at,
                             created_at, updated_at)
     VALUES ($1, $2, 'MAIN', 'IMPLEMENTED', $3::timestamptz, ($3::timestamptz::date + 3), $3::timestamptz + interval '1 day', ($3::timestamptz::date + 60), $3::timestamptz + interval '40 days', 'ADOPTED', '整改措施具体可行',
             $3::timestamptz + interval '45 days', 'IMPLEMENTED', '已出台物业服务标准和收费公示规范', $4::timestamptz - interval '5 days', $4::timestamptz, $3::timestamptz, $4::timestamptz)
     RETURNING id`,
    [id, agency, issued, confirmed],
  );
  await ds.query(
    `INSERT INTO delivery_replies (delivery_id, status, content, measures, items, written_at, submitted_at) VALUES ($1, 'SUBMITTED', $2, $3, $4, $5, $5)`,
    [
      deliveryId,
      '我局已开展住宅小区物业服务专项整治，出台物业服务标准和收费公示规范。',
      '建立物业企业信用评价制度',
      JSON.stringify([
        { index: 1, stance: 'ADOPT', note: '' },
        { index: 2, stance: 'ADOPT', note: '' },
      ]),
      new Date(new Date(issued).getTime() + 40 * 86400000),
    ],
  );
  await ds.query(`INSERT INTO suggestion_causes (suggestion_id, cause_code, keyword) SELECT $1, code, '' FROM case_causes WHERE name = '物业服务合同纠纷'`, [
    id,
  ]);
}

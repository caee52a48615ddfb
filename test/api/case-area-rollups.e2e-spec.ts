import { rebuildCaseRollups } from '@app/cases';
import { createTestApp, TestApp } from '../harness';
import { casesOf } from './cases.fixture';

/**
 * Area rollups: a 中院's and the 高院's areas keep their subtree's figures pre-summed, through
 * imports that add, change and move cases, and trends over a whole area read them — with the same
 * answer the per-court rollups give. A court added under the 中院 makes the area stale until the next
 * import rebuilds it; until then trends read the courts' rows. Checked by skipping the "minus before"
 * pass of the delta: the area then counts a re-filed case twice and the first test fails.
 */
describe('case figures: area rollups', () => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  const as = (u: string) => ({ authorization: `Bearer ${tok[u]}` });
  const id = (code: string) => t.dir.orgs.get(code)!.id;
  const bulk = async (user: string, cases: Record<string, unknown>[]) => {
    const res = await t.http().post('/api/v1/cases/bulk').set(as(user)).send({ cases });
    expect(res.body.errors).toEqual([]);
    return res.body;
  };
  const trends = async (user: string, query: Record<string, string>) => {
    const res = await t
      .http()
      .get('/api/v1/cases/trends')
      .query({ from: '2025-01', to: '2025-12', granularity: 'year', ...query })
      .set(as(user));
    expect(res.status).toBe(200);
    return res.body as { total: number; topParties: Array<{ name: string; cases: number }>; byCause: Array<{ name: string; cases: number }> };
  };
  /** Every area row against the sum of its courts' rows: the invariant, checked in SQL (no row may differ). */
  const areaMismatches = async () =>
    (
      await t.ds.query(`
      WITH want AS (SELECT a.area_id, r.keyword, r.cause_code, r.month, sum(r.cases)::int AS cases
                      FROM case_areas a JOIN case_monthly r ON r.court_id = ANY(a.court_ids) GROUP BY 1, 2, 3, 4),
           have AS (SELECT area_id, keyword, cause_code, month, cases FROM case_area_monthly),
           pwant AS (SELECT a.area_id, left(r.cause_code, n.len) AS cause_code, r.party_name, r.month, sum(r.cases)::int AS cases
                       FROM case_areas a JOIN case_party_monthly r ON r.court_id = ANY(a.court_ids) CROSS JOIN (VALUES (0), (3), (5)) n(len) GROUP BY 1, 2, 3, 4),
           phave AS (SELECT area_id, cause_code, party_name, month, cases FROM case_area_party_monthly)
      SELECT count(*)::int AS n FROM ((SELECT * FROM want EXCEPT SELECT * FROM have) UNION ALL (SELECT * FROM have EXCEPT SELECT * FROM want)) d
      UNION ALL
      SELECT count(*)::int FROM ((SELECT * FROM pwant EXCEPT SELECT * FROM phave) UNION ALL (SELECT * FROM phave EXCEPT SELECT * FROM pwant)) e`)
    ).map((r: { n: number }) => r.n);

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-01-15T02:00:00Z') });
    for (const u of ['jh.admin', 'lx.admin', 'lx.judge', 'jhrd.supervisor', 'admin']) tok[u] = await t.login(u);
    await bulk(
      'jh.admin',
      casesOf([
        { court: '浙0781', cause: '物业服务合同纠纷', months: { '2025-03': 4 }, party: '兰溪某物业服务有限公司' },
        { court: '浙0702', cause: '物业服务合同纠纷', months: { '2025-04': 3 }, party: '兰溪某物业服务有限公司' },
        { court: '浙0702', cause: '民间借贷纠纷', months: { '2025-05': 2 }, party: '某小额贷款有限公司' },
        { court: '浙07', cause: '买卖合同纠纷', months: { '2025-06': 1 }, party: '某小额贷款有限公司' },
      ]),
    );
  });
  afterAll(() => t.close());

  it('the 中院’s area and the 高院’s hold their subtree’s sums through imports that add, re-file and move cases', async () => {
    const jh = id('COURT-330700');
    const areas = await t.ds.query(`SELECT area_id FROM case_areas ORDER BY area_id`);
    expect(areas.map((a: { area_id: string }) => a.area_id)).toEqual([jh, id('COURT-330000')].sort());
    expect(await areaMismatches()).toEqual([0, 0]);
    // Re-filed under another cause, another month and another party; one case more.
    await bulk('lx.admin', [
      { caseNumber: '(2025)浙0781民初1001号', cause: '租赁合同纠纷', filedOn: '2025-07-09', parties: [{ kind: '法人', name: '某租赁有限公司' }] },
      { caseNumber: '(2025)浙0781民初5001号', cause: '物业服务合同纠纷', filedOn: '2025-07-10', parties: [{ kind: '法人', name: '兰溪某物业服务有限公司' }] },
    ]);
    expect(await areaMismatches()).toEqual([0, 0]);
    const [{ n }] = await t.ds.query(`SELECT sum(cases)::int AS n FROM case_area_monthly WHERE area_id = $1 AND keyword = ''`, [jh]);
    expect(n).toBe(4 + 3 + 2 + 1 + 1);
  });

  it('two courts importing at once both land, and the areas over them hold both', async () => {
    const [a, b] = await Promise.all([
      t
        .http()
        .post('/api/v1/cases/bulk')
        .set(as('lx.admin'))
        .send({ cases: casesOf([{ court: '浙0781', cause: '借款合同纠纷', months: { '2025-09': 6 }, party: '某银行股份有限公司' }]) }),
      t
        .http()
        .post('/api/v1/cases/bulk')
        .set(as('jh.admin'))
        .send({ cases: casesOf([{ court: '浙0702', cause: '借款合同纠纷', months: { '2025-09': 4 }, party: '某银行股份有限公司' }]) }),
    ]);
    expect([a.status, a.body.created, b.status, b.body.created]).toEqual([200, 6, 200, 4]);
    expect(await areaMismatches()).toEqual([0, 0]);
    const loans = await trends('jh.admin', { cause: '借款合同纠纷' });
    expect([loans.total, loans.topParties[0]]).toEqual([2 + 10, { name: '某银行股份有限公司', cases: 10 }]);
    await t.ds.query(`DELETE FROM cases WHERE filed_on = '2025-09-05'`);
    await t.ds.transaction((m) => rebuildCaseRollups(m, [id('COURT-330781'), id('COURT-330702')]));
    expect(await areaMismatches()).toEqual([0, 0]);
  });

  it('trends over a whole area read the area and answer what the courts’ rows answer (hand counts)', async () => {
    // 金华中院's subtree in 2025: 物业 3 + 1 (兰溪, one re-filed as 租赁) + 3 (婺城) = 7, 租赁 1, 借贷 2, 买卖 1 (中院)
    // → 合同纠纷 11 (民间借贷纠纷 lies under 借款合同纠纷); organisations: the 物业 company 7, the 小贷 company 2 + 1.
    const all = await trends('jh.admin', { cause: '合同纠纷' });
    expect(all.total).toBe(11);
    expect(all.topParties.slice(0, 3)).toEqual([
      { name: '兰溪某物业服务有限公司', cases: 7 },
      { name: '某小额贷款有限公司', cases: 3 },
      { name: '某租赁有限公司', cases: 1 },
    ]);
    const everything = await trends('jhrd.supervisor', {});
    expect([everything.total, everything.topParties[0]]).toEqual([11, { name: '兰溪某物业服务有限公司', cases: 7 }]);
    // A third-level cause ranks organisations from the courts' rows.
    const property = await trends('jh.admin', { cause: '物业服务合同纠纷' });
    expect([property.total, property.topParties]).toEqual([7, [{ name: '兰溪某物业服务有限公司', cases: 7 }]]);
    const county = await trends('lx.judge', { cause: '合同纠纷' });
    expect([county.total, county.topParties[0]]).toEqual([5, { name: '兰溪某物业服务有限公司', cases: 4 }]);
    // The area's rows are what a whole-area trend reads (a stray 100 there shows), not the courts'.
    const jh = id('COURT-330700');
    const skew = (n: number) =>
      Promise.all([
        t.ds.query(
          `UPDATE case_area_monthly SET cases = cases + $2 WHERE area_id = $1 AND keyword = '' AND month = '2025-07-01' AND cause_code LIKE 'M0401%'`,
          [jh, n],
        ),
        t.ds.query(
          `UPDATE case_area_party_monthly SET cases = cases + $2 WHERE area_id = $1 AND month = '2025-07-01' AND cause_code = 'M0401' AND party_name = '某租赁有限公司'`,
          [jh, n],
        ),
      ]);
    await skew(100);
    const skewed = await trends('jh.admin', { cause: '合同纠纷' });
    expect([skewed.total, skewed.topParties[0]]).toEqual([11 + 200, { name: '某租赁有限公司', cases: 101 }]);
    expect((await trends('jh.admin', { cause: '物业服务合同纠纷' })).topParties).toEqual([{ name: '兰溪某物业服务有限公司', cases: 7 }]);
    expect((await trends('lx.judge', { cause: '合同纠纷' })).total).toBe(5);
    await skew(-100);
  });

  it('a court added under the 中院 makes its area stale: trends read the courts until an import rebuilds the area', async () => {
    const jh = id('COURT-330700');
    const created = await t
      .http()
      .post('/api/v1/organizations')
      .set(as('admin'))
      .send({ type: 'COURT', name: '金华市某某人民法院', shortName: '某某', regionCode: '330791', parentId: jh, emails: ['x@court.test'] });
    expect(created.status).toBe(201);
    const patched = await t.http().patch(`/api/v1/organizations/${created.body.id}`).set(as('admin')).send({ caseCode: '浙0791' });
    expect(patched.status).toBe(200);
    tok['jh.admin'] = await t.login('jh.admin');
    await t.ds.query(`UPDATE case_area_monthly SET cases = cases + 100 WHERE area_id = $1`, [jh]); // were it read, it would show
    expect((await trends('jh.admin', { cause: '合同纠纷' })).total).toBe(11);
    await bulk('jh.admin', [{ caseNumber: '(2025)浙0791民初1号', cause: '物业服务合同纠纷', filedOn: '2025-08-01' }]);
    const [area] = await t.ds.query(`SELECT $2 = ANY(court_ids) AS holds FROM case_areas WHERE area_id = $1`, [jh, created.body.id]);
    expect(area.holds).toBe(true);
    expect(await areaMismatches()).toEqual([0, 0]);
    expect((await trends('jh.admin', { cause: '合同纠纷' })).total).toBe(12);
  });
});

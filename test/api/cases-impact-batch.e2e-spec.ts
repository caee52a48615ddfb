import { createTestApp, TestApp } from '../harness';
import { casesOf, everyMonth, plantLetter } from './cases.fixture';

/**
 * The 治理成效 ranking measures all its letters at once (ImpactService.computeMany, a few statements)
 * and must give each letter the figures its letter page gives (GET /suggestions/:id/impact), which
 * are checked by hand here (today 2026-01-15). The 浦江 data and the two 浦江 letters are those of
 * cases-leads-impact.e2e-spec.ts; the 金华 letter adds a city-wide region (10 courts) and a keyword.
 * Checked to fail once: with the keyword left out of the key that merges equal counts, the 金华
 * letter's 充电桩 count took the whole 供用电合同纠纷 count (before 72, not 48).
 */
describe('governance impact: the ranking and the letter page give the same figures', () => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  const as = (u: string) => ({ authorization: `Bearer ${tok[u]}` });
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-01-15T02:00:00Z') });
    for (const u of ['jhrd.supervisor', 'zj.admin']) tok[u] = await t.login(u);
    const rows = casesOf([
      // 浦江: 物业 2 a month before the letter, 1 a month after; 民间借贷 1 a month throughout.
      { court: '浙0726', cause: '物业服务合同纠纷', months: { ...everyMonth('2023-07', '2024-06', 2), ...everyMonth('2024-10', '2025-09', 1) } },
      { court: '浙0726', cause: '民间借贷纠纷', months: everyMonth('2023-07', '2025-09', 1) },
      // 义乌 and 东阳: EV chargers (充电桩) 3 + 1 a month in 2024, 1 a month in 义乌 from 2025-02; other 供用电 cases 2 a month in 义乌.
      {
        court: '浙0782',
        cause: '供用电合同纠纷',
        months: { ...everyMonth('2024-01', '2024-12', 3), ...everyMonth('2025-02', '2025-12', 1) },
        keywords: ['充电桩'],
      },
      { court: '浙0783', cause: '供用电合同纠纷', months: everyMonth('2024-01', '2024-12', 1), keywords: ['充电桩'] },
      { court: '浙0782', cause: '供用电合同纠纷', months: everyMonth('2024-01', '2025-12', 2) },
    ]);
    const res = await t.http().post('/api/v1/cases/bulk').set(as('zj.admin')).send({ cases: rows });
    expect(res.body.errors).toEqual([]);
    const sourceCase = (
      await t.ds.query(
        `SELECT case_number FROM cases WHERE court_code = '浙0726' AND cause_code = (SELECT code FROM case_causes WHERE name = '物业服务合同纠纷') LIMIT 1`,
      )
    )[0].case_number;
    const pj = { court: 'COURT-330726', to: 'AG-330726-ZJJ' };
    ids.older = await plantLetter(t, { ...pj, issuedAt: '2024-07-10T02:00:00Z', evaluation: 'ADOPTED', confirmedAt: '2024-09-20T02:00:00Z', sourceCase });
    ids.recent = await plantLetter(t, {
      ...pj,
      issuedAt: '2025-03-10T02:00:00Z',
      evaluation: 'ADOPTED',
      confirmedAt: '2025-07-20T02:00:00Z',
      cause: ['物业服务合同纠纷', ''],
    });
    ids.city = await plantLetter(t, {
      court: 'COURT-330700',
      to: 'AG-330700-ZJJ',
      issuedAt: '2025-01-10T02:00:00Z',
      evaluation: 'PARTIALLY_ADOPTED',
      confirmedAt: '2025-03-15T02:00:00Z',
      cause: ['供用电合同纠纷', '充电桩'],
    });
    ids.thisMonth = await plantLetter(t, {
      ...pj,
      issuedAt: '2025-06-10T02:00:00Z',
      evaluation: 'ADOPTED',
      confirmedAt: '2026-01-05T02:00:00Z',
      cause: ['民间借贷纠纷', ''],
    });
    ids.bare = await plantLetter(t, { ...pj, issuedAt: '2025-01-20T02:00:00Z', evaluation: 'ADOPTED' });
  });
  afterAll(() => t.close());

  it('ranks the letters with the figures computed by hand, each equal to its letter page', async () => {
    const res = await t.http().get('/api/v1/stats/impact').set(as('jhrd.supervisor'));
    expect(res.status).toBe(200);
    const all = [...res.body.items, ...res.body.unmeasured];
    // 金华 (10 courts), 充电桩 only: 2024 义乌 36 + 东阳 12 = 48; 2025-04..12 (9 months) 9 → 12 a year, −75%.
    // Control, every case of the 10 courts: 2024 浦江 物业 12 + 3, 借贷 12, 义乌 36 + 24, 东阳 12 = 99;
    // 2025-04..12 浦江 6 + 6, 义乌 9 + 18 = 39 → 52 a year, −47.47%; net −27.53 points.
    const city = all.find((r: { suggestionId: string }) => r.suggestionId === ids.city).impact;
    expect(city).toMatchObject({
      cause: { name: '供用电合同纠纷', keyword: '充电桩' },
      region: { code: '330700', organizationName: '金华市住房和城乡建设局', courts: 10 },
      before: { from: '2024-01-01', to: '2024-12-31', cases: 48 },
      after: { from: '2025-04-01', to: '2025-12-31', months: 9, cases: 9, annualised: 12 },
      change: -0.75,
      control: { before: 99, after: 52, change: -0.4747 },
      netChange: -0.2753,
      note: '实施后仅满9个月，按年化数比较',
    });
    // Confirmed this month: no whole month after yet. Before 2024-06..2025-05: 借贷 12; control 物业 2 + 8, 借贷 12.
    const thisMonth = all.find((r: { suggestionId: string }) => r.suggestionId === ids.thisMonth).impact;
    expect(thisMonth).toMatchObject({
      before: { from: '2024-06-01', to: '2025-05-31', cases: 12 },
      after: { from: '2026-02-01', to: null, months: 0, cases: null },
      control: { before: 22, after: null, change: null },
      netChange: null,
    });
    expect(thisMonth.note).toContain('尚无完整月份');
    // The two 浦江 letters as cases-leads-impact.e2e-spec.ts computed them by hand.
    expect(
      res.body.items.map((r: { rank: number; suggestionId: string; impact: { before: { cases: number }; control: { before: number }; netChange: number } }) => [
        r.rank,
        r.suggestionId,
        r.impact.before.cases,
        r.impact.control.before,
        r.impact.netChange,
      ]),
    ).toEqual([
      [1, ids.city, 48, 99, -0.2753],
      [2, ids.older, 24, 36, -0.1667],
      [3, ids.recent, 13, 25, -0.0154],
    ]);
    expect(res.body.unmeasured.map((r: { suggestionId: string }) => r.suggestionId)).toEqual([ids.thisMonth, ids.bare]);
    // Every letter: the ranking's figure is the letter page's, whoever asks.
    expect(all).toHaveLength(5);
    for (const u of ['jhrd.supervisor', 'zj.admin'])
      for (const r of all) {
        const page = await t.http().get(`/api/v1/suggestions/${r.suggestionId}/impact`).set(as(u));
        expect([r.suggestionId, page.status, page.body]).toEqual([r.suggestionId, 200, r.impact]);
      }
    const province = await t.http().get('/api/v1/stats/impact').set(as('zj.admin'));
    expect(province.body.items).toEqual(res.body.items);
  });
});

import { createTestApp, TEST_PASSWORD, TestApp } from '../harness';
import { StatsRefreshService } from '@app/statistics';
import { Fixture, insertFixture } from './statistics.fixture';

const m = (numerator: number, denominator: number, rate: number | null) => ({ numerator, denominator, rate });

/**
 * Hand-computed figures of the fixture (see statistics.fixture.ts), as of 2025-06-30. Days to reply:
 * 兰溪 D1 41, D2 84; 金华 also D6 28; 住建局 D2, D6. p90 = the ⌈0.9n⌉-th value's bucket [70,90), capped at 84.
 */
const LANXI = {
  issued: m(5, 5, 1),
  signRate: m(4, 5, 0.8),
  feedbackRate: m(2, 5, 0.4),
  onTimeFeedbackRate: m(1, 5, 0.2),
  adoptionRate: m(2, 2, 1),
  itemAdoptionRate: m(4, 5, 0.8),
  implementationRate: m(1, 2, 0.5),
  avgHoursToSign: m(41, 4, 10.25),
  p90HoursToSign: m(30, 4, 30),
  avgDaysToReply: m(125, 2, 62.5),
  p90DaysToReply: m(84, 2, 84),
  overdue: { sign: m(1, 1, 1), reply: m(2, 2, 1), followUp: m(1, 1, 1) },
  major: m(2, 5, 0.4),
  copiedToSuperior: m(1, 5, 0.2),
};
const JINHUA = {
  issued: m(7, 7, 1),
  signRate: m(6, 7, 0.857143),
  feedbackRate: m(3, 6, 0.5),
  onTimeFeedbackRate: m(2, 6, 0.333333),
  adoptionRate: m(2, 3, 0.666667),
  itemAdoptionRate: m(4, 6, 0.666667),
  implementationRate: m(1, 2, 0.5),
  avgHoursToSign: m(52, 6, 8.67),
  p90HoursToSign: m(30, 6, 30),
  avgDaysToReply: m(153, 3, 51),
  p90DaysToReply: m(84, 3, 84),
  overdue: { sign: m(1, 1, 1), reply: m(2, 3, 0.666667), followUp: m(1, 1, 1) },
  major: m(2, 7, 0.285714),
  copiedToSuperior: m(1, 7, 0.142857),
};
const ZJJ = {
  issued: m(4, 4, 1),
  signRate: m(3, 4, 0.75),
  feedbackRate: m(2, 3, 0.666667),
  onTimeFeedbackRate: m(1, 3, 0.333333),
  adoptionRate: m(1, 2, 0.5),
  itemAdoptionRate: m(2, 4, 0.5),
  implementationRate: m(0, 1, 0),
  avgHoursToSign: m(41, 3, 13.67),
  p90HoursToSign: m(30, 3, 30),
  avgDaysToReply: m(112, 2, 56),
  p90DaysToReply: m(84, 2, 84),
  overdue: { sign: m(1, 1, 1), reply: m(0, 1, 0), followUp: m(1, 1, 1) },
  major: m(1, 4, 0.25),
  copiedToSuperior: m(0, 4, 0),
};
const figures = (body: Record<string, unknown>) => {
  // escalatedAdopted (no escalation in these data: 0 of 0) is asserted in escalation.e2e-spec.ts.
  const { scope: _s, asOf: _a, refreshedAt: _r, definitions: _d, escalatedAdopted, ...rest } = body;
  expect(escalatedAdopted).toEqual({ numerator: 0, denominator: 0, rate: null });
  return rest;
};

describe('statistics API on a scripted set of letters', () => {
  let t: TestApp;
  let fx: Fixture;
  const tok: Record<string, string> = {};
  const get = (user: string, path: string) =>
    t
      .http()
      .get(path)
      .set({ authorization: `Bearer ${tok[user]}` });

  beforeAll(async () => {
    t = await createTestApp();
    // Sign in on the wall clock (tokens are checked against it), then stand the business clock at 2025-06-30.
    for (const u of ['lx.admin', 'jh.admin', 'jhrd.supervisor', 'jhzjj.clerk', 'lxscjg.clerk', 'lx.judge', 'admin']) tok[u] = await t.login(u);
    t.clock.set(new Date('2025-06-30T04:00:00Z'));
    fx = await insertFixture(t);
    await t.app.get(StatsRefreshService).refresh({ full: true });
  });
  afterAll(() => t.close());

  it('a court sees its own figures: every rate equals the hand computation', async () => {
    const res = await get('lx.admin', '/api/v1/stats/overview');
    expect(res.status).toBe(200);
    expect(figures(res.body)).toEqual(LANXI);
    expect(res.body.asOf).toBe('2025-06-30');
    expect(res.body.definitions.feedbackRate.zh).toContain('反馈率');
    // Every figure of the overview has its formula: the 16 rates and counts and escalatedAdopted.
    expect(Object.keys(res.body.definitions)).toHaveLength(17);
  });

  it('a region (人大 supervisor) and the 中院 subtree give the same, wider figures; 杭州 is not in them', async () => {
    const rd = await get('jhrd.supervisor', '/api/v1/stats/overview');
    expect(rd.status).toBe(200);
    expect(figures(rd.body)).toEqual(JINHUA);
    const jh = await get('jh.admin', '/api/v1/stats/overview');
    expect(figures(jh.body)).toEqual(JINHUA);
    const county = await get('jhrd.supervisor', '/api/v1/stats/overview?regionCode=330781');
    expect(figures(county.body)).toEqual(LANXI);
    const court = await get('jhrd.supervisor', `/api/v1/stats/overview?courtId=${fx.org('COURT-330781')}`);
    expect(figures(court.body)).toEqual(LANXI);
  });

  it('an agency sees only its own figures, whatever agency or region it asks for', async () => {
    const own = await get('jhzjj.clerk', '/api/v1/stats/overview');
    expect(own.status).toBe(200);
    expect(figures(own.body)).toEqual(ZJJ);
    const other = await get('jhzjj.clerk', `/api/v1/stats/overview?organizationId=${fx.org('AG-330781-SCJG')}`);
    expect(other.status).toBe(200);
    expect(figures(other.body)).toEqual(ZJJ);
    expect(other.body.scope.organizationId).toBe(fx.org('AG-330700-ZJJ'));
    const region = await get('jhzjj.clerk', '/api/v1/stats/overview?regionCode=330700');
    expect(figures(region.body)).toEqual(ZJJ);
  });

  it('by-agency: the supervisor sees every agency ranked; an agency only its own row and rank', async () => {
    const rd = await get('jhrd.supervisor', '/api/v1/stats/by-agency');
    expect(rd.status).toBe(200);
    expect(
      rd.body.items.map((r: { name: string; rank: number; metrics: { issued: { numerator: number } } }) => [r.name, r.rank, r.metrics.issued.numerator]),
    ).toEqual([
      ['金华市住房和城乡建设局', 1, 4],
      ['兰溪市市场监督管理局', 2, 3],
    ]);
    expect(rd.body.items[0].metrics).toEqual(ZJJ);
    const ag = await get('jhzjj.clerk', '/api/v1/stats/by-agency');
    expect(ag.status).toBe(200);
    expect(ag.body.items).toHaveLength(1);
    expect(ag.body.items[0]).toMatchObject({ id: fx.org('AG-330700-ZJJ'), rank: 1, metrics: ZJJ });
    expect(ag.body.total).toBe(2);
    expect(JSON.stringify(ag.body)).not.toContain('兰溪市市场监督管理局');
    const lx = await get('lxscjg.clerk', '/api/v1/stats/by-agency');
    expect(lx.body.items[0]).toMatchObject({ id: fx.org('AG-330781-SCJG'), rank: 2 });
    expect(JSON.stringify(lx.body)).not.toContain('住房和城乡建设局');
  });

  it('by-court: the 中院 sees each court of its subtree', async () => {
    const res = await get('jh.admin', '/api/v1/stats/by-court');
    expect(res.status).toBe(200);
    const rows = Object.fromEntries(
      res.body.items.map((r: { name: string; metrics: { issued: { numerator: number } } }) => [r.name, r.metrics.issued.numerator]),
    );
    expect(rows).toEqual({ 兰溪市人民法院: 5, 义乌市人民法院: 1, 金华市中级人民法院: 1 });
    const lanxi = res.body.items.find((r: { id: string }) => r.id === fx.org('COURT-330781'));
    expect(lanxi.metrics).toEqual(LANXI);
  });

  it('filters by period (whole and partial months), category and domain', async () => {
    const year = await get('lx.admin', '/api/v1/stats/overview?from=2025-01-01&to=2025-12-31');
    expect(year.body.issued).toEqual(m(4, 4, 1));
    expect(year.body.feedbackRate).toEqual(m(2, 4, 0.5));
    expect(year.body.signRate).toEqual(m(3, 4, 0.75));
    const partial = await get('lx.admin', '/api/v1/stats/overview?from=2025-03-15&to=2025-04-30');
    expect(partial.body.issued.numerator).toBe(2);
    const day = await get('lx.admin', '/api/v1/stats/overview?from=2025-03-10&to=2025-03-10');
    expect(day.body.issued.numerator).toBe(2);
    const straddle = await get('jhrd.supervisor', '/api/v1/stats/overview?from=2025-02-01&to=2025-04-14');
    expect(straddle.body.issued.numerator).toBe(3); // L4 (02-01) + L1 (03-10, two recipients)
    const cat = await get('jhrd.supervisor', '/api/v1/stats/overview?category=GOVERNANCE');
    expect(cat.body.issued).toEqual(m(2, 2, 1));
    expect(cat.body.major).toEqual(m(2, 2, 1));
    const dom = await get('jhrd.supervisor', `/api/v1/stats/overview?domain=${encodeURIComponent('消费者权益')}`);
    expect(dom.body.issued.numerator).toBe(2);
    const none = await get('jhrd.supervisor', '/api/v1/stats/overview?from=2030-01-01');
    expect(none.body.feedbackRate).toEqual(m(0, 0, null));
    // Months without letters are in the trend as zero (a chart's axis keeps them), up to the as-of month.
    // Checked failing without fillPeriods: only 2024-12, 2025-03 and 2025-04 came back.
    const points = (body: { items: { period: string; metrics: { issued: { numerator: number }; feedbackRate: { rate: number | null } } }[] }) =>
      body.items.map((p) => [p.period, p.metrics.issued.numerator]);
    const trend = await get('lx.admin', '/api/v1/stats/trend?granularity=month');
    expect(points(trend.body)).toEqual([
      ['2024-12', 1],
      ['2025-01', 0],
      ['2025-02', 0],
      ['2025-03', 2],
      ['2025-04', 2],
      ['2025-05', 0],
      ['2025-06', 0],
    ]);
    expect(trend.body.items[1].metrics.feedbackRate.rate).toBeNull();
    const wholeYear = await get('lx.admin', '/api/v1/stats/trend?granularity=month&from=2025-01-01&to=2025-12-31');
    expect(points(wholeYear.body).map(([p]) => p)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
    const quarters = await get('lx.admin', '/api/v1/stats/trend?granularity=quarter');
    expect(points(quarters.body)).toEqual([
      ['2024-Q4', 1],
      ['2025-Q1', 2],
      ['2025-Q2', 2],
    ]);
  });

  it('outside the jurisdiction → 404; judges and system admins have no statistics', async () => {
    expect((await get('jhrd.supervisor', `/api/v1/stats/overview?courtId=${fx.org('COURT-330100')}`)).status).toBe(404);
    expect((await get('jhrd.supervisor', '/api/v1/stats/overview?regionCode=330100')).status).toBe(404);
    expect((await get('jhrd.supervisor', `/api/v1/stats/by-agency?courtId=${fx.org('COURT-330100')}`)).status).toBe(404);
    // 杭州's 人大 asking about 金华 and 兰溪: the same.
    const created = await t
      .http()
      .post('/api/v1/users')
      .set({ authorization: `Bearer ${tok.admin}` })
      .send({ organizationId: fx.org('NPC-330100'), username: 'hzrd.watcher', displayName: '杭州人大监督员', roles: ['SUPERVISOR'], password: TEST_PASSWORD });
    expect(created.status).toBe(201);
    tok['hzrd.watcher'] = await t.login('hzrd.watcher');
    for (const q of [`courtId=${fx.org('COURT-330700')}`, `courtId=${fx.org('COURT-330781')}`, 'regionCode=330700', 'regionCode=330781']) {
      expect([q, (await get('hzrd.watcher', `/api/v1/stats/overview?${q}`)).status]).toEqual([q, 404]);
    }
    // An agency filter narrows its own jurisdiction: 杭州's courts wrote nothing to 金华市住建局.
    const byAgency = await get('hzrd.watcher', `/api/v1/stats/overview?organizationId=${fx.org('AG-330700-ZJJ')}`);
    expect([byAgency.status, byAgency.body.issued]).toEqual([200, m(0, 0, null)]);
    expect((await get('hzrd.watcher', '/api/v1/stats/overview')).body.issued).toEqual(m(1, 1, 1)); // L5 only
    expect((await get('hzrd.watcher', `/api/v1/stats/by-agency?courtId=${fx.org('COURT-330700')}`)).status).toBe(404);
    expect((await get('lx.admin', `/api/v1/stats/overview?courtId=${fx.org('COURT-330700')}`)).status).toBe(404);
    expect((await get('lx.admin', `/api/v1/stats/overview?courtId=${fx.org('AG-330700-ZJJ')}`)).status).toBe(404);
    expect((await get('lx.judge', '/api/v1/stats/overview')).status).toBe(403);
    expect((await get('admin', '/api/v1/stats/overview')).status).toBe(403);
    const bad = await get('lx.admin', '/api/v1/stats/overview?from=2025-02-30');
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const reversed = await get('lx.admin', '/api/v1/stats/overview?from=2025-05-01&to=2025-04-01');
    expect([reversed.status, reversed.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  /*
   * The figures filter by the caller's VisibilityScope courts (`court_id = ANY(…)`): a filter wider
   * than the scope (the province, a category that other courts' letters share) must not let other
   * courts in. Checked by breaking it: with the `r.court_id = ANY(…)` condition left out of
   * StatsQueryService.dailySql, 兰溪's category figure counted 金华中院's, 义乌's and 杭州's letters
   * (issued 4, not 1).
   */
  it('a filter wider than the caller’s scope never brings in a court outside it', async () => {
    // INDIVIDUAL_CASE letters: 兰溪 L8 (L6 withdrawn), 义乌 L3, 金华中院 L4, 杭州 L5.
    const wide = await get('lx.admin', '/api/v1/stats/overview?category=INDIVIDUAL_CASE&regionCode=330000');
    expect(wide.status).toBe(200);
    expect(wide.body.issued).toEqual(m(1, 1, 1));
    const byCourt = await get('lx.admin', '/api/v1/stats/by-court?category=INDIVIDUAL_CASE');
    expect(byCourt.body.items.map((r: { id: string }) => r.id)).toEqual([fx.org('COURT-330781')]);
  });

  it('lists what is overdue now, scoped like the figures', async () => {
    const court = await get('lx.admin', '/api/v1/stats/overdue');
    expect(court.status).toBe(200);
    expect(court.body.total).toBe(4);
    expect(court.body.items.map((i: { deliveryId: string; step: string }) => [i.deliveryId, i.step]).sort()).toEqual(
      [
        [fx.deliveries.D2, 'followUp'],
        [fx.deliveries.D3, 'reply'],
        [fx.deliveries.D4, 'sign'],
        [fx.deliveries.D8, 'reply'],
      ].sort(),
    );
    const d4 = court.body.items.find((i: { deliveryId: string }) => i.deliveryId === fx.deliveries.D4);
    expect(d4).toMatchObject({ dueDate: '2025-04-25', daysOverdue: 66 });
    const agency = await get('jhzjj.clerk', '/api/v1/stats/overdue');
    expect(agency.body.items.map((i: { deliveryId: string }) => i.deliveryId).sort()).toEqual([fx.deliveries.D2, fx.deliveries.D4].sort());
  });

  it('an incremental refresh picks up a new reply', async () => {
    await t.ds.query(`UPDATE deliveries SET status = 'REPLIED', replied_at = '2025-06-10T02:00:00Z', updated_at = now() WHERE id = $1`, [fx.deliveries.D3]);
    const r = await t.app.get(StatsRefreshService).refresh();
    expect(r.mode).toBe('incremental');
    const res = await get('lx.admin', '/api/v1/stats/overview');
    expect(res.body.feedbackRate).toEqual(m(3, 5, 0.6));
    expect(res.body.overdue.reply).toEqual(m(1, 1, 1));
    const rd = await get('jhrd.supervisor', '/api/v1/stats/overview');
    expect(rd.body.feedbackRate).toEqual(m(4, 6, 0.666667));
  });
});

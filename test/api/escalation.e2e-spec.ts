import { TestApp } from '../harness';
import { Actors, letterBody, letterInApproval, orgId, startClosedLoopApp } from './lifecycle.fixtures';

/**
 * Escalation that people can follow (issue 14, points 1–3; Art. 3): 兰溪 writes to a city bureau,
 * so sign-off sends the letter up to 金华中院, which adopts it as its own DRAFT, edits, signs; the
 * lower court keeps the thread, is told of replies and evaluations, and gets the credit.
 * How each was checked to fail without its fix:
 * - district check: with `regionInside` dropped from districtCheck (every recipient "outside"), the
 *   in-district 兰溪市场监管局 is listed and the first test fails;
 * - adoption: with the old ADOPT (status IN_APPROVAL) the answer's status and allowedActions differ;
 * - the thread: without the adopted arm in JurisdictionService.visibleLetters the judge's GET of the
 *   adopted letter answers 404; without it in visibleDeliveries the delivery read answers 404;
 * - notices: without originNotices the judge's inbox has no delivery.replied / delivery.evaluated;
 * - statistics: without escalatedAdoptedSql the overview has no escalatedAdopted.
 */
describe('escalation (Art. 3): warned, adopted as a draft, signed by the higher court, followed by the lower court', () => {
  let t: TestApp;
  let a: Actors;
  let original = '';
  let adopted = '';
  let delivery = '';

  const get = async (who: string, path: string) =>
    t
      .http()
      .get(path)
      .set(await a.as(who));
  const post = async (who: string, path: string, body: Record<string, unknown> = {}) =>
    t
      .http()
      .post(path)
      .set(await a.as(who))
      .send(body);
  const writes = async () =>
    (
      await t.ds.query(
        `SELECT (SELECT count(*)::int FROM suggestions) AS letters, (SELECT count(*)::int FROM timeline_events) AS steps,
                (SELECT count(*)::int FROM audit_events WHERE action NOT LIKE 'auth.%') AS audits, (SELECT count(*)::int FROM in_app_notifications) AS notices`,
      )
    )[0];
  const notices = async (who: string) =>
    (await get(who, '/api/v1/notifications?pageSize=100')).body.items as { kind: string; title: string; suggestionId: string }[];

  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
    await a.createUser('lx.judge2', 'COURT-330781', ['JUDGE'], '兰溪另一法官');
    await a.createUser('hz.admin', 'COURT-330100', ['COURT_ADMIN'], '杭中研究室');
  });
  afterAll(() => t.close());

  it('point 1: tells the drafting court before saving which MAIN recipients lie outside its district, by the rule sign-off uses', async () => {
    const ids = [orgId(t, 'AG-330700-FGW'), orgId(t, 'AG-330781-SCJG')];
    const check = await get('lx.judge', `/api/v1/suggestions/district-check?organizationIds=${ids.join(',')}`);
    expect(check.status).toBe(200);
    expect(check.body).toEqual({
      courtId: orgId(t, 'COURT-330781'),
      courtName: '兰溪市人民法院',
      higherCourtId: orgId(t, 'COURT-330700'),
      higherCourtName: '金华市中级人民法院',
      outside: [{ organizationId: ids[0], organizationName: '金华市发展和改革委员会', regionCode: '330700' }],
    });
    // The same agency lies inside the 中院's district.
    expect((await get('jh.judge', `/api/v1/suggestions/district-check?organizationIds=${ids[0]}`)).body.outside).toEqual([]);
    const before = await writes();
    const refused = [
      await get('jhfgw.clerk', `/api/v1/suggestions/district-check?organizationIds=${ids[0]}`),
      await get('lx.judge', '/api/v1/suggestions/district-check?organizationIds=not-an-id'),
      await get('lx.judge', '/api/v1/suggestions/district-check'),
      await get('lx.judge', `/api/v1/suggestions/district-check?organizationIds=${orgId(t, 'COURT-330781').replace(/.$/, '0')}0`),
      await get('lx.judge', `/api/v1/suggestions/district-check?organizationIds=00000000-0000-4000-8000-000000000000`),
    ];
    expect(refused.map((r) => [r.status, r.body.code])).toEqual([
      [403, 'FORBIDDEN'],
      [400, 'VALIDATION_FAILED'],
      [400, 'VALIDATION_FAILED'],
      [400, 'VALIDATION_FAILED'],
      [422, 'RECIPIENT_INVALID'],
    ]);
    expect(refused[4].body.message).toMatch(/收件单位/);
    expect(await writes()).toEqual(before);
  });

  it('point 1: the leader sees before signing that the letter goes up, and the answer says so (ESCALATED, no number)', async () => {
    original = await letterInApproval(
      t,
      a,
      'lx.judge',
      'lx.head',
      letterBody(t, { title: '关于加强全市新能源汽车充电设施规划建设的建议', background: '本院审结涉充电桩纠纷27件。' }, ['AG-330700-FGW'], ['AG-330781-SCJG']),
    );
    const seen = await get('lx.leader', `/api/v1/suggestions/${original}`);
    expect(seen.body.district).toMatchObject({ higherCourtName: '金华市中级人民法院', outside: [{ organizationName: '金华市发展和改革委员会' }] });
    expect((await get('jhfgw.clerk', `/api/v1/suggestions/${original}`)).status).toBe(404);
    const up = await post('lx.leader', `/api/v1/suggestions/${original}/approve`, { decision: 'APPROVE' });
    expect(up.body).toMatchObject({ status: 'ESCALATED', docNumber: null, escalatedToCourtId: orgId(t, 'COURT-330700'), deliveries: [] });
  });

  it('point 2: ADOPT makes a DRAFT of the higher court carrying originalId, which its research office edits, submits and its leader signs', async () => {
    const before = await writes();
    const refused = [
      await post('jhfgw.clerk', `/api/v1/suggestions/${original}/escalation`, { decision: 'ADOPT' }),
      await post('hz.admin', `/api/v1/suggestions/${original}/escalation`, { decision: 'ADOPT' }),
      await post('lx.admin', `/api/v1/suggestions/${original}/escalation`, { decision: 'ADOPT' }),
      await post('jh.judge', `/api/v1/suggestions/${original}/escalation`, { decision: 'ADOPT' }),
      await post('jh.admin', `/api/v1/suggestions/${original}/escalation`, { decision: 'TAKE' }),
      await post('jh.admin', `/api/v1/suggestions/${original}/escalation`, { decision: 'ADOPT', version: 1 }),
    ];
    expect(refused.map((r) => [r.status, r.body.code])).toEqual([
      [403, 'FORBIDDEN'], // an agency holds no court role
      [404, 'NOT_FOUND'], // another city's court does not see it
      [403, 'FORBIDDEN'], // the drafting court does not decide its own escalation
      [403, 'FORBIDDEN'],
      [400, 'VALIDATION_FAILED'],
      [409, 'VERSION_CONFLICT'],
    ]);
    expect(await writes()).toEqual(before);

    const res = await post('jh.admin', `/api/v1/suggestions/${original}/escalation`, { decision: 'ADOPT', comment: '采用，由本院修改后发出' });
    expect(res.status).toBe(200);
    adopted = res.body.id;
    expect(res.body).toMatchObject({
      status: 'DRAFT',
      courtId: orgId(t, 'COURT-330700'),
      originalId: original,
      adoptedFromId: original,
      original: { id: original, courtName: '兰溪市人民法院', title: '关于加强全市新能源汽车充电设施规划建设的建议' },
      docNumber: null,
      contactName: '孙研究室(金华中院)',
    });
    expect(res.body.allowedActions).toEqual(expect.arrayContaining(['EDIT', 'SUBMIT']));
    expect(res.body.items).toHaveLength(3);
    const [audit] = await t.ds.query(`SELECT data FROM audit_events WHERE action = 'suggestion.escalation_adopt' AND entity_id = $1`, [original]);
    expect(audit.data).toMatchObject({ adoptedAsId: adopted });
    // Told the truth: adopted, to be signed — not "issued in its name" before anyone signed.
    const told = (await notices('lx.judge')).filter((n) => n.suggestionId === original).map((n) => n.title);
    expect(told).toContain('上级法院已采用工作建议：《关于加强全市新能源汽车充电设施规划建设的建议》');
    expect(told.join()).not.toMatch(/发出|签发/);
    // The draft stays inside the higher court; its own leader is not yet asked to sign.
    expect((await get('lx.judge', `/api/v1/suggestions/${adopted}`)).status).toBe(404);
    expect((await get('lx.judge', `/api/v1/suggestions/${original}`)).body.adoptedAs).toEqual({
      id: adopted,
      courtName: '金华市中级人民法院',
      docNumber: null,
      issued: false,
    });

    // The research office rewrites the background and the contact; a judge of the court may not.
    expect(
      (
        await t
          .http()
          .patch(`/api/v1/suggestions/${adopted}`)
          .set(await a.as('jh.judge'))
          .send({ background: 'x' })
      ).status,
    ).toBe(404);
    const edited = await t
      .http()
      .patch(`/api/v1/suggestions/${adopted}`)
      .set(await a.as('jh.admin'))
      .send({ background: '兰溪市人民法院报送：该院审结涉充电桩纠纷27件，全市同类问题突出。', contactPhone: '0579-82468000', version: res.body.version });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ background: '兰溪市人民法院报送：该院审结涉充电桩纠纷27件，全市同类问题突出。', contactPhone: '0579-82468000' });
    const submitted = await post('jh.admin', `/api/v1/suggestions/${adopted}/submit`, { version: edited.body.version });
    expect(submitted.body.status).toBe('IN_APPROVAL');
    expect((await notices('jh.leader')).map((n) => n.title)).toContain('待签发（采用下级法院工作建议）：《关于加强全市新能源汽车充电设施规划建设的建议》');
    const issued = await post('jh.leader', `/api/v1/suggestions/${adopted}/approve`, { decision: 'APPROVE' });
    expect(issued.body).toMatchObject({ status: 'ISSUED', docNumber: '金中法建〔2031〕1号' });
    delivery = issued.body.deliveries.find((d: { kind: string }) => d.kind === 'MAIN').id;
    for (const who of ['lx.judge', 'lx.admin'])
      expect((await notices(who)).filter((n) => n.kind === 'suggestion.adopted_issued').map((n) => n.suggestionId)).toEqual([adopted]);
  });

  it('point 3: the original author and court admin read the adopted letter, its deliveries and replies, read-only; nobody else of theirs does', async () => {
    const theirs = await get('lx.judge', `/api/v1/suggestions/${adopted}`);
    expect(theirs.status).toBe(200);
    expect(theirs.body).toMatchObject({
      originalId: original,
      allowedActions: [],
      lastComment: null,
      committeeDecisions: [],
      consultations: [],
      district: null,
    });
    expect(theirs.body.deliveries.map((d: { organizationName: string }) => d.organizationName).sort()).toEqual(
      ['兰溪市市场监督管理局', '金华市发展和改革委员会'].sort(),
    );
    expect((await get('lx.judge', `/api/v1/suggestions/${original}`)).body.adoptedAs).toMatchObject({
      id: adopted,
      docNumber: '金中法建〔2031〕1号',
      issued: true,
    });
    expect((await get('lx.admin', `/api/v1/deliveries/${delivery}`)).body.allowedActions).toEqual([]);
    expect((await get('lx.judge', '/api/v1/deliveries?pageSize=100')).body.items.map((d: { id: string }) => d.id)).toContain(delivery);
    // Not another judge of the court, not another court.
    for (const who of ['lx.judge2', 'hz.admin']) {
      expect([who, (await get(who, `/api/v1/suggestions/${adopted}`)).status]).toEqual([who, 404]);
      expect([who, (await get(who, `/api/v1/deliveries/${delivery}`)).status]).toEqual([who, 404]);
    }
    // Read-only: no 督办意见, no evaluation from the lower court.
    expect((await post('lx.admin', `/api/v1/deliveries/${delivery}/supervision`, { comment: '请抓紧' })).status).toBe(403);

    await post('jhfgw.clerk', `/api/v1/deliveries/${delivery}/sign`);
    const replied = await post('jhfgw.clerk', `/api/v1/deliveries/${delivery}/reply`, {
      content: '已研究并部署落实',
      items: [1, 2, 3].map((index) => ({ index, stance: 'ADOPT' })),
    });
    expect(replied.body.status).toBe('REPLIED');
    expect((await post('lx.admin', `/api/v1/deliveries/${delivery}/evaluate`, { result: 'ADOPTED' })).status).toBe(403);
    const read = await get('lx.judge', `/api/v1/deliveries/${delivery}`);
    expect(read.body.reply).toMatchObject({ content: '已研究并部署落实' });
    for (const who of ['lx.judge', 'lx.admin']) {
      const mine = (await notices(who)).filter((n) => n.suggestionId === adopted).map((n) => n.kind);
      expect([who, mine]).toEqual([who, expect.arrayContaining(['delivery.replied'])]);
    }
    expect((await notices('lx.judge2')).filter((n) => n.suggestionId === adopted)).toEqual([]);

    expect((await post('jh.admin', `/api/v1/deliveries/${delivery}/evaluate`, { result: 'ADOPTED', comment: '措施具体' })).status).toBe(200);
    const evaluated = (await notices('lx.judge')).filter((n) => n.kind === 'delivery.evaluated');
    expect(evaluated.map((n) => n.title)).toEqual(['金华市中级人民法院评价金华市发展和改革委员会的回复：采纳《关于加强全市新能源汽车充电设施规划建设的建议》']);
    const steps = (await get('lx.judge', `/api/v1/suggestions/${adopted}/timeline`)).body.map((e: { action: string }) => e.action);
    expect(steps).toEqual(expect.arrayContaining(['delivery.signed', 'delivery.replied', 'delivery.evaluated']));
  });

  it('point 3: statistics credit the originating court (escalatedAdopted) and count the letter once, for the issuing court, in every rate', async () => {
    expect((await post('admin', '/api/v1/stats/refresh')).status).toBe(200);
    const lanxi = (await get('lx.admin', '/api/v1/stats/overview')).body;
    expect(lanxi.escalatedAdopted).toEqual({ numerator: 1, denominator: 1, rate: 1 });
    expect(lanxi.definitions.escalatedAdopted.label).toBe('工作建议被上级采用');
    expect(lanxi.issued.numerator).toBe(0);
    const jinhua = (await get('jh.admin', `/api/v1/stats/overview?courtId=${orgId(t, 'COURT-330700')}`)).body;
    expect(jinhua.issued.numerator).toBe(1);
    // The city's whole subtree (中院 + 兰溪): one main delivery, one adoption.
    const city = (await get('jh.admin', '/api/v1/stats/overview')).body;
    expect([city.issued.numerator, city.adoptionRate.numerator, city.escalatedAdopted.numerator]).toEqual([1, 1, 1]);
    expect((await get('lx.admin', '/api/v1/stats/overview?from=2032-01-01')).body.escalatedAdopted.numerator).toBe(0);
  });
});

import { randomUUID } from 'node:crypto';
import { createTestApp, TestApp } from '../harness';
import { casesOf, everyMonth, plantLetter, PlantedLetter } from './cases.fixture';
import { letterBody } from './lifecycle.fixtures';

/**
 * Class-case leads, drafting from a lead, governance impact and letters' 案号, against hand counts
 * (today 2026-01-15: leads compare 2025 with 2024). Checked to fail once each: with the growth
 * threshold compared as `cur >= prev` the flat 买卖合同纠纷 produced a lead; with the control
 * counted over the letter's cause only, netChange came out 0 instead of −0.1667.
 */
describe('case records: leads, drafting from a lead, impact', () => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  const as = (u: string) => ({ authorization: `Bearer ${tok[u]}` });
  const org = (code: string) => t.dir.orgs.get(code)!.id;
  const count = async (sql: string, params: unknown[] = []) => (await t.ds.query(sql, params))[0].n as number;
  const PARTY = '兰溪某物业服务有限公司';

  const letter = (o: PlantedLetter) => plantLetter(t, o);

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-01-15T02:00:00Z'), env: { LEAD_MIN_CASES: '10', LEAD_MIN_PARTY_CASES: '8', LEAD_MIN_GROWTH: '30' } });
    for (const u of ['jh.admin', 'lx.admin', 'lx.judge', 'jh.judge', 'jhzjj.clerk', 'jhrd.supervisor']) tok[u] = await t.login(u);
    const rows = casesOf([
      // 兰溪: 物业 10 → 14 (+40%), 10 of 2025's with one company; 买卖 12 → 12 (flat).
      { court: '浙0781', cause: '物业服务合同纠纷', months: everyMonth('2024-01', '2024-10', 1) },
      { court: '浙0781', cause: '物业服务合同纠纷', months: everyMonth('2025-01', '2025-05', 2), party: PARTY },
      { court: '浙0781', cause: '物业服务合同纠纷', months: everyMonth('2025-06', '2025-07', 2) },
      { court: '浙0781', cause: '买卖合同纠纷', months: { ...everyMonth('2024-01', '2024-12', 1), ...everyMonth('2025-01', '2025-12', 1) } },
      // 金东: EV chargers 4 → 12.
      {
        court: '浙0703',
        cause: '供用电合同纠纷',
        months: { ...everyMonth('2024-01', '2024-04', 1), ...everyMonth('2025-01', '2025-12', 1) },
        keywords: ['充电桩'],
      },
      // 浦江: 物业 2 a month before the letter, 1 a month after; 民间借贷 1 a month throughout (the control's other half).
      { court: '浙0726', cause: '物业服务合同纠纷', months: { ...everyMonth('2023-07', '2024-06', 2), ...everyMonth('2024-10', '2025-09', 1) } },
      { court: '浙0726', cause: '民间借贷纠纷', months: everyMonth('2023-07', '2025-09', 1) },
    ]);
    for (let i = 0; i < rows.length; i += 5000) {
      const res = await t
        .http()
        .post('/api/v1/cases/bulk')
        .set(as('jh.admin'))
        .send({ cases: rows.slice(i, i + 5000) });
      expect(res.body.errors).toEqual([]);
    }
  });
  afterAll(() => t.close());

  const leadsOf = async (u: string, q: Record<string, string> = {}) => (await t.http().get('/api/v1/cases/leads').query(q).set(as(u))).body;

  it('the rising 案由 and the frequent party produce leads with evidence; the flat one does not', async () => {
    const refresh = await t.http().post('/api/v1/cases/leads/refresh').set(as('lx.admin'));
    expect(refresh.status).toBe(200);
    expect(refresh.body).toMatchObject({ periodFrom: '2025-01-01' });
    const { items } = await leadsOf('lx.judge');
    const growth = items.filter((l: { kind: string }) => l.kind === 'CAUSE_GROWTH');
    expect(growth.map((l: { cause: { name: string } }) => l.cause.name)).toEqual(['物业服务合同纠纷']);
    expect(growth[0]).toMatchObject({
      courtName: '兰溪市人民法院',
      keyword: null,
      periodFrom: '2025-01',
      periodTo: '2025-12',
      cases: 14,
      previousCases: 10,
      growth: 0.4,
      authority: '住房和城乡建设局',
      suggestedOrganization: { name: '兰溪市住房和城乡建设局' },
      status: 'NEW',
      allowedActions: ['DRAFT', 'DISMISS'],
    });
    expect(growth[0].evidence.monthly).toHaveLength(24);
    expect(growth[0].evidence.monthly.find((m: { month: string }) => m.month === '2025-03')).toEqual({ month: '2025-03', cases: 2 });
    expect(growth[0].evidence.topParties).toEqual([{ name: PARTY, cases: 10 }]);
    expect(growth[0].evidence.sampleCaseNumbers).toHaveLength(5);
    expect(growth[0].evidence.sampleCaseNumbers[0]).toMatch(/^（2025）浙0781民初\d+号$/);
    const party = items.find((l: { kind: string }) => l.kind === 'PARTY');
    expect(party).toMatchObject({ partyName: PARTY, cases: 10, previousCases: 0 });
    // Its samples: the newest five of the cases naming the company (two a month: May, April and one of March).
    const naming = await t.ds.query(`SELECT case_number, filed_on::text AS filed FROM cases WHERE $1 = ANY(party_names) ORDER BY filed_on DESC, case_number`, [
      PARTY,
    ]);
    expect(naming).toHaveLength(10);
    expect(party.evidence.sampleCaseNumbers).toEqual(naming.slice(0, 5).map((r: { case_number: string }) => r.case_number));
    expect(naming.slice(0, 5).every((r: { filed: string }) => r.filed >= '2025-03-01')).toBe(true);
    const [audit] = await t.ds.query(`SELECT data FROM audit_events WHERE action = 'case_leads.refresh'`);
    expect(audit.data).toMatchObject({ asOf: '2026-01-15' });
  });

  it('a keyword lead goes to its authority, and is marked when a letter already answered it', async () => {
    const answered = await letter({ court: 'COURT-330700', to: 'AG-330700-FGW', issuedAt: '2025-11-03T02:00:00Z', cause: ['供用电合同纠纷', '充电桩'] });
    await t.http().post('/api/v1/cases/leads/refresh').set(as('jh.admin')).expect(200);
    const { items } = await leadsOf('jh.admin', { courtId: org('COURT-330703') });
    const ev = items.find((l: { keyword: string | null }) => l.keyword === '充电桩');
    expect(ev).toMatchObject({
      cases: 12,
      previousCases: 4,
      growth: 2,
      authority: '发展和改革委员会',
      suggestedOrganization: { name: '金华市发展和改革委员会' },
    });
    expect(ev.answeredBy).toMatchObject({ id: answered, title: '关于规范物业服务的司法建议' });
    // Detection is idempotent: a second run refreshes, never duplicates.
    const before = await count(`SELECT count(*)::int AS n FROM case_leads`);
    await t.http().post('/api/v1/cases/leads/refresh').set(as('jh.admin')).expect(200);
    expect(await count(`SELECT count(*)::int AS n FROM case_leads`)).toBe(before);
  });

  it('who: refresh is the court admin’s; other courts’ leads are 404 outside the scope; agencies have none', async () => {
    expect((await t.http().post('/api/v1/cases/leads/refresh').set(as('lx.judge'))).status).toBe(403);
    expect((await t.http().post('/api/v1/cases/leads/refresh').set(as('jhzjj.clerk'))).status).toBe(403);
    expect(
      (
        await t
          .http()
          .get('/api/v1/cases/leads')
          .query({ courtId: org('COURT-330700') })
          .set(as('lx.admin'))
      ).status,
    ).toBe(404);
    expect((await t.http().get('/api/v1/cases/leads').set(as('jhzjj.clerk'))).body.code).toBe('NO_CASE_SCOPE');
    expect((await t.http().get('/api/v1/cases/leads').query({ status: 'OPEN' }).set(as('lx.judge'))).status).toBe(400);
    expect((await leadsOf('jh.admin', { courtId: org('COURT-330781') })).total).toBeGreaterThanOrEqual(2);
  });

  it('据此起草: a CLASS_CASE draft prefilled with the figures, the sample cases and the recipient; the lead becomes DRAFTED', async () => {
    const lead = (await leadsOf('lx.judge')).items.find((l: { kind: string }) => l.kind === 'CAUSE_GROWTH');
    expect((await t.http().post(`/api/v1/cases/leads/${lead.id}/draft`).set(as('jh.judge')).send({})).status).toBe(403); // not the lead's court
    expect((await t.http().post(`/api/v1/cases/leads/${lead.id}/draft`).set(as('lx.admin')).send({})).status).toBe(403); // not a judge
    const res = await t.http().post(`/api/v1/cases/leads/${lead.id}/draft`).set(as('lx.judge')).send({});
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'DRAFT',
      category: 'CLASS_CASE',
      domain: '物业管理',
      title: '关于物业管理类案多发问题的司法建议',
      background: `2025年1月至2025年12月，本院共受理物业服务合同纠纷案件14件，同比上升40.0%（上年同期10件）。其中，涉及${PARTY}的10件。`,
      sourceCases: lead.evidence.sampleCaseNumbers,
    });
    expect(res.body.recipients).toEqual([expect.objectContaining({ organizationId: org('AG-330781-ZJJ'), kind: 'MAIN' })]);
    const after = (await t.http().get(`/api/v1/cases/leads/${lead.id}`).set(as('lx.judge'))).body;
    expect(after).toMatchObject({ status: 'DRAFTED', draftId: res.body.id, allowedActions: [] });
    expect(await count(`SELECT count(*)::int AS n FROM suggestion_causes WHERE suggestion_id = $1 AND lead_id = $2`, [res.body.id, lead.id])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'case_lead.draft' AND entity_id = $1`, [lead.id])).toBe(1);
    const again = await t.http().post(`/api/v1/cases/leads/${lead.id}/draft`).set(as('lx.judge')).send({});
    expect([again.status, again.body.code]).toEqual([409, 'INVALID_TRANSITION']);
  });

  it('dismissing needs a reason and happens once', async () => {
    const lead = (await leadsOf('lx.admin', { status: 'NEW' })).items.find((l: { kind: string }) => l.kind === 'PARTY');
    expect((await t.http().post(`/api/v1/cases/leads/${lead.id}/dismiss`).set(as('lx.admin')).send({ reason: '' })).status).toBe(400);
    const res = await t.http().post(`/api/v1/cases/leads/${lead.id}/dismiss`).set(as('lx.admin')).send({ reason: '该公司已整改' });
    expect(res.body).toMatchObject({ status: 'DISMISSED', dismissReason: '该公司已整改' });
    expect((await t.http().post(`/api/v1/cases/leads/${lead.id}/dismiss`).set(as('lx.admin')).send({ reason: '再次' })).status).toBe(409);
    expect((await t.http().post(`/api/v1/cases/leads/${randomUUID()}/dismiss`).set(as('lx.admin')).send({ reason: 'x' })).status).toBe(404);
  });

  it('the impact of the planted 浦江 letter equals the hand computation, control beside it', async () => {
    const id = await letter({
      court: 'COURT-330726',
      to: 'AG-330726-ZJJ',
      issuedAt: '2024-07-10T02:00:00Z',
      evaluation: 'ADOPTED',
      confirmedAt: '2024-09-20T02:00:00Z',
      sourceCase: (
        await t.ds.query(
          `SELECT case_number FROM cases WHERE court_code = '浙0726' AND cause_code = (SELECT code FROM case_causes WHERE name = '物业服务合同纠纷') LIMIT 1`,
        )
      )[0].case_number,
    });
    const res = await t.http().get(`/api/v1/suggestions/${id}/impact`).set(as('jhrd.supervisor'));
    expect(res.status).toBe(200);
    // Before: 2023-07..2024-06, 物业 2 a month = 24; after: 2024-10..2025-09, 1 a month = 12 → −50%.
    // Control (every cause): 24 + 12 = 36 before, 12 + 12 = 24 after → −33.33%; net −16.67 points.
    expect(res.body).toMatchObject({
      cause: { name: '物业服务合同纠纷', keyword: null },
      region: { code: '330726', organizationName: '浦江县住房和城乡建设局', courts: 1 },
      before: { from: '2023-07-01', to: '2024-06-30', cases: 24 },
      after: { from: '2024-10-01', to: '2025-09-30', months: 12, cases: 12, annualised: 12 },
      change: -0.5,
      control: { before: 36, after: 24, change: -0.3333 },
      netChange: -0.1667,
      note: null,
    });
    expect(res.body.method).toContain('对照');

    // Confirmed in 2025-07: 5 whole months so far (2025-08..12), annualised.
    const recent = await letter({
      court: 'COURT-330726',
      to: 'AG-330726-ZJJ',
      issuedAt: '2025-03-10T02:00:00Z',
      evaluation: 'ADOPTED',
      confirmedAt: '2025-07-20T02:00:00Z',
      cause: ['物业服务合同纠纷', ''],
    });
    const r2 = (await t.http().get(`/api/v1/suggestions/${recent}/impact`).set(as('jhrd.supervisor'))).body;
    // Before 2024-03..2025-02: 物业 4×2 + 5×1 = 13, 借贷 12; after 2025-08..12: 物业 2, 借贷 2 → ×12/5.
    expect(r2).toMatchObject({
      before: { cases: 13 },
      after: { months: 5, cases: 2, annualised: 5 },
      change: -0.6154,
      control: { before: 25, after: 10, change: -0.6 },
      netChange: -0.0154,
    });
  });

  it('a letter without a linked 案由 says so; outsiders get 404', async () => {
    const bare = await letter({ court: 'COURT-330726', to: 'AG-330726-ZJJ', issuedAt: '2025-01-10T02:00:00Z', evaluation: 'ADOPTED' });
    const res = await t.http().get(`/api/v1/suggestions/${bare}/impact`).set(as('jh.admin'));
    expect(res.body).toMatchObject({ cause: null, change: null, netChange: null });
    expect(res.body.note).toContain('未关联案由');
    expect((await t.http().get(`/api/v1/suggestions/${bare}/impact`).set(as('lx.admin'))).status).toBe(404);
    expect((await t.http().get(`/api/v1/suggestions/${bare}/impact`).set(as('jhzjj.clerk'))).status).toBe(404);
    expect((await t.http().get(`/api/v1/suggestions/${bare}/impact`)).status).toBe(401);
    expect((await t.http().get(`/api/v1/suggestions/not-a-uuid/impact`).set(as('jh.admin'))).status).toBe(404);
  });

  it('letters’ 案号 are normalized to the official form, parsed and stored; garbage is refused with 422', async () => {
    const before = await count(`SELECT count(*)::int AS n FROM suggestions`);
    const bad = await t
      .http()
      .post('/api/v1/suggestions')
      .set(as('lx.judge'))
      .send(letterBody(t, { sourceCases: ['(2024)浙0781民初2101号', '见附件'] }));
    expect([bad.status, bad.body.code]).toEqual([422, 'CASE_NUMBER_INVALID']);
    expect(bad.body.details).toEqual([{ field: 'sourceCases[1]', message: expect.stringContaining('“见附件”不是有效的案号') }]);
    expect(bad.body.message).toContain('案号格式不正确');
    expect(await count(`SELECT count(*)::int AS n FROM suggestions`)).toBe(before);
    const ok = await t
      .http()
      .post('/api/v1/suggestions')
      .set(as('lx.judge'))
      .send(letterBody(t, { sourceCases: ['(2024)浙0781民初2101号', '（2024）浙07民终 88'] }));
    expect(ok.status).toBe(201);
    expect(ok.body.sourceCases).toEqual(['（2024）浙0781民初2101号', '（2024）浙07民终88号']);
    const parts = await t.ds.query(`SELECT case_number, court_code, type_word, seq FROM suggestion_source_cases WHERE suggestion_id = $1 ORDER BY position`, [
      ok.body.id,
    ]);
    expect(parts).toEqual([
      { case_number: '（2024）浙0781民初2101号', court_code: '浙0781', type_word: '民初', seq: 2101 },
      { case_number: '（2024）浙07民终88号', court_code: '浙07', type_word: '民终', seq: 88 },
    ]);
    const patch = await t
      .http()
      .patch(`/api/v1/suggestions/${ok.body.id}`)
      .set(as('lx.judge'))
      .send({ sourceCases: ['nonsense'] });
    expect(patch.status).toBe(422);
  });
});

import { createTestApp, TestApp } from '../harness';
import { casesOf, everyMonth } from './cases.fixture';
import { Actors, letterBody, letterInApproval } from './lifecycle.fixtures';

/**
 * An escalated letter adopted by the higher court (Art. 3) keeps what links it to case data — its
 * 案由 (as recorded when it was drafted, e.g. from a lead) and its parsed source 案号 — so the
 * letter the higher court issues has a measurable 治理成效 (today 2026-01-15). Checked to fail once
 * each: without the suggestion_causes copy in EscalationService.adopt the adopted letter's impact
 * names no keyword (the cause then comes from the source case alone); without the
 * suggestion_source_cases copy its parsed source cases are empty.
 */
describe('an adopted escalation carries the original’s 案由 and source cases', () => {
  let t: TestApp;
  let a: Actors;
  let original = '';
  let adopted = '';
  let sourceCase = '';

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

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-01-15T02:00:00Z') });
    a = new Actors(t);
    // 金华: EV-charger disputes 2 a month before, 1 a month after; 民间借贷 1 a month throughout (the control's other half).
    const rows = casesOf([
      {
        court: '浙0781',
        cause: '供用电合同纠纷',
        months: { ...everyMonth('2023-07', '2024-06', 2), ...everyMonth('2024-10', '2025-09', 1) },
        keywords: ['充电桩'],
      },
      { court: '浙0782', cause: '民间借贷纠纷', months: everyMonth('2023-07', '2025-09', 1) },
    ]);
    const res = await post('jh.admin', '/api/v1/cases/bulk', { cases: rows });
    expect(res.body.errors).toEqual([]);
    sourceCase = (await t.ds.query(`SELECT case_number FROM cases WHERE court_code = '浙0781' ORDER BY case_number LIMIT 1`))[0].case_number;
  });
  afterAll(() => t.close());

  it('ADOPT copies the 案由 and the parsed source cases to the higher court’s draft', async () => {
    original = await letterInApproval(
      t,
      a,
      'lx.judge',
      'lx.head',
      letterBody(t, { title: '关于加强新能源汽车充电设施建设管理的建议', sourceCases: [sourceCase] }, ['AG-330700-FGW']),
    );
    // As a letter drafted from a lead records it (LeadsService.draft).
    await t.ds.query(
      `INSERT INTO suggestion_causes (suggestion_id, cause_code, keyword) SELECT $1, code, '充电桩' FROM case_causes WHERE name = '供用电合同纠纷'`,
      [original],
    );
    expect((await post('lx.leader', `/api/v1/suggestions/${original}/approve`, { decision: 'APPROVE' })).body.status).toBe('ESCALATED');
    const res = await post('jh.admin', `/api/v1/suggestions/${original}/escalation`, { decision: 'ADOPT' });
    expect(res.status).toBe(200);
    adopted = res.body.id;
    expect(res.body).toMatchObject({ originalId: original, sourceCases: [sourceCase] });
    const linked = (id: string) =>
      t.ds.query(
        `SELECT (SELECT json_agg(json_build_object('n', case_number, 'court', court_code, 'type', type_word, 'seq', seq) ORDER BY position) FROM suggestion_source_cases WHERE suggestion_id = $1) AS cases,
                (SELECT json_agg(json_build_object('cause', cause_code, 'keyword', keyword)) FROM suggestion_causes WHERE suggestion_id = $1) AS causes`,
        [id],
      );
    const [mine] = await linked(adopted);
    expect(mine.cases).toEqual([{ n: sourceCase, court: '浙0781', type: '民初', seq: expect.any(Number) }]);
    expect(mine.causes).toEqual([{ cause: expect.stringMatching(/^M/), keyword: '充电桩' }]);
    expect(mine).toEqual((await linked(original))[0]);
    // Before issue the impact already names the 案由 and says the letter is not out yet.
    const draft = await get('jh.admin', `/api/v1/suggestions/${adopted}/impact`);
    expect(draft.body).toMatchObject({ cause: { name: '供用电合同纠纷', keyword: '充电桩' }, note: '该建议尚未发出' });
  });

  it('once issued and adopted by the agency, its impact is measured over the agency’s region; the lower court reads the same', async () => {
    const edited = await t
      .http()
      .patch(`/api/v1/suggestions/${adopted}`)
      .set(await a.as('jh.admin'))
      .send({ contactPhone: '0579-82468000' });
    expect(edited.status).toBe(200);
    expect((await post('jh.admin', `/api/v1/suggestions/${adopted}/submit`, { version: edited.body.version })).body.status).toBe('IN_APPROVAL');
    expect((await post('jh.leader', `/api/v1/suggestions/${adopted}/approve`, { decision: 'APPROVE' })).body.status).toBe('ISSUED');
    // The agency's adoption and the confirmed implementation, dated back so that whole months follow (as plantLetter does).
    await t.ds.query(`UPDATE suggestions SET issued_at = '2024-07-10T02:00:00Z' WHERE id = $1`, [adopted]);
    await t.ds.query(
      `UPDATE deliveries SET evaluation_result = 'ADOPTED', evaluated_at = '2024-09-20T02:00:00Z', implementation_confirmed_at = '2024-09-20T02:00:00Z'
        WHERE suggestion_id = $1 AND kind = 'MAIN'`,
      [adopted],
    );
    const res = await get('jh.admin', `/api/v1/suggestions/${adopted}/impact`);
    // Region 330700 (金华市发改委): every 金华 court. Before 2023-07..2024-06: 充电桩 24, all cases 24 + 12 = 36;
    // after 2024-10..2025-09: 12, all 12 + 12 = 24 → −50%, control −33.33%, net −16.67 points.
    expect(res.body).toMatchObject({
      cause: { name: '供用电合同纠纷', keyword: '充电桩' },
      region: { code: '330700', organizationName: '金华市发展和改革委员会' },
      before: { from: '2023-07-01', cases: 24 },
      after: { from: '2024-10-01', months: 12, cases: 12, annualised: 12 },
      change: -0.5,
      control: { before: 36, after: 24, change: -0.3333 },
      netChange: -0.1667,
    });
    // The originating court follows the adopted letter (Art. 3) and reads the same figure.
    expect((await get('lx.judge', `/api/v1/suggestions/${adopted}/impact`)).body.netChange).toBe(-0.1667);
    const ranking = await get('jh.admin', '/api/v1/stats/impact');
    expect(ranking.body.items.map((r: { suggestionId: string }) => r.suggestionId)).toEqual([adopted]);
  });
});

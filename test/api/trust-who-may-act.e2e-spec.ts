import { randomUUID } from 'node:crypto';
import { TestApp } from '../harness';
import { Actors, auth, letterBody, letterInApproval, orgId, startClosedLoopApp } from './lifecycle.fixtures';

/**
 * Issue 12 point 1: API tokens never exceed their creator, and a machine never signs off.
 * How each was checked to fail without its fix:
 * - the role subset: with the check removed from ApiTokenService.create, lx.admin mints a
 *   COURT_LEADER token (201) and the first test fails;
 * - person acts: with `byPerson` removed from the transition rules, the court token issues the
 *   letter (200 ISSUED), reviews answer 403 FORBIDDEN (wrong division) instead of PERSON_REQUIRED,
 *   and the agency token's reply goes out unapproved;
 * - person-only endpoints: without @PersonOnly, POST /watchlist with a token is a 500 (NOT NULL
 *   user_id); without `byPerson` on ESCALATION_ADOPT the token is offered adoption (whose new
 *   letter would have no author).
 */
describe('who may act: API tokens', () => {
  let t: TestApp;
  let a: Actors;
  const JH = { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' };
  const stances = [
    { index: 1, stance: 'ADOPT' },
    { index: 2, stance: 'ADOPT' },
    { index: 3, stance: 'PARTIAL', note: '分步实施' },
  ];
  let courtToken: string;
  let agencyToken: string;

  const mint = async (as: string, orgCode: string, roles: string[]) =>
    t
      .http()
      .post(`/api/v1/organizations/${orgId(t, orgCode)}/api-tokens`)
      .set(await a.as(as))
      .send({ name: `OA ${roles.join('+')}`, roles });
  const counts = async () =>
    (
      await t.ds.query(
        `SELECT (SELECT count(*)::int FROM api_tokens) AS tokens, (SELECT count(*)::int FROM audit_events WHERE action NOT LIKE 'auth.%') AS audits`,
      )
    )[0];
  const post = (tok: string, path: string, body: Record<string, unknown> = {}) => t.http().post(path).set(auth(tok)).send(body);
  const get = (tok: string, path: string) => t.http().get(path).set(auth(tok));
  const statusOf = async (id: string) => (await t.ds.query(`SELECT status FROM suggestions WHERE id = $1`, [id]))[0].status;

  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
  });
  afterAll(() => t.close());

  it('refuses a token holding a role its creator does not hold: 403 TOKEN_ROLE_EXCEEDS_CREATOR, nothing written', async () => {
    const before = await counts();
    for (const roles of [['COURT_LEADER'], ['COURT_ADMIN', 'JUDGE'], ['DIVISION_HEAD']]) {
      const res = await mint('lx.admin', 'COURT-330781', roles);
      expect({ roles, status: res.status, code: res.body.code, token: res.body.token }).toEqual({
        roles,
        status: 403,
        code: 'TOKEN_ROLE_EXCEEDS_CREATOR',
        token: undefined,
      });
      expect(res.body.details).toEqual([expect.objectContaining({ field: 'roles' })]);
    }
    expect(await counts()).toEqual(before);
    // Within their own roles they may; an agency leader may also mint a clerk's token ("everything a clerk can").
    expect((await mint('lx.admin', 'COURT-330781', ['COURT_ADMIN'])).status).toBe(201);
    expect((await mint('jhzjj.leader', 'AG-330700-ZJJ', ['AGENCY_CLERK'])).status).toBe(201);
    // SYS_ADMIN grants any role of the organization's type, but never SYS_ADMIN.
    const sys = await mint('admin', 'COURT-330700', ['DIVISION_HEAD', 'COURT_LEADER', 'COURT_ADMIN']);
    expect(sys.status).toBe(201);
    courtToken = sys.body.token;
    expect((await mint('admin', 'COURT-330700', ['SYS_ADMIN'])).body.code).toBe('ROLE_NOT_ALLOWED_FOR_ORGANIZATION');
    const agency = await mint('jhzjj.leader', 'AG-330700-ZJJ', ['AGENCY_LEADER', 'AGENCY_CLERK']);
    expect(agency.status).toBe(201);
    agencyToken = agency.body.token;
  });

  it('never lets a token review or sign off (签发), whatever its roles: 403 PERSON_REQUIRED, not offered, nothing changed', async () => {
    const created = await t
      .http()
      .post('/api/v1/suggestions')
      .set(await a.as(JH.judge))
      .send(letterBody(t));
    const id = created.body.id as string;
    expect(
      (
        await t
          .http()
          .post(`/api/v1/suggestions/${id}/submit`)
          .set(await a.as(JH.judge))
          .send({})
      ).status,
    ).toBe(200);
    const seen = await get(courtToken, `/api/v1/suggestions/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.allowedActions).not.toEqual(expect.arrayContaining(['REVIEW_APPROVE']));
    for (const decision of ['APPROVE', 'RETURN']) {
      const res = await post(courtToken, `/api/v1/suggestions/${id}/review`, { decision, comment: '机器审核' });
      expect([res.status, res.body.code]).toEqual([403, 'PERSON_REQUIRED']);
    }
    expect(await statusOf(id)).toBe('IN_REVIEW');

    expect(
      (
        await t
          .http()
          .post(`/api/v1/suggestions/${id}/review`)
          .set(await a.as(JH.head))
          .send({ decision: 'APPROVE' })
      ).status,
    ).toBe(200);
    const inApproval = await get(courtToken, `/api/v1/suggestions/${id}`);
    expect(inApproval.body.allowedActions).not.toContain('APPROVE');
    expect(inApproval.body.allowedActions).not.toContain('APPROVAL_RETURN');
    const before = await counts();
    for (const decision of ['APPROVE', 'RETURN']) {
      const res = await post(courtToken, `/api/v1/suggestions/${id}/approve`, { decision, comment: '机器签发' });
      expect([res.status, res.body.code]).toEqual([403, 'PERSON_REQUIRED']);
    }
    expect(await counts()).toEqual(before);
    expect(await statusOf(id)).toBe('IN_APPROVAL');
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM deliveries WHERE suggestion_id = $1`, [id]);
    expect(n).toBe(0);
  });

  it('never lets a token approve a reply or evaluate one; a token’s own reply waits for a named leader', async () => {
    const id = await letterInApproval(t, a, JH.judge, JH.head, letterBody(t, { title: '关于规范物业维修资金使用的司法建议' }));
    const issued = await t
      .http()
      .post(`/api/v1/suggestions/${id}/approve`)
      .set(await a.as(JH.leader))
      .send({ decision: 'APPROVE' });
    const deliveryId = issued.body.deliveries[0].id as string;
    expect((await post(agencyToken, `/api/v1/deliveries/${deliveryId}/sign`)).status).toBe(200);
    // The token holds AGENCY_LEADER, yet its reply is a draft awaiting a person's approval (金华市住建局 requires approval).
    const drafted = await post(agencyToken, `/api/v1/deliveries/${deliveryId}/reply`, { content: '系统对接回复', items: stances });
    expect(drafted.status).toBe(200);
    expect(drafted.body).toMatchObject({ status: 'SIGNED', reply: { status: 'PENDING_APPROVAL' } });
    expect(drafted.body.allowedActions).not.toContain('APPROVE_REPLY');
    const refused = await post(agencyToken, `/api/v1/deliveries/${deliveryId}/reply/approve`);
    expect([refused.status, refused.body.code]).toEqual([403, 'PERSON_REQUIRED']);
    // Returning the reply to its writer is the leader's judgement too: a token may not, and nothing changes.
    const auditsBefore = await t.ds.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'delivery.reply_return'`);
    const noReturn = await post(agencyToken, `/api/v1/deliveries/${deliveryId}/reply/return`, { comment: '请补充整改时限' });
    expect([noReturn.status, noReturn.body.code]).toEqual([403, 'PERSON_REQUIRED']);
    expect(drafted.body.allowedActions).not.toContain('RETURN_REPLY');
    const [still] = await t.ds.query(`SELECT status, return_comment FROM delivery_replies WHERE delivery_id = $1 AND status <> 'SUPERSEDED'`, [deliveryId]);
    expect(still).toEqual({ status: 'PENDING_APPROVAL', return_comment: null });
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'delivery.reply_return'`)).toEqual(auditsBefore);
    const leaderView = await t
      .http()
      .get(`/api/v1/deliveries/${deliveryId}`)
      .set(await a.as('jhzjj.leader'));
    expect(leaderView.body.allowedActions).toContain('APPROVE_REPLY');
    expect(
      (
        await t
          .http()
          .post(`/api/v1/deliveries/${deliveryId}/reply/approve`)
          .set(await a.as('jhzjj.leader'))
          .send({})
      ).body.status,
    ).toBe('REPLIED');

    const courtView = await get(courtToken, `/api/v1/deliveries/${deliveryId}`);
    expect(courtView.body.allowedActions).not.toContain('EVALUATE');
    const evaluation = { result: 'ADOPTED', comment: '采纳', followUpDate: '2031-07-01' };
    const noEval = await post(courtToken, `/api/v1/deliveries/${deliveryId}/evaluate`, evaluation);
    expect([noEval.status, noEval.body.code]).toEqual([403, 'PERSON_REQUIRED']);
    const [{ status }] = await t.ds.query(`SELECT status FROM deliveries WHERE id = $1`, [deliveryId]);
    expect(status).toBe('REPLIED');
    expect(
      (
        await t
          .http()
          .get(`/api/v1/deliveries/${deliveryId}`)
          .set(await a.as('jh.admin'))
      ).body.allowedActions,
    ).toContain('EVALUATE');
  });

  it('answers a token on person-only endpoints 403 PERSON_REQUIRED, never 500: the watch list, adopting an escalated letter', async () => {
    const letter = await letterInApproval(t, a, JH.judge, JH.head, letterBody(t, { title: '关于加强电梯安全管理的司法建议' }));
    for (const [method, path, body] of [
      ['post', '/api/v1/watchlist', { suggestionId: letter }],
      ['get', '/api/v1/watchlist', undefined],
      ['delete', `/api/v1/watchlist/${randomUUID()}`, undefined],
    ] as const) {
      const res = await t.http()[method](path).set(auth(courtToken)).send(body);
      expect({ method, path, status: res.status, code: res.body.code }).toEqual({ method, path, status: 403, code: 'PERSON_REQUIRED' });
    }
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM supervision_watches`);
    expect(n).toBe(0);

    // 兰溪 writes to a city bureau: the letter goes up to 金华中院 (Art. 3), whose token may not adopt it in the court's name.
    const up = await letterInApproval(t, a, 'lx.judge', 'lx.head', letterBody(t, { title: '关于加强全市物业服务企业监管的建议' }, ['AG-330700-ZJJ']));
    expect(
      (
        await t
          .http()
          .post(`/api/v1/suggestions/${up}/approve`)
          .set(await a.as('lx.leader'))
          .send({ decision: 'APPROVE' })
      ).body.status,
    ).toBe('ESCALATED');
    expect((await get(courtToken, `/api/v1/suggestions/${up}`)).body.allowedActions).toEqual(['ESCALATION_RETURN']);
    const adopt = await post(courtToken, `/api/v1/suggestions/${up}/escalation`, { decision: 'ADOPT' });
    expect([adopt.status, adopt.body.code]).toEqual([403, 'PERSON_REQUIRED']);
    const [{ adopted }] = await t.ds.query(`SELECT adopted_as_id AS adopted FROM suggestions WHERE id = $1`, [up]);
    expect(adopted).toBeNull();
  });

  it('never answers a token 500 on any route (every route of the OpenAPI document, with real ids)', async () => {
    const letter = (await t.ds.query(`SELECT s.id, d.id AS delivery FROM suggestions s JOIN deliveries d ON d.suggestion_id = s.id LIMIT 1`))[0];
    const doc = (await t.http().get('/api/docs-json')).body as { paths: Record<string, Record<string, unknown>> };
    const idFor = (path: string) =>
      path.includes('/suggestions/')
        ? letter.id
        : path.includes('/deliveries/')
          ? letter.delivery
          : path.includes('/organizations/')
            ? orgId(t, 'COURT-330700')
            : randomUUID();
    const failures: string[] = [];
    for (const tok of [courtToken, agencyToken]) {
      for (const [path, methods] of Object.entries(doc.paths)) {
        if (path.includes('logout')) continue;
        for (const method of Object.keys(methods) as ('get' | 'post' | 'put' | 'patch' | 'delete')[]) {
          const url = path.replace('{year}', '2031').replace(/\{[^}]+\}/g, () => idFor(path));
          const res = await t.http()[method](url).set(auth(tok)).send({});
          if (res.status >= 500) failures.push(`${method.toUpperCase()} ${path} → ${res.status} ${res.body.code}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

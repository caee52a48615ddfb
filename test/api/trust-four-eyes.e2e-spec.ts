import { TestApp } from '../harness';
import { Actors, letterBody, orgId, startClosedLoopApp } from './lifecycle.fixtures';

/**
 * Issue 12 point 2: separation of duties (四眼原则). The author of a letter neither reviews nor
 * signs it off, whatever roles they hold; the drafter of an agency reply never approves it.
 * Checked failing by removing `notAuthor` from the letter's review/approval rules (the one-person
 * court then reviews and issues its own letter: 200) and `notOwnWork` from the reply approval
 * (the clerk-turned-leader then approves their own draft: 200).
 */
describe('who may act: 四眼原则', () => {
  let t: TestApp;
  let a: Actors;
  const stances = [
    { index: 1, stance: 'ADOPT' },
    { index: 2, stance: 'ADOPT' },
    { index: 3, stance: 'ADOPT' },
  ];

  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
  });
  afterAll(() => t.close());

  const post = async (as: string, path: string, body: Record<string, unknown> = {}) =>
    t
      .http()
      .post(path)
      .set(await a.as(as))
      .send(body);
  const letterRow = async (id: string) => (await t.ds.query(`SELECT status, version FROM suggestions WHERE id = $1`, [id]))[0];

  it('never lets the author review or sign off their own letter, even holding JUDGE + DIVISION_HEAD + COURT_LEADER', async () => {
    const res = await t
      .http()
      .post('/api/v1/users')
      .set(await a.as('admin'))
      .send({
        organizationId: orgId(t, 'COURT-330700'),
        username: 'jh.allinone',
        displayName: '一人多岗(金华中院民二庭)',
        roles: ['JUDGE', 'DIVISION_HEAD', 'COURT_LEADER'],
        division: '民二庭',
        password: 'Test@password-2026',
      });
    expect(res.status).toBe(201);
    const created = await post('jh.allinone', '/api/v1/suggestions', letterBody(t, { title: '关于规范预付式消费管理的司法建议' }));
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect((await post('jh.allinone', `/api/v1/suggestions/${id}/submit`)).status).toBe(200);

    const mine = await t
      .http()
      .get(`/api/v1/suggestions/${id}`)
      .set(await a.as('jh.allinone'));
    expect(mine.body.allowedActions).not.toContain('REVIEW_APPROVE');
    expect(mine.body.allowedActions).not.toContain('REVIEW_RETURN');
    const before = await letterRow(id);
    for (const decision of ['APPROVE', 'RETURN']) {
      const r = await post('jh.allinone', `/api/v1/suggestions/${id}/review`, { decision, comment: '自审' });
      expect({ decision, status: r.status, code: r.body.code }).toEqual({ decision, status: 403, code: 'SELF_APPROVAL' });
    }
    expect(await letterRow(id)).toEqual(before);

    // Another head of the division reviews it; then the author, also a court leader, may not sign it off.
    expect((await post('jh.head', `/api/v1/suggestions/${id}/review`, { decision: 'APPROVE' })).body.status).toBe('IN_APPROVAL');
    const inApproval = await t
      .http()
      .get(`/api/v1/suggestions/${id}`)
      .set(await a.as('jh.allinone'));
    expect(inApproval.body.allowedActions).not.toContain('APPROVE');
    expect(inApproval.body.allowedActions).not.toContain('APPROVAL_RETURN');
    for (const decision of ['APPROVE', 'RETURN']) {
      const r = await post('jh.allinone', `/api/v1/suggestions/${id}/approve`, { decision, comment: '自签' });
      expect({ decision, status: r.status, code: r.body.code }).toEqual({ decision, status: 403, code: 'SELF_APPROVAL' });
    }
    expect((await letterRow(id)).status).toBe('IN_APPROVAL');
    const [{ n }] = await t.ds.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action IN ('suggestion.approve', 'suggestion.review_approve')`,
      [id],
    );
    expect(n).toBe(1); // jh.head's review only
    const leader = await t
      .http()
      .get(`/api/v1/suggestions/${id}`)
      .set(await a.as('jh.leader'));
    expect(leader.body.allowedActions).toContain('APPROVE');
    expect((await post('jh.leader', `/api/v1/suggestions/${id}/approve`, { decision: 'APPROVE' })).body.status).toBe('ISSUED');
  });

  it('never lets the drafter of a reply approve it, even once made a leader; another leader does', async () => {
    const id = (await post('jh.judge', '/api/v1/suggestions', letterBody(t, { title: '关于加强老旧小区加装电梯管理的司法建议' }))).body.id as string;
    await post('jh.judge', `/api/v1/suggestions/${id}/submit`);
    await post('jh.head', `/api/v1/suggestions/${id}/review`, { decision: 'APPROVE' });
    const issued = await post('jh.leader', `/api/v1/suggestions/${id}/approve`, { decision: 'APPROVE' });
    const deliveryId = issued.body.deliveries[0].id as string;
    await a.createUser('zjj.drafter', 'AG-330700-ZJJ', ['AGENCY_CLERK'], '起草人(金华市住建局)');
    expect((await post('zjj.drafter', `/api/v1/deliveries/${deliveryId}/sign`)).status).toBe(200);
    const drafted = await post('zjj.drafter', `/api/v1/deliveries/${deliveryId}/reply`, { content: '我局已研究。', items: stances });
    expect(drafted.body.reply.status).toBe('PENDING_APPROVAL');

    // The drafter is promoted; the new role takes effect at their next login.
    const drafter = (await t.ds.query(`SELECT id, version FROM users WHERE username = 'zjj.drafter'`))[0];
    const promoted = await t
      .http()
      .patch(`/api/v1/users/${drafter.id}`)
      .set(await a.as('admin'))
      .send({ roles: ['AGENCY_CLERK', 'AGENCY_LEADER'], version: drafter.version });
    expect(promoted.status).toBe(200);
    const tok = await t.login('zjj.drafter');
    const view = await t
      .http()
      .get(`/api/v1/deliveries/${deliveryId}`)
      .set({ authorization: `Bearer ${tok}` });
    expect(view.body.allowedActions).not.toContain('APPROVE_REPLY');
    const self = await t
      .http()
      .post(`/api/v1/deliveries/${deliveryId}/reply/approve`)
      .set({ authorization: `Bearer ${tok}` })
      .send({});
    expect([self.status, self.body.code]).toEqual([403, 'SELF_APPROVAL']);
    const [{ status }] = await t.ds.query(`SELECT status FROM delivery_replies WHERE delivery_id = $1`, [deliveryId]);
    expect(status).toBe('PENDING_APPROVAL');

    expect((await post('jhzjj.leader', `/api/v1/deliveries/${deliveryId}/reply/approve`)).body.status).toBe('REPLIED');
  });

  it('lets a leader’s own reply go out at once: they are the approving authority', async () => {
    const id = (await post('jh.judge', '/api/v1/suggestions', letterBody(t, { title: '关于规范小区停车管理的司法建议' }))).body.id as string;
    await post('jh.judge', `/api/v1/suggestions/${id}/submit`);
    await post('jh.head', `/api/v1/suggestions/${id}/review`, { decision: 'APPROVE' });
    const deliveryId = (await post('jh.leader', `/api/v1/suggestions/${id}/approve`, { decision: 'APPROVE' })).body.deliveries[0].id as string;
    await post('jhzjj.leader', `/api/v1/deliveries/${deliveryId}/sign`);
    const replied = await post('jhzjj.leader', `/api/v1/deliveries/${deliveryId}/reply`, { content: '我局将落实。', items: stances });
    expect(replied.body).toMatchObject({ status: 'REPLIED', reply: { status: 'SUBMITTED' } });
  });
});

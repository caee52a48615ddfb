import { randomUUID } from 'node:crypto';
import { TestApp } from '../harness';
import { Actors, issuedLetter, letterBody, orgId, startClosedLoopApp } from './lifecycle.fixtures';

/**
 * POST /deliveries/:id/reply writes many rows in one transaction (reply, delivery, timeline,
 * notices, audit): each is there after a success, none after a failure.
 */
describe('replying: the rows one reply writes', () => {
  let t: TestApp;
  let a: Actors;
  const court = { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' };
  const stances = [
    { index: 1, stance: 'ADOPT' },
    { index: 2, stance: 'PARTIAL', note: '分步实施' },
    { index: 3, stance: 'DECLINE', note: '超出职权' },
  ];

  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
  });
  afterAll(() => t.close());

  async function signedDelivery(orgCode: string, clerk: string): Promise<{ id: string; suggestionId: string; version: number }> {
    const letter = await issuedLetter(t, a, court, letterBody(t, {}, [orgCode]));
    const id = letter.deliveries[0].id as string;
    const signed = await t
      .http()
      .post(`/api/v1/deliveries/${id}/sign`)
      .set(await a.as(clerk))
      .send({});
    expect(signed.status).toBe(200);
    return { id, suggestionId: letter.id, version: signed.body.version };
  }

  const rowsOf = async (deliveryId: string) => {
    const [r] = await t.ds.query(
      `SELECT (SELECT json_agg(json_build_object('id', id, 'status', status, 'items', items, 'written_by', written_by) ORDER BY written_at, status) FROM delivery_replies WHERE delivery_id = $1) AS replies,
              (SELECT json_agg(json_build_object('action', action, 'from', from_status, 'to', to_status, 'data', data) ORDER BY id) FROM timeline_events WHERE delivery_id = $1) AS timeline,
              (SELECT json_agg(json_build_object('user_id', user_id, 'kind', kind, 'title', title) ORDER BY kind, user_id) FROM in_app_notifications WHERE delivery_id = $1) AS notices,
              (SELECT json_agg(json_build_object('action', action, 'data', data) ORDER BY id) FROM audit_events WHERE entity_id = $1::text) AS audits,
              (SELECT json_build_object('status', status, 'version', version, 'replied_at', replied_at) FROM deliveries WHERE id = $1) AS delivery`,
      [deliveryId],
    );
    return r as {
      replies: any[] | null;
      timeline: any[];
      notices: any[] | null;
      audits: any[];
      delivery: { status: string; version: number; replied_at: string | null };
    };
  };

  it('stores the reply, moves the delivery to REPLIED, and writes its timeline event, the court’s notices and the audit event', async () => {
    const d = await signedDelivery('AG-330700-FGW', 'jhfgw.clerk');
    const before = await rowsOf(d.id);
    const res = await t
      .http()
      .post(`/api/v1/deliveries/${d.id}/reply`)
      .set(await a.as('jhfgw.clerk'))
      .send({ content: '我委已研究部署。', measures: '制定方案', items: stances, version: d.version });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: d.id,
      status: 'REPLIED',
      version: d.version + 1,
      reply: { status: 'SUBMITTED', content: '我委已研究部署。', measures: '制定方案', items: stances.map((s) => ({ note: '', ...s })) },
    });
    const after = await rowsOf(d.id);
    const clerk = t.dir.users.get('jhfgw.clerk')!.id;
    expect(after.replies).toEqual([{ id: res.body.reply.id, status: 'SUBMITTED', items: stances.map((s) => ({ note: '', ...s })), written_by: clerk }]);
    expect(after.delivery).toMatchObject({ status: 'REPLIED', version: d.version + 1, replied_at: expect.any(String) });
    expect(after.timeline.slice(before.timeline.length)).toEqual([
      {
        action: 'delivery.replied',
        from: 'SIGNED',
        to: 'REPLIED',
        data: { replyId: res.body.reply.id, stances: ['ADOPT', 'PARTIAL', 'DECLINE'], onTime: true },
      },
    ]);
    // The court's admins and the letter's author, each once (the judge is not an admin).
    const expected: { id: string }[] = await t.ds.query(
      `SELECT id FROM users WHERE active AND (id = $2 OR (organization_id = $1 AND 'COURT_ADMIN' = ANY(roles))) ORDER BY id`,
      [orgId(t, 'COURT-330700'), t.dir.users.get('jh.judge')!.id],
    );
    const replied = after.notices!.filter((n) => n.kind === 'delivery.replied');
    expect(replied.map((n) => n.user_id).sort()).toEqual(expected.map((u) => u.id).sort());
    expect(replied.every((n) => n.title.includes('已回复'))).toBe(true);
    expect(after.audits.slice(before.audits.length)).toEqual([
      {
        action: 'delivery.reply',
        data: { suggestionId: d.suggestionId, status: 'REPLIED', replyId: res.body.reply.id, stances: ['ADOPT', 'PARTIAL', 'DECLINE'] },
      },
    ]);
    const verify = await t
      .http()
      .get('/api/v1/audit/verify')
      .set(await a.as('admin'));
    expect(verify.body).toMatchObject({ valid: true, firstBrokenId: null });
  });

  it('replaces a reply the leader returned: one current reply, the old one SUPERSEDED, each draft told to the leaders', async () => {
    const d = await signedDelivery('AG-330700-ZJJ', 'jhzjj.clerk');
    const first = await t
      .http()
      .post(`/api/v1/deliveries/${d.id}/reply`)
      .set(await a.as('jhzjj.clerk'))
      .send({ content: '初稿', items: stances });
    expect(first.body).toMatchObject({ status: 'SIGNED', version: d.version + 1, reply: { status: 'PENDING_APPROVAL', content: '初稿' } });
    // While it waits for the leader, no other reply goes in; once returned, the clerk's next one replaces it.
    const early = await t
      .http()
      .post(`/api/v1/deliveries/${d.id}/reply`)
      .set(await a.as('jhzjj.clerk'))
      .send({ content: '修改稿', items: stances });
    expect([early.status, early.body.code]).toEqual([409, 'REPLY_AWAITING_APPROVAL']);
    const returned = await t
      .http()
      .post(`/api/v1/deliveries/${d.id}/reply/return`)
      .set(await a.as('jhzjj.leader'))
      .send({ comment: '请补充措施' });
    expect(returned.body).toMatchObject({ version: d.version + 2, reply: { status: 'RETURNED' } });
    const second = await t
      .http()
      .post(`/api/v1/deliveries/${d.id}/reply`)
      .set(await a.as('jhzjj.clerk'))
      .send({ content: '修改稿', items: stances, version: returned.body.version });
    expect(second.body).toMatchObject({ status: 'SIGNED', version: d.version + 3, reply: { status: 'PENDING_APPROVAL', content: '修改稿' } });
    const drafts = await rowsOf(d.id);
    expect(drafts.replies!.map((r) => [r.id, r.status]).sort()).toEqual(
      [
        [first.body.reply.id, 'SUPERSEDED'],
        [second.body.reply.id, 'PENDING_APPROVAL'],
      ].sort(),
    );
    const leaders: { id: string }[] = await t.ds.query(`SELECT id FROM users WHERE active AND organization_id = $1 AND 'AGENCY_LEADER' = ANY(roles)`, [
      orgId(t, 'AG-330700-ZJJ'),
    ]);
    expect(leaders.length).toBeGreaterThan(0);
    expect(
      drafts
        .notices!.filter((n) => n.kind === 'delivery.reply_pending_approval')
        .map((n) => n.user_id)
        .sort(),
    ).toEqual(leaders.flatMap((u) => [u.id, u.id]).sort());
    expect(drafts.timeline.filter((e) => e.action === 'delivery.reply_drafted').map((e) => e.data.replyId)).toEqual([
      first.body.reply.id,
      second.body.reply.id,
    ]);

    const approved = await t
      .http()
      .post(`/api/v1/deliveries/${d.id}/reply/approve`)
      .set(await a.as('jhzjj.leader'))
      .send({});
    expect(approved.body).toMatchObject({ status: 'REPLIED', reply: { id: second.body.reply.id, status: 'SUBMITTED', content: '修改稿' } });
    const done = await rowsOf(d.id);
    expect(done.audits.map((e) => e.action).filter((x) => x.startsWith('delivery.reply'))).toEqual([
      'delivery.reply_draft',
      'delivery.reply_return',
      'delivery.reply_draft',
      'delivery.reply_approve',
    ]);
    expect(done.notices!.filter((n) => n.kind === 'delivery.replied').length).toBeGreaterThan(0);
  });

  it('writes nothing when the reply is refused (unknown attachment, wrong items, stale version, someone else’s delivery)', async () => {
    const d = await signedDelivery('AG-330700-FGW', 'jhfgw.clerk');
    const before = await rowsOf(d.id);
    const post = async (who: string, body: Record<string, unknown>) =>
      t
        .http()
        .post(`/api/v1/deliveries/${d.id}/reply`)
        .set(await a.as(who))
        .send(body);
    const badFile = await post('jhfgw.clerk', { content: 'x', items: stances, attachmentIds: [randomUUID()] });
    expect([badFile.status, badFile.body.code]).toEqual([422, 'ATTACHMENT_NOT_FOUND']);
    const badItems = await post('jhfgw.clerk', { content: 'x', items: stances.slice(0, 2) });
    expect([badItems.status, badItems.body.code]).toEqual([422, 'REPLY_ITEMS_MISMATCH']);
    const stale = await post('jhfgw.clerk', { content: 'x', items: stances, version: d.version - 1 });
    expect(stale.status).toBe(409);
    const stranger = await post('jhzjj.clerk', { content: 'x', items: stances });
    expect(stranger.status).toBe(404);
    expect(await rowsOf(d.id)).toEqual(before);
  });
});

import { TestApp } from '../harness';
import { Actors, issuedLetter, letterBody, orgId, startClosedLoopApp } from './lifecycle.fixtures';

/**
 * Drafting as people live it (issue 14): a letter goes to review only when complete (point 10), a
 * draft never submitted is deleted — soft, audited — while 撤回 is offered only once something was
 * sent (point 8), and the drafting form's similar-letter check also finds what neighbouring courts
 * have issued, without their content (point 12).
 *
 * Seen failing: with `assertComplete` left out of submit, the incomplete draft went to IN_REVIEW
 * (200 instead of 422); with the DELETED filter left out of visibleLetters the deleted draft still
 * answered 200; with the `elsewhere` court filter widened to every court, the 西湖 judge was shown
 * the 金华 letter.
 */
describe('drafting: complete before submit, delete drafts, similar letters across courts', () => {
  let t: TestApp;
  let a: Actors;
  const LX = { judge: 'lx.judge', head: 'lx.head', leader: 'lx.leader' };
  const JH = { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' };
  const http = () => t.http();
  const audits = (id: string, action: string) =>
    t.ds.query(`SELECT actor_user_id, data FROM audit_events WHERE entity_id = $1 AND action = $2 ORDER BY id`, [id, action]);
  const row = async (id: string) => (await t.ds.query(`SELECT status, version, deleted_at FROM suggestions WHERE id = $1`, [id]))[0];

  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
  });
  afterAll(() => t.close());

  const draft = async (overrides: Record<string, unknown> = {}, main = ['AG-330781-SCJG'], judge = 'lx.judge') => {
    const res = await http()
      .post('/api/v1/suggestions')
      .set(await a.as(judge))
      .send(letterBody(t, overrides, main));
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number; allowedActions: string[] };
  };

  it('answers 422 LETTER_INCOMPLETE naming the missing legal basis, contact person and phone, and writes nothing', async () => {
    const d = await draft({ legalBasis: '', contactName: null, contactPhone: '  ' });
    const before = await row(d.id);
    const res = await http()
      .post(`/api/v1/suggestions/${d.id}/submit`)
      .set(await a.as('lx.judge'))
      .send({});
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('LETTER_INCOMPLETE');
    expect(res.body.details.map((x: { field: string }) => x.field)).toEqual(['legalBasis', 'contactName', 'contactPhone']);
    expect(res.body.message).toMatch(/^司法建议书尚不完整，不能提交：请填写法律依据；请填写联系人；请填写联系电话$/);
    expect(await row(d.id)).toEqual(before);
    expect(await audits(d.id, 'suggestion.submit')).toEqual([]);

    // Who may call: the author only — another court's judge gets 404, an agency 403.
    expect(
      (
        await http()
          .post(`/api/v1/suggestions/${d.id}/submit`)
          .set(await a.as('jh.judge'))
          .send({})
      ).status,
    ).toBe(404);
    expect(
      (
        await http()
          .post(`/api/v1/suggestions/${d.id}/submit`)
          .set(await a.as('lxscjg.clerk'))
          .send({})
      ).status,
    ).toBe(403);

    const patched = await http()
      .patch(`/api/v1/suggestions/${d.id}`)
      .set(await a.as('lx.judge'))
      .send({ legalBasis: '《中华人民共和国消费者权益保护法》第三十二条', contactName: '王承办', contactPhone: '0579-88888888' });
    expect(patched.status).toBe(200);
    const ok = await http()
      .post(`/api/v1/suggestions/${d.id}/submit`)
      .set(await a.as('lx.judge'))
      .send({});
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('IN_REVIEW');
    expect(await audits(d.id, 'suggestion.submit')).toHaveLength(1);
  });

  it('deletes a never-submitted draft (author only; soft, audited, then 404 everywhere); a submitted letter is not deleted', async () => {
    const d = await draft();
    expect(d.allowedActions).toContain('DELETE');
    expect(d.allowedActions).not.toContain('WITHDRAW');
    // Outsider 404, other roles of the court 403, a malformed id 404, a bad version 400, a stale one 409: nothing written.
    expect(
      (
        await http()
          .delete(`/api/v1/suggestions/${d.id}`)
          .set(await a.as('jh.judge'))
      ).status,
    ).toBe(404);
    const head = await http()
      .delete(`/api/v1/suggestions/${d.id}`)
      .set(await a.as('lx.admin'));
    expect([head.status, head.body.code]).toEqual([403, 'FORBIDDEN']);
    expect(
      (
        await http()
          .delete(`/api/v1/suggestions/not-a-uuid`)
          .set(await a.as('lx.judge'))
      ).status,
    ).toBe(404);
    const badVersion = await http()
      .delete(`/api/v1/suggestions/${d.id}?version=zero`)
      .set(await a.as('lx.judge'));
    expect([badVersion.status, badVersion.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const stale = await http()
      .delete(`/api/v1/suggestions/${d.id}?version=9`)
      .set(await a.as('lx.judge'));
    expect([stale.status, stale.body.code]).toEqual([409, 'VERSION_CONFLICT']);
    expect(await row(d.id)).toMatchObject({ status: 'DRAFT', deleted_at: null });

    const del = await http()
      .delete(`/api/v1/suggestions/${d.id}?version=${d.version}`)
      .set(await a.as('lx.judge'));
    expect(del.status).toBe(204);
    expect(await row(d.id)).toMatchObject({ status: 'DELETED', deleted_at: expect.any(Date) });
    const [audit] = await audits(d.id, 'suggestion.delete');
    expect(audit).toMatchObject({ actor_user_id: t.dir.users.get('lx.judge')!.id, data: { status: 'DELETED' } });
    for (const u of ['lx.judge', 'lx.admin', 'lx.head']) {
      expect(
        (
          await http()
            .get(`/api/v1/suggestions/${d.id}`)
            .set(await a.as(u))
        ).status,
      ).toBe(404);
      const list = await http()
        .get('/api/v1/suggestions?pageSize=100')
        .set(await a.as(u));
      expect(list.body.items.map((s: { id: string }) => s.id)).not.toContain(d.id);
    }
    expect(
      (
        await http()
          .delete(`/api/v1/suggestions/${d.id}`)
          .set(await a.as('lx.judge'))
      ).status,
    ).toBe(404);

    // Submitted once (IN_REVIEW): no delete, and no 撤回 before anything was sent.
    const submitted = await draft();
    const inReview = await http()
      .post(`/api/v1/suggestions/${submitted.id}/submit`)
      .set(await a.as('lx.judge'))
      .send({});
    expect(inReview.body.allowedActions).not.toContain('DELETE');
    const refused = await http()
      .delete(`/api/v1/suggestions/${submitted.id}`)
      .set(await a.as('lx.judge'));
    expect([refused.status, refused.body.code]).toEqual([409, 'INVALID_TRANSITION']);
    expect(await row(submitted.id)).toMatchObject({ status: 'IN_REVIEW' });
    const asAdmin = await http()
      .get(`/api/v1/suggestions/${submitted.id}`)
      .set(await a.as('lx.admin'));
    expect(asAdmin.body.allowedActions).not.toContain('WITHDRAW');
    const early = await http()
      .post(`/api/v1/suggestions/${submitted.id}/withdraw`)
      .set(await a.as('lx.admin'))
      .send({ reason: '不再需要' });
    expect([early.status, early.body.code]).toEqual([409, 'INVALID_TRANSITION']);
    // Issued: now 撤回 is offered to the court.
    const issued = await issuedLetter(t, a, LX, letterBody(t, {}, ['AG-330781-SCJG']));
    expect(
      (
        await http()
          .get(`/api/v1/suggestions/${issued.id}`)
          .set(await a.as('lx.admin'))
      ).body.allowedActions,
    ).toContain('WITHDRAW');
  });

  it('shows at drafting time the letters neighbouring courts issued — title, number, court, recipients, date and state only', async () => {
    const fgw = orgId(t, 'AG-330700-FGW');
    // 金华中院 issues a letter on 充电桩 to 金华市发改委; 兰溪 cannot see it (another court's letter).
    const issued = await issuedLetter(t, a, JH, letterBody(t, { title: '关于加快老旧小区电动汽车充电桩建设的司法建议' }, ['AG-330700-FGW']));
    expect(
      (
        await http()
          .get(`/api/v1/suggestions/${issued.id}`)
          .set(await a.as('lx.judge'))
      ).status,
    ).toBe(404);
    // A 中院 draft on the same problem is nobody's business outside that court.
    await draft({ title: '关于老旧小区电动汽车充电桩建设的司法建议（草稿）' }, ['AG-330700-FGW'], 'jh.judge');

    const q = `/api/v1/suggestions/similar?title=${encodeURIComponent('关于老旧小区电动汽车充电桩建设管理的司法建议')}&recipientIds=${fgw}`;
    const res = await http()
      .get(q)
      .set(await a.as('lx.judge'));
    expect(res.status).toBe(200);
    expect(res.body.visible.map((v: { id: string }) => v.id)).not.toContain(issued.id);
    expect(res.body.elsewhere).toHaveLength(1);
    const [hit] = res.body.elsewhere;
    expect(Object.keys(hit).sort()).toEqual(
      ['courtName', 'docNumber', 'issuedAt', 'reasons', 'recipients', 'sharedRecipients', 'status', 'title', 'titleSimilarity'].sort(),
    );
    expect(hit).toMatchObject({
      docNumber: issued.docNumber,
      title: '关于加快老旧小区电动汽车充电桩建设的司法建议',
      courtName: '金华市中级人民法院',
      recipients: ['金华市发展和改革委员会'],
      status: 'ISSUED',
      sharedRecipients: ['金华市发展和改革委员会'],
      reasons: ['SAME_PROBLEM', 'SAME_RECIPIENT'],
    });
    expect(JSON.stringify(hit)).not.toContain(issued.id);

    // A court of another city (西湖区, under 杭州中院) is not told.
    await a.createUser('xh.judge', 'COURT-330106', ['JUDGE']);
    expect(
      (
        await http()
          .get(q)
          .set(await a.as('xh.judge'))
      ).body.elsewhere,
    ).toEqual([]);
    // Who may call: court staff; an agency 403; bad input 400; someone else's draft as excludeId 404.
    expect(
      (
        await http()
          .get(q)
          .set(await a.as('jhfgw.clerk'))
      ).status,
    ).toBe(403);
    const bad = await http()
      .get(`/api/v1/suggestions/similar?title=x&recipientIds=nope`)
      .set(await a.as('lx.judge'));
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(
      (
        await http()
          .get(`${q}&excludeId=${issued.id}`)
          .set(await a.as('lx.judge'))
      ).status,
    ).toBe(404);
  });
});

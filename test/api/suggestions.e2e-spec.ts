import { TestApp } from '../harness';
import { Actors, issuedLetter, letterBody, letterInApproval, orgId, startClosedLoopApp } from './lifecycle.fixtures';

describe('suggestions: sign-off rules, Art. 3 escalation, withdrawal, lists', () => {
  let t: TestApp;
  let a: Actors;
  const LX = { judge: 'lx.judge', head: 'lx.head', leader: 'lx.leader' };

  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
  });
  afterAll(() => t.close());

  it('refuses to approve a GOVERNANCE letter before its 审委会 record (409, nothing changed), then issues it', async () => {
    const id = await letterInApproval(
      t,
      a,
      'lx.judge',
      'lx.head',
      letterBody(t, { category: 'GOVERNANCE', title: '关于规范售楼处人脸识别信息采集的综合治理类司法建议' }, ['AG-330781-SCJG']),
    );
    const view = await t
      .http()
      .get(`/api/v1/suggestions/${id}`)
      .set(await a.as('lx.leader'));
    expect(view.body.allowedActions).not.toContain('APPROVE');
    await a.token('lx.leader');
    const before = await t.ds.query(
      `SELECT row_to_json(s) AS j, (SELECT count(*) FROM deliveries) d, (SELECT count(*) FROM doc_number_counters) c, (SELECT count(*) FROM outbox_messages) o,
      (SELECT count(*) FROM timeline_events) tl, (SELECT count(*) FROM audit_events) au FROM suggestions s WHERE id = $1`,
      [id],
    );
    const refused = await t
      .http()
      .post(`/api/v1/suggestions/${id}/approve`)
      .set(await a.as('lx.leader'))
      .send({ decision: 'APPROVE' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('COMMITTEE_DECISION_REQUIRED');
    const after = await t.ds.query(
      `SELECT row_to_json(s) AS j, (SELECT count(*) FROM deliveries) d, (SELECT count(*) FROM doc_number_counters) c, (SELECT count(*) FROM outbox_messages) o,
      (SELECT count(*) FROM timeline_events) tl, (SELECT count(*) FROM audit_events) au FROM suggestions s WHERE id = $1`,
      [id],
    );
    expect(after).toEqual(before);
    expect(after[0].j.status).toBe('IN_APPROVAL');

    const recorded = await t
      .http()
      .post(`/api/v1/suggestions/${id}/committee`)
      .set(await a.as('lx.admin'))
      .send({ meetingDate: '2031-03-02', resolution: '审判委员会2031年第3次会议讨论通过' });
    expect(recorded.status).toBe(200);
    expect(recorded.body.committeeDecisions).toHaveLength(1);
    const issued = await t
      .http()
      .post(`/api/v1/suggestions/${id}/approve`)
      .set(await a.as('lx.leader'))
      .send({ decision: 'APPROVE', version: recorded.body.version });
    expect(issued.body).toMatchObject({ status: 'ISSUED', docNumber: '兰溪法建〔2031〕1号' });
  });

  it('sends a county court letter to a city bureau up to the higher court (Art. 3), which adopts it as its own draft and signs it', async () => {
    const id = await letterInApproval(
      t,
      a,
      'lx.judge',
      'lx.head',
      letterBody(t, { title: '关于加强全市物业服务企业监管的建议' }, ['AG-330700-ZJJ'], ['NPC-330781']),
    );
    const escalated = await t
      .http()
      .post(`/api/v1/suggestions/${id}/approve`)
      .set(await a.as('lx.leader'))
      .send({ decision: 'APPROVE' });
    expect(escalated.body).toMatchObject({ status: 'ESCALATED', docNumber: null, escalatedToCourtId: orgId(t, 'COURT-330700'), deliveries: [] });
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM deliveries WHERE suggestion_id = $1`, [id]);
    expect(n).toBe(0);
    const inbox = await t
      .http()
      .get('/api/v1/notifications')
      .set(await a.as('jh.admin'));
    expect(inbox.body.items.map((x: { kind: string }) => x.kind)).toContain('suggestion.escalated');
    const seen = await t
      .http()
      .get(`/api/v1/suggestions/${id}`)
      .set(await a.as('jh.admin'));
    expect(seen.body.allowedActions.sort()).toEqual(['ESCALATION_ADOPT', 'ESCALATION_RETURN']);
    expect(
      (
        await t
          .http()
          .post(`/api/v1/suggestions/${id}/escalation`)
          .set(await a.as('lx.admin'))
          .send({ decision: 'ADOPT' })
      ).status,
    ).toBe(403);

    const adopted = await t
      .http()
      .post(`/api/v1/suggestions/${id}/escalation`)
      .set(await a.as('jh.admin'))
      .send({ decision: 'ADOPT', comment: '以本院名义发出' });
    expect(adopted.status).toBe(200);
    expect(adopted.body).toMatchObject({
      status: 'DRAFT',
      courtId: orgId(t, 'COURT-330700'),
      adoptedFromId: id,
      escalatedFromCourtId: orgId(t, 'COURT-330781'),
    });
    expect(adopted.body.items).toHaveLength(3);
    // The higher court names its own contact first: a letter goes nowhere without one (422 LETTER_INCOMPLETE).
    const noContact = await t
      .http()
      .post(`/api/v1/suggestions/${adopted.body.id}/submit`)
      .set(await a.as('jh.admin'))
      .send({});
    expect([noContact.status, noContact.body.code]).toEqual([422, 'LETTER_INCOMPLETE']);
    const edited = await t
      .http()
      .patch(`/api/v1/suggestions/${adopted.body.id}`)
      .set(await a.as('jh.admin'))
      .send({ contactName: '孙研究室', contactPhone: '0579-82000000' });
    expect(edited.status).toBe(200);
    const submitted = await t
      .http()
      .post(`/api/v1/suggestions/${adopted.body.id}/submit`)
      .set(await a.as('jh.admin'))
      .send({});
    expect(submitted.body.status).toBe('IN_APPROVAL');
    const issued = await t
      .http()
      .post(`/api/v1/suggestions/${adopted.body.id}/approve`)
      .set(await a.as('jh.leader'))
      .send({ decision: 'APPROVE' });
    expect(issued.body).toMatchObject({ status: 'ISSUED', docNumber: '金中法建〔2031〕1号' });
    const original = await t
      .http()
      .get(`/api/v1/suggestions/${id}`)
      .set(await a.as('lx.judge'));
    expect(original.body).toMatchObject({ status: 'ESCALATED', adoptedAsId: adopted.body.id, allowedActions: [] });
    const tl = await t
      .http()
      .get(`/api/v1/suggestions/${id}/timeline`)
      .set(await a.as('lx.admin'));
    expect(tl.body.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['suggestion.escalated', 'suggestion.adopted_by_higher_court']));
  });

  it('lets the higher court return an escalated letter to the drafting judge', async () => {
    const id = await letterInApproval(t, a, 'lx.judge', 'lx.head', letterBody(t, {}, ['AG-330700-FGW']));
    await t
      .http()
      .post(`/api/v1/suggestions/${id}/approve`)
      .set(await a.as('lx.leader'))
      .send({ decision: 'APPROVE' });
    const back = await t
      .http()
      .post(`/api/v1/suggestions/${id}/escalation`)
      .set(await a.as('jh.admin'))
      .send({ decision: 'RETURN', comment: '请改为向兰溪市发改局发送' });
    expect(back.body).toMatchObject({ status: 'RETURNED' });
    const mine = await t
      .http()
      .get(`/api/v1/suggestions/${id}`)
      .set(await a.as('lx.judge'));
    expect(mine.body).toMatchObject({
      status: 'RETURNED',
      lastComment: '请改为向兰溪市发改局发送',
      allowedActions: expect.arrayContaining(['EDIT', 'SUBMIT']),
    });
  });

  it('withdraws an issued letter while nobody has signed, and not after', async () => {
    const letter = await issuedLetter(t, a, LX, letterBody(t, {}, ['AG-330781-SCJG', 'AG-330781-ZJJ']));
    const withdrawn = await t
      .http()
      .post(`/api/v1/suggestions/${letter.id}/withdraw`)
      .set(await a.as('lx.admin'))
      .send({ reason: '当事人已和解，问题已解决' });
    expect(withdrawn.body.status).toBe('WITHDRAWN');
    expect(withdrawn.body.deliveries.map((d: { status: string; closedReason: string }) => [d.status, d.closedReason])).toEqual([
      ['CLOSED', 'WITHDRAWN'],
      ['CLOSED', 'WITHDRAWN'],
    ]);
    const other = await issuedLetter(t, a, LX, letterBody(t, {}, ['AG-330781-SCJG']));
    expect(
      (
        await t
          .http()
          .post(`/api/v1/deliveries/${other.deliveries[0].id}/sign`)
          .set(await a.as('lxscjg.clerk'))
          .send({})
      ).status,
    ).toBe(200);
    const refused = await t
      .http()
      .post(`/api/v1/suggestions/${other.id}/withdraw`)
      .set(await a.as('lx.admin'))
      .send({ reason: 'x' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('MAIN_DELIVERY_SIGNED');
  });

  it('validates drafts: recipients, items, reply period', async () => {
    const judge = await a.as('lx.judge');
    const noMain = await t
      .http()
      .post('/api/v1/suggestions')
      .set(judge)
      .send(letterBody(t, {}, [], ['NPC-330781']));
    expect(noMain.status).toBe(422);
    expect(noMain.body.code).toBe('RECIPIENT_INVALID');
    const bad = await t
      .http()
      .post('/api/v1/suggestions')
      .set(judge)
      .send(letterBody(t, { replyPeriodMonths: 3, items: [] }));
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['replyPeriodMonths', 'items']));
    expect(
      (
        await t
          .http()
          .post('/api/v1/suggestions')
          .set(await a.as('lx.admin'))
          .send(letterBody(t))
      ).status,
    ).toBe(403);
  });

  it('lists what the caller may see, filtered and paged', async () => {
    const admin = await a.as('lx.admin');
    const all = await t.http().get('/api/v1/suggestions?pageSize=2').set(admin);
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ page: 1, pageSize: 2 });
    expect(all.body.items).toHaveLength(2);
    expect(all.body.total).toBeGreaterThanOrEqual(5);
    const issued = await t.http().get('/api/v1/suggestions?status=ISSUED&category=GOVERNANCE').set(admin);
    expect(issued.body.items.map((s: { docNumber: string }) => s.docNumber)).toEqual(['兰溪法建〔2031〕1号']);
    const byWord = await t
      .http()
      .get(`/api/v1/suggestions?q=${encodeURIComponent('人脸识别')}&from=2031-03-01&to=2031-03-31`)
      .set(admin);
    expect(byWord.body.total).toBe(1);
    const none = await t.http().get('/api/v1/suggestions?from=2031-04-01').set(admin);
    expect(none.body.total).toBe(0);
    // The city court sees the county court's letters once they leave it, not its drafts.
    const jh = await t
      .http()
      .get(`/api/v1/suggestions?courtId=${orgId(t, 'COURT-330781')}&pageSize=100`)
      .set(await a.as('jh.admin'));
    expect(jh.body.items.map((s: { status: string }) => s.status)).not.toContain('IN_APPROVAL');
    expect(jh.body.items.length).toBeGreaterThan(0);
    const badQuery = await t.http().get('/api/v1/suggestions?status=NOPE').set(admin);
    expect(badQuery.status).toBe(400);
  });
});

import { TestApp } from '../harness';
import { Actors, DAY, letterBody, orgId, startClosedLoopApp } from './lifecycle.fixtures';

/**
 * The 金华 充电桩 case, end to end: a class-case letter of 金华中院 to nine agencies with the
 * 金华市人大常委会 in copy — returned once, re-submitted, signed off, numbered, delivered; eight sign,
 * one returns it as misdelivered and the court re-routes it; replies item by item; evaluations;
 * implementation confirmed; every delivery closed; the letter closes and is archived.
 */
describe('the 金华 充电桩 case, from draft to archive', () => {
  let t: TestApp;
  let a: Actors;
  const MAIN = [
    'AG-330700-ZJJ',
    'AG-330700-FGW',
    'AG-330700-SCJG',
    'AG-330700-ZRZY',
    'AG-330700-ZHZF',
    'AG-330700-YJ',
    'AG-330700-XF',
    'AG-330700-GD',
    'AG-330700-JT',
  ];
  const clerkOf: Record<string, string> = { 'AG-330700-ZJJ': 'jhzjj.clerk', 'AG-330700-FGW': 'jhfgw.clerk' };

  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
    for (const code of [...MAIN, 'AG-330700-GA']) {
      if (clerkOf[code]) continue;
      const username = `${code.slice(10).toLowerCase()}.clerk`;
      await a.createUser(username, code, ['AGENCY_CLERK']);
      clerkOf[code] = username;
    }
  });
  afterAll(() => t.close());

  it('walks the whole loop and shows every step on the timeline', async () => {
    const http = () => t.http();
    // Draft, consult, submit; the division head returns it once with a comment.
    const created = await http()
      .post('/api/v1/suggestions')
      .set(await a.as('jh.judge'))
      .send(letterBody(t, {}, MAIN, ['NPC-330700']));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'DRAFT',
      category: 'CLASS_CASE',
      docNumber: null,
      allowedActions: expect.arrayContaining(['EDIT', 'SUBMIT']),
    });
    expect(created.body.recipients).toHaveLength(10);
    const id = created.body.id as string;
    const consult = await http()
      .post(`/api/v1/suggestions/${id}/consultations`)
      .set(await a.as('jh.judge'))
      .send({ date: '2031-03-01', organizationId: orgId(t, 'AG-330700-ZJJ'), summary: '与市住建局物业科座谈，对第一项建议无异议' });
    expect(consult.status).toBe(200);
    expect(consult.body.consultations).toHaveLength(1);

    expect(
      (
        await http()
          .post(`/api/v1/suggestions/${id}/submit`)
          .set(await a.as('jh.judge'))
          .send({ version: consult.body.version })
      ).status,
    ).toBe(200);
    const returned = await http()
      .post(`/api/v1/suggestions/${id}/review`)
      .set(await a.as('jh.head'))
      .send({ decision: 'RETURN', comment: '请补充典型案例数据并细化第二项建议' });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({ status: 'RETURNED', lastComment: '请补充典型案例数据并细化第二项建议' });

    const edited = await http()
      .patch(`/api/v1/suggestions/${id}`)
      .set(await a.as('jh.judge'))
      .send({
        version: returned.body.version,
        background: '2023年以来，全市法院受理涉充电桩纠纷案件127件，其中物业拒绝配合报装引发的占六成。',
      });
    expect(edited.status).toBe(200);
    const versions = await t.ds.query(`SELECT version, changed_fields FROM suggestion_versions WHERE suggestion_id = $1 ORDER BY version`, [id]);
    expect(versions.at(-1).changed_fields).toEqual(['background']);
    expect(
      (
        await http()
          .post(`/api/v1/suggestions/${id}/submit`)
          .set(await a.as('jh.judge'))
          .send({ version: edited.body.version })
      ).status,
    ).toBe(200);
    const reviewed = await http()
      .post(`/api/v1/suggestions/${id}/review`)
      .set(await a.as('jh.head'))
      .send({ decision: 'APPROVE', comment: '同意报院领导签发' });
    expect(reviewed.body.status).toBe('IN_APPROVAL');

    // Sign-off issues it: number, ten deliveries, clocks, notices, outbox.
    t.clock.advance(2 * 3600 * 1000);
    const issued = await http()
      .post(`/api/v1/suggestions/${id}/approve`)
      .set(await a.as('jh.leader'))
      .send({ decision: 'APPROVE', version: reviewed.body.version });
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({ status: 'ISSUED', docNumber: '金中法建〔2031〕1号' });
    expect(issued.body.deliveries).toHaveLength(10);
    const byOrg = new Map<string, { id: string; kind: string; signDueDate: string | null; replyDueDate: string | null }>(
      issued.body.deliveries.map((d: { organizationId: string }) => [d.organizationId, d]),
    );
    const zjj = byOrg.get(orgId(t, 'AG-330700-ZJJ'))!;
    // A fresh delivery starts green (its sign-for clock turns yellow on the due date only).
    expect(zjj).toMatchObject({ kind: 'MAIN', status: 'DELIVERED', signDueDate: '2031-03-06', replyDueDate: '2031-05-06', colour: 'GREEN' });
    expect(byOrg.get(orgId(t, 'NPC-330700'))).toMatchObject({ kind: 'COPY', signDueDate: null });
    const outbox = await t.ds.query(`SELECT payload FROM outbox_messages WHERE topic = 'delivery.created' AND payload->>'suggestionId' = $1`, [id]);
    expect(outbox).toHaveLength(10);
    const inbox = await http()
      .get('/api/v1/notifications?unread=true')
      .set(await a.as('jhzjj.clerk'));
    expect(inbox.body.items[0]).toMatchObject({ kind: 'delivery.created', suggestionId: id, deliveryId: zjj.id });
    expect(
      (
        await http()
          .post(`/api/v1/notifications/${inbox.body.items[0].id}/read`)
          .set(await a.as('jhzjj.clerk'))
      ).body.readAt,
    ).not.toBeNull();

    // Eight sign, 交通局 returns it as misdelivered; the court re-routes it to 公安局, who signs.
    t.clock.advance(DAY);
    const deliveryOf = (code: string) => byOrg.get(orgId(t, code))!.id;
    for (const code of MAIN.filter((c) => c !== 'AG-330700-JT')) {
      const res = await http()
        .post(`/api/v1/deliveries/${deliveryOf(code)}/sign`)
        .set(await a.as(clerkOf[code]))
        .send({});
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'SIGNED', replyDueDate: '2031-05-06', signedBy: { name: expect.any(String) } });
    }
    const rejected = await http()
      .post(`/api/v1/deliveries/${deliveryOf('AG-330700-JT')}/reject`)
      .set(await a.as(clerkOf['AG-330700-JT']))
      .send({ reason: '停车场充电设施监管不属于本局职责，建议转市公安局（交警）及相关部门' });
    expect(rejected.body).toMatchObject({ status: 'REJECTED_BY_RECIPIENT', rejection: { reason: expect.stringContaining('不属于本局职责') } });
    const rerouted = await http()
      .post(`/api/v1/deliveries/${rejected.body.id}/reroute`)
      .set(await a.as('jh.admin'))
      .send({ organizationId: orgId(t, 'AG-330700-GA') });
    expect(rerouted.status).toBe(200);
    expect(rerouted.body).toMatchObject({ status: 'REJECTED_BY_RECIPIENT', reroutedToId: expect.any(String) });
    const gaId = rerouted.body.reroutedToId as string;
    const gaDelivery = await http()
      .get(`/api/v1/deliveries/${gaId}`)
      .set(await a.as(clerkOf['AG-330700-GA']));
    expect(gaDelivery.body).toMatchObject({
      status: 'DELIVERED',
      reroutedFromId: rejected.body.id,
      allowedActions: expect.arrayContaining(['SIGN', 'REJECT']),
    });
    expect(
      (
        await http()
          .post(`/api/v1/deliveries/${gaId}/sign`)
          .set(await a.as(clerkOf['AG-330700-GA']))
      ).status,
    ).toBe(200);
    // The 人大 reads its copy.
    const read = await http()
      .post(`/api/v1/deliveries/${byOrg.get(orgId(t, 'NPC-330700'))!.id}/read`)
      .set(await a.as('jhrd.supervisor'))
      .send({});
    expect(read.body.status).toBe('READ');

    // 执法局 asks for more time; granted; the old due date stays in history.
    const zhzf = deliveryOf('AG-330700-ZHZF');
    const ext = await http()
      .post(`/api/v1/deliveries/${zhzf}/extension`)
      .set(await a.as(clerkOf['AG-330700-ZHZF']))
      .send({ reason: '需会同街道摸排全市老旧小区情况', requestedDueDate: '2031-06-06' });
    expect(ext.body.extension).toMatchObject({ status: 'PENDING', oldDueDate: '2031-05-06', requestedDueDate: '2031-06-06' });
    const granted = await http()
      .post(`/api/v1/deliveries/${zhzf}/extension/decision`)
      .set(await a.as('jh.admin'))
      .send({ approve: true, comment: '同意' });
    expect(granted.body).toMatchObject({ replyDueDate: '2031-06-06', extension: { status: 'APPROVED', oldDueDate: '2031-05-06', newDueDate: '2031-06-06' } });

    // Replies item by item. 住建局 needs its leader's approval before the reply counts.
    t.clock.advance(20 * DAY);
    const mains = [...MAIN.filter((c) => c !== 'AG-330700-JT'), 'AG-330700-GA'];
    const ids: Record<string, string> = Object.fromEntries(mains.map((c) => [c, c === 'AG-330700-GA' ? gaId : deliveryOf(c)]));
    const stances = (s: string[]) => s.map((stance, i) => ({ index: i + 1, stance, note: stance === 'DECLINE' ? '超出本单位职权' : '已部署' }));
    for (const code of mains) {
      const res = await http()
        .post(`/api/v1/deliveries/${ids[code]}/reply`)
        .set(await a.as(clerkOf[code]))
        .send({
          content: `${code} 关于司法建议的回复函`,
          measures: '已制定工作方案',
          items: stances(code === 'AG-330700-GD' ? ['DECLINE', 'DECLINE', 'DECLINE'] : ['ADOPT', 'PARTIAL', 'ADOPT']),
        });
      expect(res.status).toBe(200);
      if (code === 'AG-330700-ZJJ') {
        expect(res.body).toMatchObject({ status: 'SIGNED', reply: { status: 'PENDING_APPROVAL' } });
        const approved = await http()
          .post(`/api/v1/deliveries/${ids[code]}/reply/approve`)
          .set(await a.as('jhzjj.leader'))
          .send({});
        expect(approved.body).toMatchObject({ status: 'REPLIED', reply: { status: 'SUBMITTED', approvedByName: expect.any(String) } });
      } else {
        expect(res.body).toMatchObject({ status: 'REPLIED', reply: { items: expect.arrayContaining([expect.objectContaining({ index: 1 })]) } });
      }
    }

    // Evaluations: adopted, partly adopted, not adopted.
    t.clock.advance(5 * DAY);
    const result: Record<string, string> = {};
    mains.forEach((c, i) => (result[c] = c === 'AG-330700-GD' || c === 'AG-330700-XF' ? 'NOT_ADOPTED' : i % 2 ? 'PARTIALLY_ADOPTED' : 'ADOPTED'));
    for (const code of mains) {
      const res = await http()
        .post(`/api/v1/deliveries/${ids[code]}/evaluate`)
        .set(await a.as('jh.admin'))
        .send({ result: result[code], comment: '经研究', followUpDate: result[code] === 'NOT_ADOPTED' ? undefined : '2031-07-01' });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe(result[code] === 'NOT_ADOPTED' ? 'NOT_ADOPTED' : 'IMPLEMENTING');
    }
    const evaluatedRows = await t.ds.query(`SELECT payload FROM outbox_messages WHERE topic = 'delivery.evaluated' AND payload->>'deliveryId' = ANY($1)`, [
      mains.map((c) => ids[c]),
    ]);
    expect(evaluatedRows.map((r: { payload: { result: string } }) => r.payload.result).sort()).toEqual(mains.map((c) => result[c]).sort());

    // Implementation reported and confirmed; everything closes; the letter closes with the last one.
    t.clock.advance(30 * DAY);
    const adopted = mains.filter((c) => result[c] !== 'NOT_ADOPTED');
    for (const code of adopted) {
      const rep = await http()
        .post(`/api/v1/deliveries/${ids[code]}/implementation`)
        .set(await a.as(clerkOf[code]))
        .send({ status: 'IMPLEMENTED', note: '已印发《老旧小区充电设施建设管理指引》' });
      expect(rep.body.implementation).toMatchObject({ status: 'IMPLEMENTED' });
      const conf = await http()
        .post(`/api/v1/deliveries/${ids[code]}/implementation/confirm`)
        .set(await a.as('jh.admin'))
        .send({ comment: '经回访确认' });
      expect(conf.body.status).toBe('IMPLEMENTED');
    }
    for (const [n, code] of mains.entries()) {
      const res = await http()
        .post(`/api/v1/deliveries/${ids[code]}/close`)
        .set(await a.as('jh.admin'))
        .send({});
      expect(res.body.status).toBe('CLOSED');
      const letter = await http()
        .get(`/api/v1/suggestions/${id}`)
        .set(await a.as('jh.admin'));
      expect(letter.body.status).toBe(n === mains.length - 1 ? 'CLOSED' : 'ISSUED');
    }
    const archived = await http()
      .post(`/api/v1/suggestions/${id}/archive`)
      .set(await a.as('jh.admin'))
      .send({});
    expect(archived.body).toMatchObject({ status: 'ARCHIVED', archivedAt: expect.any(String), allowedActions: [] });

    // The timeline shows every step, with durations between them.
    const tl = await http()
      .get(`/api/v1/suggestions/${id}/timeline`)
      .set(await a.as('jh.admin'));
    expect(tl.status).toBe(200);
    const actions = tl.body.map((e: { action: string }) => e.action);
    const count = (x: string) => actions.filter((y: string) => y === x).length;
    expect(actions.slice(0, 6)).toEqual([
      'suggestion.created',
      'suggestion.consulted',
      'suggestion.submitted',
      'suggestion.review_returned',
      'suggestion.edited',
      'suggestion.submitted',
    ]);
    expect(count('suggestion.review_approved')).toBe(1);
    expect(count('suggestion.issued')).toBe(1);
    expect(count('delivery.created')).toBe(10);
    expect(count('delivery.signed')).toBe(9);
    expect(count('delivery.rejected')).toBe(1);
    expect(count('delivery.rerouted')).toBe(1);
    expect(count('delivery.rerouted_in')).toBe(1);
    expect(count('delivery.read')).toBe(1);
    expect(count('delivery.extension_granted')).toBe(1);
    expect(count('delivery.reply_drafted')).toBe(1);
    expect(count('delivery.replied')).toBe(9);
    expect(count('delivery.evaluated')).toBe(9);
    expect(count('delivery.implementation_reported')).toBe(adopted.length);
    expect(count('delivery.implementation_confirmed')).toBe(adopted.length);
    expect(count('delivery.closed')).toBe(9);
    expect(actions.slice(-2)).toEqual(['suggestion.closed', 'suggestion.archived']);
    expect(tl.body[1].sincePreviousMs).toBe(0);
    const signed = tl.body.find((e: { action: string }) => e.action === 'delivery.signed');
    expect(signed).toMatchObject({
      organizationName: expect.any(String),
      actor: { name: expect.any(String) },
      fromStatus: 'DELIVERED',
      toStatus: 'SIGNED',
      sincePreviousOnDeliveryMs: DAY,
    });
    // An agency sees only its own steps and the public letter steps.
    const agencyTl = await http()
      .get(`/api/v1/suggestions/${id}/timeline`)
      .set(await a.as('jhfgw.clerk'));
    expect(agencyTl.body.map((e: { action: string }) => e.action)).not.toContain('suggestion.review_returned');
    expect(
      new Set(agencyTl.body.filter((e: { deliveryId: string | null }) => e.deliveryId).map((e: { organizationName: string }) => e.organizationName)),
    ).toEqual(new Set(['金华市发展和改革委员会']));
    // Audit chain holds (admin is SYS_ADMIN and may check it).
    const verify = await http()
      .get('/api/v1/audit/verify')
      .set(await a.as('admin'));
    expect(verify.status).toBe(200);
    expect(verify.body).toMatchObject({ valid: true, firstBrokenId: null });
    expect(verify.body.checked).toBeGreaterThan(0);
  });
});

import { TestApp } from '../harness';
import { Actors, DAY, issuedLetter, letterBody, startClosedLoopApp, T0 } from './lifecycle.fixtures';

/**
 * Answering as people live it (issue 14): the agency saves a reply (暂存), its leader returns it
 * with a comment, one reply waits at a time (point 6); the court judges each recommendation and the
 * per-item adoption rate counts that judgement, not the agency's stance (point 5); a fresh delivery
 * is green, its sign-for clock yellow only on the last working day (point 7); a copy is read (point 9).
 *
 * Seen failing: with the REPLY guard on a pending reply removed, the second submission answered 200
 * and superseded the one the leader was reading; with the rollup still counting stances the item
 * rate was 3/3 instead of 2/3; with the old single 7-day yellow the fresh delivery was YELLOW.
 */
describe('replies and evaluation: draft, return, per-item judgement, colours', () => {
  let t: TestApp;
  let a: Actors;
  const JH = { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' };
  const http = () => t.http();
  const post = async (who: string, path: string, body: object = {}) =>
    http()
      .post(path)
      .set(await a.as(who))
      .send(body);
  const get = async (who: string, path: string) =>
    http()
      .get(path)
      .set(await a.as(who));
  const audits = (id: string, action: string) => t.ds.query(`SELECT data FROM audit_events WHERE entity_id = $1 AND action = $2 ORDER BY id`, [id, action]);
  const replies = (id: string) => t.ds.query(`SELECT status, return_comment FROM delivery_replies WHERE delivery_id = $1 ORDER BY written_at, status`, [id]);
  const notices = (id: string, kind: string) =>
    t.ds
      .query(`SELECT u.username FROM in_app_notifications n JOIN users u ON u.id = n.user_id WHERE n.delivery_id = $1 AND n.kind = $2 ORDER BY 1`, [id, kind])
      .then((rows: { username: string }[]) => rows.map((r) => r.username));
  const items = [
    { index: 1, stance: 'ADOPT' },
    { index: 2, stance: 'ADOPT' },
    { index: 3, stance: 'ADOPT', note: '全部采纳' },
  ];

  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
  });
  afterAll(() => t.close());

  const signed = async (org: string, clerk: string) => {
    const letter = await issuedLetter(t, a, JH, letterBody(t, {}, [org]));
    const id = letter.deliveries[0].id as string;
    expect((await post(clerk, `/api/v1/deliveries/${id}/sign`)).status).toBe(200);
    return id;
  };

  it('saves a reply as a draft, sends it to the leader, holds a second one back, and lets the leader return it with a comment', async () => {
    const id = await signed('AG-330700-ZJJ', 'jhzjj.clerk'); // 住建局: replies need the leader's approval
    const saved = await post('jhzjj.clerk', `/api/v1/deliveries/${id}/reply`, { draft: true, items: [{ index: 2, stance: 'PARTIAL' }] });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ status: 'SIGNED', reply: { status: 'DRAFT', content: '', items: [{ index: 2, stance: 'PARTIAL', note: '' }] } });
    expect(saved.body.allowedActions).toContain('REPLY');
    expect(await notices(id, 'delivery.reply_pending_approval')).toEqual([]);
    expect(await audits(id, 'delivery.reply_save')).toHaveLength(1);
    // The court learns nothing of a saved draft.
    expect((await get('jh.admin', `/api/v1/deliveries/${id}`)).body.reply).toBeNull();
    // A draft's stances are for the letter's items; a submission needs them all and the text.
    const badDraft = await post('jhzjj.clerk', `/api/v1/deliveries/${id}/reply`, { draft: true, items: [{ index: 9, stance: 'ADOPT' }] });
    expect([badDraft.status, badDraft.body.code]).toEqual([422, 'REPLY_ITEMS_MISMATCH']);
    const noText = await post('jhzjj.clerk', `/api/v1/deliveries/${id}/reply`, { items });
    expect([noText.status, noText.body.code, noText.body.details[0].field]).toEqual([400, 'VALIDATION_FAILED', 'content']);
    expect(await replies(id)).toEqual([{ status: 'DRAFT', return_comment: null }]);

    const sent = await post('jhzjj.clerk', `/api/v1/deliveries/${id}/reply`, { content: '我局已研究。', items });
    expect(sent.body.reply.status).toBe('PENDING_APPROVAL');
    expect(sent.body.allowedActions).not.toContain('REPLY');
    expect(await notices(id, 'delivery.reply_pending_approval')).toEqual(['jhzjj.leader']);
    // One at a time: the clerk cannot submit another while the leader has it.
    const second = await post('jhzjj.clerk', `/api/v1/deliveries/${id}/reply`, { content: '另一稿', items });
    expect([second.status, second.body.code]).toEqual([409, 'REPLY_AWAITING_APPROVAL']);
    expect(await replies(id)).toEqual([
      { status: 'PENDING_APPROVAL', return_comment: null },
      { status: 'SUPERSEDED', return_comment: null },
    ]);

    // Return: the agency's leader only (clerk and court 403, another agency's leader 404), with a comment.
    expect((await post('jhzjj.clerk', `/api/v1/deliveries/${id}/reply/return`, { comment: 'x' })).status).toBe(403);
    expect((await post('jh.admin', `/api/v1/deliveries/${id}/reply/return`, { comment: 'x' })).status).toBe(403);
    expect((await post('lxscjg.leader', `/api/v1/deliveries/${id}/reply/return`, { comment: 'x' })).status).toBe(404);
    const empty = await post('jhzjj.leader', `/api/v1/deliveries/${id}/reply/return`, { comment: '' });
    expect([empty.status, empty.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const returned = await post('jhzjj.leader', `/api/v1/deliveries/${id}/reply/return`, { comment: '第2项的整改时限请再明确' });
    expect(returned.status).toBe(200);
    expect(returned.body.reply).toMatchObject({ status: 'RETURNED', returnComment: '第2项的整改时限请再明确', returnedByName: '褚局长(金华市住建局)' });
    expect(await notices(id, 'delivery.reply_returned')).toEqual(['jhzjj.clerk']);
    expect(await audits(id, 'delivery.reply_return')).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ comment: '第2项的整改时限请再明确' }) }),
    ]);
    expect((await post('jhzjj.leader', `/api/v1/deliveries/${id}/reply/return`, { comment: '再退' })).body.code).toBe('NO_PENDING_REPLY');
    // The court sees no reply and none of the agency's inside steps.
    expect((await get('jh.admin', `/api/v1/deliveries/${id}`)).body.reply).toBeNull();
    const timeline = (await get('jh.admin', `/api/v1/suggestions/${returned.body.suggestionId}/timeline`)).body;
    expect(JSON.stringify(timeline)).not.toContain('整改时限');

    // The clerk edits and submits again; the leader approves.
    expect((await post('jhzjj.clerk', `/api/v1/deliveries/${id}/reply`, { content: '我局已明确时限。', items })).body.reply.status).toBe('PENDING_APPROVAL');
    expect((await post('jhzjj.leader', `/api/v1/deliveries/${id}/reply/approve`)).body.status).toBe('REPLIED');
  });

  it('records the court’s judgement of each item beside the agency’s stance, and counts it in the per-item adoption rate', async () => {
    const id = await signed('AG-330700-FGW', 'jhfgw.clerk');
    expect((await post('jhfgw.clerk', `/api/v1/deliveries/${id}/reply`, { content: '我委全部采纳。', items })).body.status).toBe('REPLIED');
    const version = (await get('jh.admin', `/api/v1/deliveries/${id}`)).body.version;
    const judged = [
      { index: 1, result: 'ADOPTED', note: '' },
      { index: 2, result: 'PARTIALLY_ADOPTED', note: '只改了一半' },
      { index: 3, result: 'NOT_ADOPTED', note: '未见措施' },
    ];
    // Bad input, outsiders and the agency: nothing written.
    const missing = await post('jh.admin', `/api/v1/deliveries/${id}/evaluate`, { result: 'PARTIALLY_ADOPTED', items: judged.slice(0, 2) });
    expect([missing.status, missing.body.code]).toEqual([422, 'EVALUATION_ITEMS_MISMATCH']);
    const badResult = await post('jh.admin', `/api/v1/deliveries/${id}/evaluate`, { result: 'PARTIALLY_ADOPTED', items: [{ index: 1, result: 'MAYBE' }] });
    expect([badResult.status, badResult.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await post('lx.admin', `/api/v1/deliveries/${id}/evaluate`, { result: 'ADOPTED' })).status).toBe(404);
    expect((await post('jhfgw.clerk', `/api/v1/deliveries/${id}/evaluate`, { result: 'ADOPTED' })).status).toBe(403);
    expect((await get('jh.admin', `/api/v1/deliveries/${id}`)).body).toMatchObject({ status: 'REPLIED', version, evaluation: null });

    const res = await post('jh.admin', `/api/v1/deliveries/${id}/evaluate`, { result: 'PARTIALLY_ADOPTED', comment: '部分采纳', items: judged, version });
    expect(res.status).toBe(200);
    expect(res.body.evaluation).toMatchObject({ result: 'PARTIALLY_ADOPTED', items: judged });
    expect(res.body.reply.items.map((i: { stance: string }) => i.stance)).toEqual(['ADOPT', 'ADOPT', 'ADOPT']);
    expect((await get('jhfgw.clerk', `/api/v1/deliveries/${id}`)).body.evaluation.items).toEqual(judged);
    const [audit] = await audits(id, 'delivery.evaluate');
    expect(audit.data.items).toEqual(judged.map(({ index, result }) => ({ index, result })));

    // The rate counts the court's 2 adopted (1 + partially) of 3 judged items, not the agency's 3 of 3.
    expect((await post('admin', '/api/v1/stats/refresh')).status).toBe(200);
    const o = await get('jh.admin', `/api/v1/stats/overview?organizationId=${t.dir.orgs.get('AG-330700-FGW')!.id}`);
    expect(o.body.itemAdoptionRate).toMatchObject({ numerator: 2, denominator: 3 });
    expect(JSON.stringify(o.body.definitions.itemAdoptionRate)).toContain('法院逐项评价');
  });

  it('starts a fresh delivery green: its sign-for clock turns yellow on its last working day only; a copy is read, not signed', async () => {
    const letter = await issuedLetter(t, a, JH, letterBody(t, {}, ['AG-330700-SCJG'], ['NPC-330700']));
    const main = letter.deliveries.find((d: { kind: string }) => d.kind === 'MAIN');
    const copy = letter.deliveries.find((d: { kind: string }) => d.kind === 'COPY');
    expect(main).toMatchObject({ status: 'DELIVERED', signDueDate: '2031-03-06', colour: 'GREEN' });
    expect(copy).toMatchObject({ status: 'DELIVERED', dueDate: null, colour: 'GREEN' });
    const ids = async (colour: string) =>
      (await get('jh.admin', `/api/v1/deliveries?colour=${colour}&pageSize=100`)).body.items.map((d: { id: string }) => d.id);
    expect(await ids('GREEN')).toContain(main.id);
    expect(await ids('YELLOW')).not.toContain(main.id);

    t.clock.set(new Date(T0.getTime() + 2 * DAY)); // Wednesday 03-05: one working day left, still green
    a = new Actors(t);
    expect((await get('jh.admin', `/api/v1/deliveries/${main.id}`)).body.colour).toBe('GREEN');
    t.clock.set(new Date(T0.getTime() + 3 * DAY)); // Thursday 03-06: the due date
    a = new Actors(t);
    expect((await get('jh.admin', `/api/v1/deliveries/${main.id}`)).body.colour).toBe('YELLOW');
    expect(await ids('YELLOW')).toContain(main.id);
    t.clock.set(new Date(T0.getTime() + 4 * DAY));
    a = new Actors(t);
    expect((await get('jh.admin', `/api/v1/deliveries/${main.id}`)).body.colour).toBe('RED');
    expect(await ids('RED')).toContain(main.id);

    const read = await post('jhrd.supervisor', `/api/v1/deliveries/${copy.id}/read`);
    expect(read.body).toMatchObject({ status: 'READ', colour: 'GREEN', dueDate: null });
    const sign = await post('jhrd.supervisor', `/api/v1/deliveries/${copy.id}/sign`);
    expect(sign.status).toBe(403);
  });
});

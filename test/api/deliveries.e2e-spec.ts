import { TestApp } from '../harness';
import { Actors, DAY, issuedLetter, letterBody, startClosedLoopApp } from './lifecycle.fixtures';

describe('deliveries: colours, inbox filters, extension refusal', () => {
  let t: TestApp;
  let a: Actors;
  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
  });
  afterAll(() => t.close());

  it('colours each delivery by its running due date and filters the inbox by colour and status', async () => {
    const letter = await issuedLetter(t, a, { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' }, letterBody(t, {}, ['AG-330700-ZJJ', 'AG-330700-FGW']));
    const ids = (code: string) => letter.deliveries.find((d: { organizationId: string }) => d.organizationId === t.dir.orgs.get(code)!.id).id as string;
    const inbox = async (u: string, q: string) =>
      (
        (
          await t
            .http()
            .get(`/api/v1/deliveries?${q}`)
            .set(await a.as(u))
        ).body.items as { id: string }[]
      ).map((d) => d.id);
    // A fresh delivery is green: its sign-for clock (due 2031-03-06) turns yellow only on its last working day.
    expect(await inbox('jhzjj.clerk', 'colour=GREEN')).toEqual([ids('AG-330700-ZJJ')]);
    expect(await inbox('jhzjj.clerk', 'colour=YELLOW')).toEqual([]);
    t.clock.advance(5 * DAY); // past the sign-for due date (2031-03-06)
    expect(await inbox('jhzjj.clerk', 'colour=RED')).toEqual([ids('AG-330700-ZJJ')]);
    expect(await inbox('jhzjj.clerk', 'colour=GREEN')).toEqual([]);
    const signed = await t
      .http()
      .post(`/api/v1/deliveries/${ids('AG-330700-ZJJ')}/sign`)
      .set(await a.as('jhzjj.clerk'))
      .send({});
    expect(signed.body).toMatchObject({ status: 'SIGNED', colour: 'GREEN', dueDate: signed.body.replyDueDate });
    expect(await inbox('jhzjj.clerk', 'colour=GREEN&status=SIGNED')).toEqual([ids('AG-330700-ZJJ')]);
    expect((await inbox('jh.admin', 'colour=RED')).sort()).toEqual([ids('AG-330700-FGW')]);
    expect(await inbox('jh.admin', `organizationId=${t.dir.orgs.get('AG-330700-FGW')!.id}`)).toEqual([ids('AG-330700-FGW')]);
    expect(
      (
        await t
          .http()
          .get('/api/v1/deliveries?colour=BLUE')
          .set(await a.as('jh.admin'))
      ).status,
    ).toBe(400);
  });

  it('keeps the due date when an extension is refused, with the refusal in history', async () => {
    const letter = await issuedLetter(t, a, { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' }, letterBody(t, {}, ['AG-330700-FGW']));
    const id = letter.deliveries[0].id;
    const signed = await t
      .http()
      .post(`/api/v1/deliveries/${id}/sign`)
      .set(await a.as('jhfgw.clerk'))
      .send({});
    const asked = await t
      .http()
      .post(`/api/v1/deliveries/${id}/extension`)
      .set(await a.as('jhfgw.clerk'))
      .send({ reason: '需征求多部门意见', requestedDueDate: '2031-09-30' });
    expect(asked.body.allowedActions).not.toContain('REQUEST_EXTENSION');
    const early = await t
      .http()
      .post(`/api/v1/deliveries/${id}/extension`)
      .set(await a.as('jhfgw.clerk'))
      .send({ reason: 'x', requestedDueDate: '2031-09-30' });
    expect(early.body.code).toBe('EXTENSION_ALREADY_PENDING');
    const refused = await t
      .http()
      .post(`/api/v1/deliveries/${id}/extension/decision`)
      .set(await a.as('jh.admin'))
      .send({ approve: false, comment: '期限充足' });
    expect(refused.body).toMatchObject({ replyDueDate: signed.body.replyDueDate, extension: { status: 'REFUSED', decisionComment: '期限充足' } });
    const badDate = await t
      .http()
      .post(`/api/v1/deliveries/${id}/extension`)
      .set(await a.as('jhfgw.clerk'))
      .send({ reason: 'x', requestedDueDate: '2031-03-01' });
    expect(badDate.status).toBe(422);
    const wrongItems = await t
      .http()
      .post(`/api/v1/deliveries/${id}/reply`)
      .set(await a.as('jhfgw.clerk'))
      .send({ content: 'x', items: [{ index: 1, stance: 'ADOPT' }] });
    expect(wrongItems.body.code).toBe('REPLY_ITEMS_MISMATCH');
  });
});

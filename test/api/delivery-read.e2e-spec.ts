import { TestApp } from '../harness';
import { Actors, DAY, issuedLetter, letterBody, orgId, startClosedLoopApp } from './lifecycle.fixtures';

/**
 * A delivery's page (GET /deliveries/:id, read in one query) shows the delivery exactly as the
 * inbox list does, in every state that fills a field: signed, read, extended, replied, evaluated,
 * implemented, closed, rejected and re-routed — timestamps to the millisecond included.
 */
describe('a delivery reads the same on its page as in the list', () => {
  let t: TestApp;
  let a: Actors;
  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
  });
  afterAll(() => t.close());

  const DETAIL_ONLY = ['supervisionNotes', 'watched', 'watchedBy'];
  const withoutDetail = (d: Record<string, unknown>) => Object.fromEntries(Object.entries(d).filter(([k]) => !DETAIL_ONLY.includes(k)));

  async function expectPageMatchesList(user: string, suggestionId: string): Promise<number> {
    const list = await t
      .http()
      .get(`/api/v1/deliveries?suggestionId=${suggestionId}&pageSize=50`)
      .set(await a.as(user));
    expect(list.status).toBe(200);
    for (const item of list.body.items as { id: string }[]) {
      const page = await t
        .http()
        .get(`/api/v1/deliveries/${item.id}`)
        .set(await a.as(user));
      expect(page.status).toBe(200);
      expect(withoutDetail(page.body)).toEqual(item);
      expect(Object.keys(page.body)).toEqual([...Object.keys(item), ...DETAIL_ONLY]);
    }
    return list.body.items.length;
  }

  it('in every state, for the court and for the recipient', async () => {
    const letter = await issuedLetter(
      t,
      a,
      { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' },
      letterBody(t, {}, ['AG-330700-ZJJ', 'AG-330700-FGW'], ['NPC-330700']),
    );
    const idOf = (code: string) => letter.deliveries.find((d: { organizationId: string }) => d.organizationId === orgId(t, code)).id as string;
    const zjj = idOf('AG-330700-ZJJ');
    const post = async (user: string, path: string, body: Record<string, unknown> = {}) => {
      const res = await t
        .http()
        .post(path)
        .set(await a.as(user))
        .send(body);
      expect(res.status).toBe(200);
      return res.body;
    };

    t.clock.advance(DAY);
    await post('jhzjj.clerk', `/api/v1/deliveries/${zjj}/sign`);
    await post('jhrd.supervisor', `/api/v1/deliveries/${idOf('NPC-330700')}/read`);
    const rejected = await post('jhfgw.clerk', `/api/v1/deliveries/${idOf('AG-330700-FGW')}/reject`, { reason: '不属于本局职责' });
    await post('jh.admin', `/api/v1/deliveries/${rejected.id}/reroute`, { organizationId: orgId(t, 'AG-330700-SCJG') });
    await post('jhzjj.clerk', `/api/v1/deliveries/${zjj}/extension`, { reason: '需会同街道摸排', requestedDueDate: '2031-06-06' });
    await post('jh.admin', `/api/v1/deliveries/${zjj}/extension/decision`, { approve: true, comment: '同意' });
    expect(await expectPageMatchesList('jh.admin', letter.id)).toBe(4);

    t.clock.advance(10 * DAY);
    await post('jhzjj.clerk', `/api/v1/deliveries/${zjj}/reply`, {
      content: '回复函',
      measures: '已制定方案',
      items: [1, 2, 3].map((index) => ({ index, stance: 'ADOPT', note: '已部署' })),
    });
    await post('jhzjj.leader', `/api/v1/deliveries/${zjj}/reply/approve`);
    t.clock.advance(DAY);
    await post('jh.admin', `/api/v1/deliveries/${zjj}/evaluate`, { result: 'ADOPTED', comment: '经研究', followUpDate: '2031-07-01' });
    await post('jhzjj.clerk', `/api/v1/deliveries/${zjj}/implementation`, { status: 'IMPLEMENTED', note: '已印发指引' });
    await post('jh.admin', `/api/v1/deliveries/${zjj}/implementation/confirm`, { comment: '经回访确认' });
    await post('jh.admin', `/api/v1/deliveries/${zjj}/close`);

    // Sub-millisecond times, as rows written by SQL carry them: both reads round them alike.
    await t.ds.query(
      `UPDATE deliveries SET delivered_at = delivered_at + interval '0.000123 s', signed_at = signed_at + interval '0.029871 s',
         replied_at = replied_at + interval '0.999999 s', evaluated_at = evaluated_at + interval '0.0145 s', closed_at = closed_at + interval '0.0005 s',
         implementation_reported_at = implementation_reported_at + interval '0.000001 s', implementation_confirmed_at = implementation_confirmed_at + interval '0.5 s'
       WHERE id = $1`,
      [zjj],
    );
    const page = await t
      .http()
      .get(`/api/v1/deliveries/${zjj}`)
      .set(await a.as('jh.admin'));
    expect(page.body).toMatchObject({
      status: 'CLOSED',
      signedAt: expect.any(String),
      repliedAt: expect.any(String),
      evaluation: { evaluatedAt: expect.any(String) },
    });
    const [db] = await t.ds.query(`SELECT signed_at, replied_at, closed_at FROM deliveries WHERE id = $1`, [zjj]);
    expect([page.body.signedAt, page.body.repliedAt, page.body.closedAt]).toEqual([
      db.signed_at.toISOString(),
      db.replied_at.toISOString(),
      db.closed_at.toISOString(),
    ]);

    expect(await expectPageMatchesList('jh.admin', letter.id)).toBe(4);
    expect(await expectPageMatchesList('jhzjj.clerk', letter.id)).toBe(1);
    expect(await expectPageMatchesList('jhrd.supervisor', letter.id)).toBe(4);
  });
});

import { TestApp } from '../harness';
import { Actors, DAY, issuedLetter, letterBody, orgId, startClosedLoopApp } from './lifecycle.fixtures';

/**
 * Re-routing obeys Art. 3 exactly as sign-off does (同级本地): a MAIN delivery re-routed after the
 * recipient returned it may go only to an organization whose region lies in the issuing court's
 * district; a COPY may go anywhere. The refusal is 422 RECIPIENT_OUT_OF_DISTRICT with nothing written.
 *
 * Checked to fail without the fix: with the district check in DeliveryActionsService.reroute
 * disabled, the re-route to 杭州 answered 200 (first test fails at `toHangzhou`); with the district
 * widened to the court's city, the county court's re-route to the city bureau answered 200
 * (fails at `toCity`).
 */
describe('re-routing a misdelivered letter stays in the court’s district (Art. 3)', () => {
  let t: TestApp;
  let a: Actors;
  const JH = { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' };
  const LX = { judge: 'lx.judge', head: 'lx.head', leader: 'lx.leader' };

  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
  });
  afterAll(() => t.close());

  const post = async (who: string, path: string, body: Record<string, unknown> = {}) =>
    t
      .http()
      .post(path)
      .set(await a.as(who))
      .send(body);

  /** Everything a re-route writes, to show a refusal wrote none of it. */
  async function snapshot(deliveryId: string) {
    const [r] = await t.ds.query(
      `SELECT (SELECT row_to_json(x) FROM deliveries x WHERE id = $1) AS delivery,
              (SELECT count(*)::int FROM deliveries) AS deliveries, (SELECT count(*)::int FROM timeline_events) AS timeline,
              (SELECT count(*)::int FROM audit_events) AS audit, (SELECT count(*)::int FROM outbox_messages) AS outbox,
              (SELECT count(*)::int FROM in_app_notifications) AS notices`,
      [deliveryId],
    );
    return r;
  }

  async function rejectedDelivery(court: typeof JH, main: string[], copy: string[], rejecter: string, code: string): Promise<string> {
    const letter = await issuedLetter(t, a, court, letterBody(t, {}, main, copy));
    const id = letter.deliveries.find((d: { organizationId: string }) => d.organizationId === orgId(t, code)).id as string;
    t.clock.advance(DAY);
    const rejected = await post(rejecter, `/api/v1/deliveries/${id}/reject`, { reason: '不属于本单位职责' });
    expect(rejected.status).toBe(200);
    return id;
  }

  it('refuses a MAIN re-route to another city (中院 → 杭州) and to a wider region (county court → city bureau), writing nothing', async () => {
    const jh = await rejectedDelivery(JH, ['AG-330700-FGW'], [], 'jhfgw.clerk', 'AG-330700-FGW');
    await a.token('jh.admin'); // log in first: a login is audited too
    const before = await snapshot(jh);
    const toHangzhou = await post('jh.admin', `/api/v1/deliveries/${jh}/reroute`, { organizationId: orgId(t, 'AG-330100-FG') });
    expect([toHangzhou.status, toHangzhou.body.code]).toEqual([422, 'RECIPIENT_OUT_OF_DISTRICT']);
    expect(toHangzhou.body.details).toEqual([{ field: 'organizationId', message: expect.stringContaining('330100') }]);
    expect(await snapshot(jh)).toEqual(before);

    // 兰溪 (330781) writing to 金华市市场监管局 (330700): the city lies outside the county's district.
    const lx = await rejectedDelivery(LX, ['AG-330781-SCJG'], [], 'lxscjg.clerk', 'AG-330781-SCJG');
    await a.token('lx.admin');
    const lxBefore = await snapshot(lx);
    const toCity = await post('lx.admin', `/api/v1/deliveries/${lx}/reroute`, { organizationId: orgId(t, 'AG-330700-SCJG') });
    expect([toCity.status, toCity.body.code]).toEqual([422, 'RECIPIENT_OUT_OF_DISTRICT']);
    expect(await snapshot(lx)).toEqual(lxBefore);

    // Inside the district (a 兰溪 bureau for 兰溪, any 金华 agency for 金华中院) it goes on as before.
    const inside = await post('lx.admin', `/api/v1/deliveries/${lx}/reroute`, { organizationId: orgId(t, 'AG-330781-ZJJ') });
    expect(inside.status).toBe(200);
    expect(inside.body).toMatchObject({ status: 'REJECTED_BY_RECIPIENT', reroutedToId: expect.any(String) });
    const jhInside = await post('jh.admin', `/api/v1/deliveries/${jh}/reroute`, { organizationId: orgId(t, 'AG-330700-GA') });
    expect(jhInside.status).toBe(200);
  });

  it('lets a COPY be re-routed anywhere (copy recipients may be outside the district)', async () => {
    const copy = await rejectedDelivery(JH, ['AG-330700-ZJJ'], ['AG-330700-FGW'], 'jhfgw.clerk', 'AG-330700-FGW');
    const res = await post('jh.admin', `/api/v1/deliveries/${copy}/reroute`, { organizationId: orgId(t, 'AG-330100-FG') });
    expect(res.status).toBe(200);
    const next = await t
      .http()
      .get(`/api/v1/deliveries/${res.body.reroutedToId}`)
      .set(await a.as('jh.admin'));
    expect(next.body).toMatchObject({ kind: 'COPY', organizationId: orgId(t, 'AG-330100-FG'), status: 'DELIVERED' });
  });
});

import { TestApp } from '../harness';
import { Actors, issuedLetter, letterBody, orgId, startClosedLoopApp } from './lifecycle.fixtures';

/**
 * An access token that was just accepted (its signature is remembered) stops on the very next
 * request once its session ends or its user or organization is disabled — on the hot read of a
 * delivery as anywhere else.
 */
describe('access tokens stop at once', () => {
  let t: TestApp;
  let a: Actors;
  let deliveryOf: (code: string) => string;
  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
    const letter = await issuedLetter(t, a, { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' }, letterBody(t, {}, ['AG-330700-ZJJ', 'AG-330700-FGW']));
    deliveryOf = (code) => letter.deliveries.find((d: { organizationId: string }) => d.organizationId === orgId(t, code)).id;
  });
  afterAll(() => t.close());

  const read = (token: string, code: string) =>
    t
      .http()
      .get(`/api/v1/deliveries/${deliveryOf(code)}`)
      .set('authorization', `Bearer ${token}`);

  async function acceptedTwice(username: string, code: string): Promise<string> {
    const token = await t.login(username);
    expect((await read(token, code)).status).toBe(200);
    expect((await read(token, code)).status).toBe(200);
    return token;
  }

  it('when the session is logged out', async () => {
    const token = await acceptedTwice('jhzjj.clerk', 'AG-330700-ZJJ');
    expect((await t.http().post('/api/v1/auth/logout').set('authorization', `Bearer ${token}`).send({})).status).toBe(204);
    const res = await read(token, 'AG-330700-ZJJ');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('SESSION_REVOKED');
  });

  it('when the user is made inactive, even with the session left open', async () => {
    const token = await acceptedTwice('jhzjj.leader', 'AG-330700-ZJJ');
    await t.ds.query(`UPDATE users SET active = false WHERE username = 'jhzjj.leader'`);
    const res = await read(token, 'AG-330700-ZJJ');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('ACCOUNT_DISABLED');
  });

  it('when the organization is disabled', async () => {
    const token = await acceptedTwice('jhfgw.clerk', 'AG-330700-FGW');
    const org = await t
      .http()
      .patch(`/api/v1/organizations/${orgId(t, 'AG-330700-FGW')}`)
      .set(await a.as('admin'))
      .send({ active: false });
    expect(org.status).toBe(200);
    const res = await read(token, 'AG-330700-FGW');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('ACCOUNT_DISABLED');
  });
});

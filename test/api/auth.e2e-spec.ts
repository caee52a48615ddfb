import jwt from 'jsonwebtoken';
import { createTestApp, TEST_PASSWORD, TestApp } from '../harness';
import { DEMO_USERS } from '../../scripts/seed/demo-directory.data';

describe('authentication (real Postgres + Redis)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_LIMIT_PER_USER: '5', LOGIN_LIMIT_PER_IP: '1000' } });
  });
  afterAll(() => t.close());

  it('lets every demo user log in and see who they are, in the login answer as in /me', async () => {
    const orgs: { code: string; name: string; type: string }[] = await t.ds.query(`SELECT code, name, type FROM organizations`);
    for (const u of DEMO_USERS) {
      const res = await t.http().post('/api/v1/auth/login').send({ username: u.username, password: TEST_PASSWORD });
      expect(res.status).toBe(200);
      expect(res.body.accessToken).toEqual(expect.any(String));
      expect(res.body.refreshToken).toMatch(/^srt_/);
      const org = orgs.find((o) => o.code === u.org)!;
      const who = { username: u.username, displayName: u.displayName, roles: u.roles, kind: 'user', organizationName: org.name, organizationType: org.type };
      // The web app signs in without asking /me: the login answer names the organization too.
      expect(res.body.user).toMatchObject(who);
      expect(res.body.user.passwordHash).toBeUndefined();
      const me = await t.http().get('/api/v1/me').set('authorization', `Bearer ${res.body.accessToken}`);
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject(who);
      expect(res.body.user).toEqual(me.body);
    }
  });

  it('answers a wrong password with 401 INVALID_CREDENTIALS and audits the failure', async () => {
    const res = await t.http().post('/api/v1/auth/login').send({ username: 'lx.admin', password: 'wrong-password' });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ statusCode: 401, code: 'INVALID_CREDENTIALS' });
    expect(res.body.correlationId).toEqual(res.headers['x-request-id']);
    const rows = await t.ds.query(`SELECT action, data FROM audit_events WHERE action = 'auth.login_failed' AND data->>'username' = 'lx.admin'`);
    expect(rows).toHaveLength(1);
    const unknown = await t.http().post('/api/v1/auth/login').send({ username: 'nobody', password: 'whatever' });
    expect(unknown.status).toBe(401);
    expect(unknown.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('throttles a burst of bad logins for one username with 429', async () => {
    const burst = async (username: string, n: number) => {
      const codes: number[] = [];
      for (let i = 0; i < n; i++) {
        const res = await t
          .http()
          .post('/api/v1/auth/login')
          .send({ username, password: `bad-${i}` });
        codes.push(res.status);
        if (res.status === 429) expect(res.body.code).toBe('TOO_MANY_REQUESTS');
      }
      return codes;
    };
    // The limit is 5 attempts per username per window (LOGIN_LIMIT_PER_USER=5).
    expect(await burst('guess.me', 8)).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    // jh.admin logged in once above: a success costs nothing, so five failures reach the limit.
    expect(await burst('jh.admin', 6)).toEqual([401, 401, 401, 401, 401, 429]);
    // Even the right password is refused while throttled.
    const right = await t.http().post('/api/v1/auth/login').send({ username: 'JH.ADMIN', password: TEST_PASSWORD });
    expect(right.status).toBe(429);
    // Another user is not affected.
    expect((await t.http().post('/api/v1/auth/login').send({ username: 'jh.judge', password: TEST_PASSWORD })).status).toBe(200);
  });

  describe('access tokens', () => {
    const secret = () => t.config.jwtSecret;
    let good: string;
    let claims: { sub: string; sid: string };
    beforeAll(async () => {
      good = await t.login('lx.judge');
      claims = jwt.decode(good) as never;
    });
    const me = (token: string) => t.http().get('/api/v1/me').set('authorization', `Bearer ${token}`);

    it('accepts a good token', async () => {
      expect((await me(good)).status).toBe(200);
    });

    it('rejects no token, expired, tampered, alg:none and wrong-audience tokens with 401', async () => {
      expect((await t.http().get('/api/v1/me')).status).toBe(401);
      const base = { sub: claims.sub, sid: claims.sid };
      const expired = jwt.sign({ ...base, iat: Math.floor(Date.now() / 1000) - 3600 }, secret(), {
        algorithm: 'HS256',
        audience: t.config.jwtAudience,
        issuer: t.config.jwtIssuer,
        expiresIn: 60,
      });
      const r1 = await me(expired);
      expect(r1.status).toBe(401);
      expect(r1.body.code).toBe('TOKEN_EXPIRED');

      const [h, p, s] = good.split('.');
      const forged = Buffer.from(
        JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), sub: '00000000-0000-0000-0000-000000000000' }),
      ).toString('base64url');
      expect((await me(`${h}.${forged}.${s}`)).status).toBe(401);

      const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${p}.`;
      const r3 = await me(none);
      expect(r3.status).toBe(401);
      expect(r3.body.code).toBe('INVALID_TOKEN');

      const wrongAud = jwt.sign(base, secret(), { algorithm: 'HS256', audience: 'some-other-api', issuer: t.config.jwtIssuer, expiresIn: 60 });
      expect((await me(wrongAud)).status).toBe(401);
      const otherSecret = jwt.sign(base, 'another-secret-that-is-long-enough-000', {
        algorithm: 'HS256',
        audience: t.config.jwtAudience,
        issuer: t.config.jwtIssuer,
        expiresIn: 60,
      });
      expect((await me(otherSecret)).status).toBe(401);
      const hs512 = jwt.sign(base, secret(), { algorithm: 'HS512', audience: t.config.jwtAudience, issuer: t.config.jwtIssuer, expiresIn: 60 });
      expect((await me(hs512)).status).toBe(401);
    });
  });

  it('rotates refresh tokens; a spent one ends the session', async () => {
    const login = await t.http().post('/api/v1/auth/login').send({ username: 'lx.head', password: TEST_PASSWORD });
    const first = login.body.refreshToken;
    const r1 = await t.http().post('/api/v1/auth/refresh').send({ refreshToken: first });
    expect(r1.status).toBe(200);
    expect(r1.body.refreshToken).not.toBe(first);
    expect((await t.http().get('/api/v1/me').set('authorization', `Bearer ${r1.body.accessToken}`)).status).toBe(200);

    const reuse = await t.http().post('/api/v1/auth/refresh').send({ refreshToken: first });
    expect(reuse.status).toBe(401);
    expect(reuse.body.code).toBe('REFRESH_TOKEN_REUSED');
    // Reuse means theft: the whole session ends, including the newest tokens.
    expect((await t.http().post('/api/v1/auth/refresh').send({ refreshToken: r1.body.refreshToken })).status).toBe(401);
    expect((await t.http().get('/api/v1/me').set('authorization', `Bearer ${r1.body.accessToken}`)).status).toBe(401);
    expect((await t.http().post('/api/v1/auth/refresh').send({ refreshToken: 'srt_made_up_token_value' })).status).toBe(401);
  });

  it('gives exactly one success to parallel refreshes of one token', async () => {
    const login = await t.http().post('/api/v1/auth/login').send({ username: 'lx.leader', password: TEST_PASSWORD });
    const results = await Promise.all(Array.from({ length: 10 }, () => t.http().post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken })));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
  });

  it('ends the session at logout', async () => {
    const login = await t.http().post('/api/v1/auth/login').send({ username: 'jhfgw.clerk', password: TEST_PASSWORD });
    const auth = `Bearer ${login.body.accessToken}`;
    expect((await t.http().post('/api/v1/auth/logout').set('authorization', auth).send({})).status).toBe(204);
    expect((await t.http().get('/api/v1/me').set('authorization', auth)).status).toBe(401);
    expect((await t.http().post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken })).status).toBe(401);
  });

  it("stops a disabled user's tokens at once and refuses their login", async () => {
    const admin = await t.login('admin');
    const victim = await t.login('lxscjg.clerk');
    const user = t.dir.users.get('lxscjg.clerk')!;
    const patch = await t.http().patch(`/api/v1/users/${user.id}`).set('authorization', `Bearer ${admin}`).send({ active: false });
    expect(patch.status).toBe(200);
    expect(patch.body.active).toBe(false);
    const me = await t.http().get('/api/v1/me').set('authorization', `Bearer ${victim}`);
    expect(me.status).toBe(401);
    const again = await t.http().post('/api/v1/auth/login').send({ username: 'lxscjg.clerk', password: TEST_PASSWORD });
    expect(again.status).toBe(401);
    expect(again.body.code).toBe('ACCOUNT_DISABLED');
    const audit = await t.ds.query(`SELECT action FROM audit_events WHERE entity_id = $1 AND action = 'user.disable'`, [user.id]);
    expect(audit).toHaveLength(1);
  });

  it('lets an organization use an API token until it is revoked', async () => {
    const admin = await t.login('admin');
    const org = t.dir.orgs.get('AG-330700-ZJJ')!;
    const created = await t
      .http()
      .post(`/api/v1/organizations/${org.id}/api-tokens`)
      .set('authorization', `Bearer ${admin}`)
      .send({ name: 'OA 系统', roles: ['AGENCY_CLERK'] });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^sjt_/);
    const me = await t.http().get('/api/v1/me').set('authorization', `Bearer ${created.body.token}`);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ kind: 'apiToken', organizationId: org.id, roles: ['AGENCY_CLERK'] });
    const list = await t.http().get(`/api/v1/organizations/${org.id}/api-tokens`).set('authorization', `Bearer ${admin}`);
    expect(list.body[0].token).toBeUndefined();
    expect(list.body[0].tokenHash).toBeUndefined();
    const bad = await t
      .http()
      .post(`/api/v1/organizations/${org.id}/api-tokens`)
      .set('authorization', `Bearer ${admin}`)
      .send({ name: 'x', roles: ['COURT_LEADER'] });
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('ROLE_NOT_ALLOWED_FOR_ORGANIZATION');
    expect((await t.http().delete(`/api/v1/organizations/${org.id}/api-tokens/${created.body.id}`).set('authorization', `Bearer ${admin}`)).status).toBe(204);
    expect((await t.http().get('/api/v1/me').set('authorization', `Bearer ${created.body.token}`)).status).toBe(401);
  });

  it('stores passwords as argon2id hashes', async () => {
    const rows = await t.ds.query(`SELECT password_hash FROM users WHERE username = 'admin'`);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
  });
});

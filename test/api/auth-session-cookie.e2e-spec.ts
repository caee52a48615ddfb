import { createTestApp, TEST_PASSWORD, TestApp } from '../harness';

/**
 * The web app's session: the refresh token as an httpOnly, SameSite=Strict cookie scoped to
 * /api/v1/auth (Secure when the public address is https), spent by POST /auth/refresh without a
 * body, cleared at logout; API clients keep sending the refresh token in the body (API.md). Login
 * throttling counts failures only and says how many minutes to wait.
 *
 * Checked failing: with `secure: true` always, the http app's cookie carried `Secure` (the first
 * test failed); with `recordFailure` also called after a success, the twelve good logins ran into
 * 429 from the sixth; with `reuseGraceSeconds` left out of the cookie path, the second tab's
 * refresh answered 401 REFRESH_TOKEN_REUSED.
 */
describe('session cookie and login throttling', () => {
  let t: TestApp;
  let https: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_LIMIT_PER_USER: '5', LOGIN_LIMIT_PER_IP: '1000', LOGIN_WINDOW_SECONDS: '600', APP_URL: 'http://10.0.0.5:3000' } });
    https = await createTestApp({ env: { APP_URL: 'https://jianyi.court.example' } });
  });
  afterAll(async () => {
    await https?.close();
    await t?.close();
  });

  const login = (app: TestApp, username: string, password = TEST_PASSWORD) => app.http().post('/api/v1/auth/login').send({ username, password });
  const cookieOf = (res: { headers: Record<string, unknown> }): string => {
    const all = ([] as string[]).concat((res.headers['set-cookie'] as string[] | undefined) ?? []);
    const c = all.find((h) => h.startsWith('sifa_refresh='));
    if (!c) throw new Error(`no sifa_refresh cookie in ${JSON.stringify(all)}`);
    return c;
  };
  const valueOf = (setCookie: string) => setCookie.split(';')[0];

  it('sets the refresh cookie httpOnly, SameSite=Strict, scoped to the auth path, Secure only over https', async () => {
    const res = await login(t, 'lx.judge');
    expect(res.status).toBe(200);
    const c = cookieOf(res);
    const attrs = c.split(';').map((a) => a.trim().toLowerCase());
    expect(attrs).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/api/v1/auth', `max-age=${14 * 86400}`]));
    expect(attrs).not.toContain('secure');
    // API.md: the pair is still in the body for API clients.
    expect(valueOf(c)).toBe(`sifa_refresh=${res.body.refreshToken}`);

    const secure = await login(https, 'lx.judge');
    expect(
      cookieOf(secure)
        .split(';')
        .map((a) => a.trim().toLowerCase()),
    ).toEqual(expect.arrayContaining(['secure', 'httponly', 'samesite=strict', 'path=/api/v1/auth']));
  });

  it('refreshes from the cookie (a new tab): a new access token, a new cookie, no token in the body', async () => {
    const first = await login(t, 'lx.admin');
    const cookie = valueOf(cookieOf(first));
    const res = await t.http().post('/api/v1/auth/refresh').set('cookie', cookie).send({});
    expect(res.status).toBe(200);
    expect(res.body.accessToken).toEqual(expect.any(String));
    expect(res.body.refreshToken).toBeUndefined();
    const next = valueOf(cookieOf(res));
    expect(next).not.toBe(cookie);
    expect((await t.http().get('/api/v1/me').set('authorization', `Bearer ${res.body.accessToken}`)).body.username).toBe('lx.admin');

    // Two tabs sent the same cookie at once: the late one gets a pair of its own, the session lives.
    const second = await t.http().post('/api/v1/auth/refresh').set('cookie', cookie).send({});
    expect(second.status).toBe(200);
    expect((await t.http().post('/api/v1/auth/refresh').set('cookie', next).send({})).status).toBe(200);

    // Long after it was spent, the old cookie is a stolen token: the session ends, the cookie is cleared.
    t.clock.advance(60_000);
    const late = await t.http().post('/api/v1/auth/refresh').set('cookie', cookie).send({});
    expect(late.status).toBe(401);
    expect(late.body.code).toBe('REFRESH_TOKEN_REUSED');
    expect(cookieOf(late)).toMatch(/^sifa_refresh=;.*Expires=Thu, 01 Jan 1970/i);
    expect((await t.http().get('/api/v1/me').set('authorization', `Bearer ${res.body.accessToken}`)).status).toBe(401);
  });

  it('answers a refresh with neither body nor cookie with 401, and keeps the body refresh of API clients', async () => {
    const none = await t.http().post('/api/v1/auth/refresh').send({});
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ code: 'REFRESH_TOKEN_INVALID', message: '登录已失效，请重新登录' });

    const first = await login(t, 'lx.head');
    const body = await t.http().post('/api/v1/auth/refresh').send({ refreshToken: first.body.refreshToken });
    expect(body.status).toBe(200);
    expect(body.body.refreshToken).toMatch(/^srt_/);
    // The body path keeps strict reuse detection, grace or not.
    expect((await t.http().post('/api/v1/auth/refresh').send({ refreshToken: first.body.refreshToken })).body.code).toBe('REFRESH_TOKEN_REUSED');
  });

  it('logout ends the session and clears the cookie', async () => {
    const first = await login(t, 'lx.leader');
    const cookie = valueOf(cookieOf(first));
    const out = await t.http().post('/api/v1/auth/logout').set('authorization', `Bearer ${first.body.accessToken}`).set('cookie', cookie).send({});
    expect(out.status).toBe(204);
    expect(cookieOf(out)).toMatch(/^sifa_refresh=;.*Path=\/api\/v1\/auth/i);
    expect((await t.http().post('/api/v1/auth/refresh').set('cookie', cookie).send({})).status).toBe(401);
    const audit = await t.ds.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'auth.logout' AND actor_name = 'lx.leader'`);
    expect(audit[0].n).toBe(1);
  });

  it('counts failed logins only, and a throttled login names the minutes to wait', async () => {
    // Twelve good logins with a limit of five: successes cost nothing.
    for (let i = 0; i < 12; i++) expect((await login(t, 'jh.judge')).status).toBe(200);

    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await login(t, 'jh.head', `wrong-${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const blocked = await login(t, 'jh.head');
    expect(blocked.status).toBe(429);
    // LOGIN_WINDOW_SECONDS=600: the window began with the first failure, so about ten minutes remain.
    expect(blocked.body).toMatchObject({ code: 'TOO_MANY_REQUESTS', message: '登录失败次数过多，请 10 分钟后再试' });
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(540);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(600);
    // Nothing else is held up: another user logs in.
    expect((await login(t, 'jh.leader')).status).toBe(200);
  });
});

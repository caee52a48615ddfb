import { createServer } from 'node:net';
import { createTestApp, TestApp } from '../harness';
import { startSmtpSink } from '../worker/smtp-sink';

describe('health, docs and the web shell', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seed: false, env: { CORS_ORIGINS: 'https://court.example.cn' } });
  });
  afterAll(() => t.close());

  it('answers liveness and readiness (Postgres, Redis)', async () => {
    expect((await t.http().get('/health')).status).toBe(200);
    const ready = await t.http().get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.info).toMatchObject({ postgres: { status: 'up' }, redis: { status: 'up' } });
  });

  it('reports an unset SMTP_URL as not configured rather than down', async () => {
    const ready = await t.http().get('/health/ready');
    expect(ready.body.info.smtp).toEqual({ status: 'up', configured: false });
  });

  it('is ready only while the SMTP server in SMTP_URL greets; otherwise 503 naming smtp', async () => {
    const sink = await startSmtpSink();
    // A port that accepts connections but never speaks SMTP, and one where nothing listens.
    const mute = createServer(() => undefined);
    await new Promise<void>((r) => mute.listen(0, '127.0.0.1', r));
    const closedPort = await new Promise<number>((r) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as { port: number };
        s.close(() => r(port));
      });
    });
    const apps: TestApp[] = [];
    try {
      const withSink = await createTestApp({ seed: false, env: { SMTP_URL: sink.url } });
      apps.push(withSink);
      const ok = await withSink.http().get('/health/ready');
      expect(ok.status).toBe(200);
      expect(ok.body.info.smtp).toEqual({ status: 'up' });
      expect(sink.attempts).toHaveLength(0);

      for (const url of [`smtp://127.0.0.1:${closedPort}`, `smtp://127.0.0.1:${(mute.address() as { port: number }).port}`]) {
        const app = await createTestApp({ seed: false, env: { SMTP_URL: url } });
        apps.push(app);
        const down = await app.http().get('/health/ready');
        expect(down.status).toBe(503);
        expect(down.body).toMatchObject({
          code: 'SERVICE_UNAVAILABLE',
          message: '服务暂时不可用（邮件服务不可用），请稍后再试',
          details: { postgres: { status: 'up' }, redis: { status: 'up' }, smtp: { status: 'down' } },
        });
        expect((await app.http().get('/health')).status).toBe(200);
      }
    } finally {
      for (const app of apps) await app.close();
      await sink.close();
      mute.close();
    }
  });

  it('puts a correlation id on every response, echoing a sane one it was given', async () => {
    const res = await t.http().get('/health').set('x-request-id', 'trace-abc-12345');
    expect(res.headers['x-request-id']).toBe('trace-abc-12345');
    const fresh = await t.http().get('/health');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves a complete OpenAPI document', async () => {
    const res = await t.http().get('/api/docs-json');
    expect(res.status).toBe(200);
    const paths = Object.keys(res.body.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login',
        '/api/v1/auth/refresh',
        '/api/v1/auth/logout',
        '/api/v1/me',
        '/api/v1/users',
        '/api/v1/users/{id}',
        '/api/v1/organizations',
        '/api/v1/organizations/{id}',
        '/api/v1/audit/verify',
        '/health/ready',
      ]),
    );
    expect(res.body.components.schemas.CreateUserDto.properties.roles).toBeDefined();
    expect(res.body.components.schemas.LoginDto.required).toEqual(['username', 'password']);
  });

  it('sets security headers and serves the web app at /', async () => {
    const res = await t.http().get('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('<div id="root">');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('allows cross-origin calls only from the configured origins', async () => {
    const ok = await t.http().options('/api/v1/me').set('origin', 'https://court.example.cn').set('access-control-request-method', 'GET');
    expect(ok.headers['access-control-allow-origin']).toBe('https://court.example.cn');
    const evil = await t.http().options('/api/v1/me').set('origin', 'https://evil.example.com').set('access-control-request-method', 'GET');
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
  });
});

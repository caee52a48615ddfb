import { createTestApp, TestApp } from '@app/testing';

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
    expect(paths).toEqual(expect.arrayContaining(['/api/v1/auth/login', '/api/v1/auth/refresh', '/api/v1/auth/logout', '/api/v1/me', '/api/v1/users', '/api/v1/users/{id}', '/api/v1/organizations', '/api/v1/organizations/{id}', '/api/v1/audit/verify', '/health/ready']));
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

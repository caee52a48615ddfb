import { createTestApp, TestApp } from '../harness';

describe('bad input is a clear 4xx and writes nothing', () => {
  let t: TestApp;
  let admin: string;
  const count = async (table: string) => Number((await t.ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  it('rejects unknown fields with VALIDATION_FAILED and field details', async () => {
    const before = await count('organizations');
    const res = await t
      .http()
      .post('/api/v1/organizations')
      .set('authorization', `Bearer ${admin}`)
      .send({ type: 'AGENCY', name: '某局', shortName: '某局', regionCode: '330700', isAdmin: true });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'isAdmin' })]));
    expect(await count('organizations')).toBe(before);
  });

  it('rejects wrong types, bad enums and bad codes with a detail per field', async () => {
    const before = await count('users');
    const res = await t
      .http()
      .post('/api/v1/users')
      .set('authorization', `Bearer ${admin}`)
      .send({ organizationId: 42, username: ['a'], displayName: '', roles: ['EMPEROR'], password: 'short' });
    expect(res.status).toBe(400);
    const fields = res.body.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['organizationId', 'username', 'displayName', 'roles', 'password']));
    expect(await count('users')).toBe(before);
    const region = await t
      .http()
      .post('/api/v1/organizations')
      .set('authorization', `Bearer ${admin}`)
      .send({ type: 'SPACESHIP', name: 'x', shortName: 'x', regionCode: '33-07' });
    expect(region.status).toBe(400);
    expect(region.body.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['type', 'regionCode']));
  });

  it('answers malformed JSON with 400 MALFORMED_REQUEST', async () => {
    const res = await t.http().post('/api/v1/auth/login').set('content-type', 'application/json').send('{"username": "admin",');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('MALFORMED_REQUEST');
  });

  it('answers a huge body with 413 and bad paging with 400', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/login')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ username: 'a', password: 'x'.repeat(2 * 1024 * 1024) }));
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    const page = await t.http().get('/api/v1/organizations?pageSize=1000').set('authorization', `Bearer ${admin}`);
    expect(page.status).toBe(400);
    expect(page.body.details[0].field).toBe('pageSize');
  });

  it('keeps SQL and HTML in strings as plain data', async () => {
    const name = `'); DROP TABLE users; -- <script>alert(1)</script>`;
    const res = await t
      .http()
      .post('/api/v1/organizations')
      .set('authorization', `Bearer ${admin}`)
      .send({ type: 'AGENCY', name, shortName: 'x', regionCode: '330700' });
    expect(res.status).toBe(201);
    expect(res.body.name).toBe(name);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(await count('users')).toBeGreaterThan(0);
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await t.http().get('/api/v1/nothing-here').set('authorization', `Bearer ${admin}`);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });
});

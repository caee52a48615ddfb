import { TestApp } from '../harness';
import { Actors, letterBody, startClosedLoopApp } from './lifecycle.fixtures';

const deepArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

/**
 * Issue 12 point 10 (first two parts): a NUL character anywhere in the input, and JSON nested
 * absurdly deep, are a clear 400 for every route, written nowhere. Checked failing without the fix
 * (the preValidation hook in app.setup.ts removed): NULs answered 500 (PostgreSQL 22021), the
 * deep bodies 500 (a stack overflow in class-transformer).
 */
describe('bad input: NUL characters and deeply nested JSON', () => {
  let t: TestApp;
  let a: Actors;
  const count = async (table: string) => Number((await t.ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
  const post = async (path: string, user: string | null, body: unknown) => {
    const req = t.http().post(path).set('content-type', 'application/json');
    if (user) req.set(await a.as(user));
    return req.send(typeof body === 'string' ? body : JSON.stringify(body));
  };

  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
  });
  afterAll(() => t.close());

  it('answers 400 VALIDATION_FAILED naming the field for a NUL in any text of a JSON body, and writes nothing', async () => {
    const before = await count('suggestions');
    const body = letterBody(t, { title: '关于\u0000充电桩的司法建议' });
    body.items[1] = { ...body.items[1], problem: '电力容量\u0000不足' };
    const res = await post('/api/v1/suggestions', 'jh.judge', body);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(['title', 'items.1.problem']);
    expect(await count('suggestions')).toBe(before);

    const orgs = await count('organizations');
    const org = await post('/api/v1/organizations', 'admin', { type: 'AGENCY', name: '某\u0000局', shortName: '某局', regionCode: '330700' });
    expect(org.status).toBe(400);
    expect(org.body.details).toEqual([expect.objectContaining({ field: 'name' })]);
    expect(await count('organizations')).toBe(orgs);

    const login = await post('/api/v1/auth/login', null, { username: 'admin\u0000', password: 'x' });
    expect(login.status).toBe(400);
    expect(login.body.details).toEqual([expect.objectContaining({ field: 'username' })]);
  });

  it('answers 400 for a NUL in a query string parameter or a route parameter', async () => {
    for (const path of ['/api/v1/search?q=%E5%85%85%00%E7%94%B5', '/api/v1/suggestions?q=a%00b', '/api/v1/organizations?q=%00', '/api/v1/users?q=x%00']) {
      const res = await t
        .http()
        .get(path)
        .set(await a.as('admin'));
      expect([path, res.status, res.body.code]).toEqual([path, 400, 'VALIDATION_FAILED']);
      expect(res.body.details).toEqual([expect.objectContaining({ field: 'q' })]);
    }
    const param = await t
      .http()
      .get('/api/v1/suggestions/%00')
      .set(await a.as('jh.judge'));
    expect(param.status).toBe(400);
    expect(param.body.details).toEqual([expect.objectContaining({ field: 'id' })]);
  });

  it('answers 400 MALFORMED_REQUEST, never 500, for JSON 20,000 levels deep (arrays and objects, at the top or in a field)', async () => {
    const before = await count('suggestions');
    const inField = (deep: string) => JSON.stringify(letterBody(t)).replace('"domain":"城市管理"', `"domain":${deep}`);
    const cases: [string, string | null, string][] = [
      ['/api/v1/suggestions', 'jh.judge', deepArray(20_000)],
      ['/api/v1/suggestions', 'jh.judge', deepObject(20_000)],
      ['/api/v1/suggestions', 'jh.judge', inField(deepArray(20_000))],
      ['/api/v1/suggestions', 'jh.judge', inField(deepObject(20_000))],
      ['/api/v1/auth/login', null, deepObject(20_000)],
      ['/api/v1/auth/login', null, deepArray(20_000)],
      ['/api/v1/organizations', 'admin', deepObject(20_000)],
    ];
    for (const [path, user, body] of cases) {
      const res = await post(path, user, body);
      expect([path, body.slice(0, 12), res.status, res.body.code]).toEqual([path, body.slice(0, 12), 400, 'MALFORMED_REQUEST']);
    }
    expect(await count('suggestions')).toBe(before);
  });

  it('still accepts ordinary nesting and ordinary control characters such as tabs and line breaks', async () => {
    const res = await post('/api/v1/suggestions', 'jh.judge', letterBody(t, { background: '第一段。\n\t第二段。' }));
    expect(res.status).toBe(201);
    expect(res.body.background).toBe('第一段。\n\t第二段。');
  });
});

import { createTestApp, TestApp } from '../harness';

describe('directory and users', () => {
  let t: TestApp;
  let admin: string;
  const auth = (tok: string) => ({ authorization: `Bearer ${tok}` });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  it('creates an organization under its parent and lists by region', async () => {
    const parent = t.dir.orgs.get('COURT-330700')!;
    const res = await t
      .http()
      .post('/api/v1/organizations')
      .set(auth(admin))
      .send({ type: 'COURT', name: '金华市中级人民法院测试分院', shortName: '测试', regionCode: '330702', parentId: parent.id, emails: ['a@b.cn'] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ type: 'COURT', parentId: parent.id, version: 1, active: true });
    const list = await t.http().get('/api/v1/organizations?regionCode=330700&type=COURT&pageSize=100').set(auth(admin));
    expect(list.status).toBe(200);
    const names = list.body.items.map((o: { name: string }) => o.name);
    expect(names).toEqual(expect.arrayContaining(['金华市中级人民法院', '兰溪市人民法院', '金华市中级人民法院测试分院']));
    expect(names).not.toContain('杭州市中级人民法院');
    const audit = await t.ds.query(`SELECT 1 FROM audit_events WHERE action = 'organization.create' AND entity_id = $1`, [res.body.id]);
    expect(audit).toHaveLength(1);
  });

  it('refuses a court under an agency and a move into its own subtree', async () => {
    const agency = t.dir.orgs.get('AG-330700-ZJJ')!;
    const r1 = await t
      .http()
      .post('/api/v1/organizations')
      .set(auth(admin))
      .send({ type: 'COURT', name: 'x', shortName: 'x', regionCode: '330700', parentId: agency.id });
    expect(r1.status).toBe(422);
    expect(r1.body.code).toBe('PARENT_TYPE_MISMATCH');
    const high = t.dir.orgs.get('COURT-330000')!;
    const lanxi = t.dir.orgs.get('COURT-330781')!;
    const r2 = await t.http().patch(`/api/v1/organizations/${high.id}`).set(auth(admin)).send({ parentId: lanxi.id });
    expect(r2.status).toBe(422);
    expect(r2.body.code).toBe('ORGANIZATION_CYCLE');
  });

  it('moves a subtree with its paths and keeps optimistic locking', async () => {
    const hz = t.dir.orgs.get('COURT-330100')!;
    const jh = t.dir.orgs.get('COURT-330700')!;
    const xihu = t.dir.orgs.get('COURT-330106')!;
    const current = await t.http().get(`/api/v1/organizations/${hz.id}`).set(auth(admin));
    const moved = await t.http().patch(`/api/v1/organizations/${hz.id}`).set(auth(admin)).send({ parentId: jh.id, version: current.body.version });
    expect(moved.status).toBe(200);
    const [row] = await t.ds.query('SELECT path FROM organizations WHERE id = $1', [xihu.id]);
    expect(row.path).toBe(`${jh.path}${hz.id}/${xihu.id}/`);
    const stale = await t.http().patch(`/api/v1/organizations/${hz.id}`).set(auth(admin)).send({ name: '改名', version: current.body.version });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
  });

  it('lets only SYS_ADMIN write the directory and users', async () => {
    const judge = await t.login('lx.judge');
    const r = await t.http().post('/api/v1/organizations').set(auth(judge)).send({ type: 'AGENCY', name: 'x', shortName: 'x', regionCode: '330700' });
    expect(r.status).toBe(403);
    expect(r.body.code).toBe('FORBIDDEN');
    const u = await t
      .http()
      .post('/api/v1/users')
      .set(auth(judge))
      .send({ organizationId: t.dir.orgs.get('COURT-330781')!.id, username: 'x.y', displayName: 'x', roles: ['JUDGE'], password: 'long-enough-pass' });
    expect(u.status).toBe(403);
  });

  it('creates users with roles that fit their organization', async () => {
    const court = t.dir.orgs.get('COURT-330782')!;
    const ok = await t
      .http()
      .post('/api/v1/users')
      .set(auth(admin))
      .send({ organizationId: court.id, username: 'yw.judge', displayName: '义乌法官', roles: ['JUDGE'], division: '民一庭', password: 'long-enough-pass' });
    expect(ok.status).toBe(201);
    expect(ok.body.password).toBeUndefined();
    expect(ok.body.passwordHash).toBeUndefined();
    expect((await t.http().post('/api/v1/auth/login').send({ username: 'YW.JUDGE', password: 'long-enough-pass' })).status).toBe(200);
    const dup = await t
      .http()
      .post('/api/v1/users')
      .set(auth(admin))
      .send({ organizationId: court.id, username: 'Yw.Judge', displayName: 'x', roles: ['JUDGE'], division: '民一庭', password: 'long-enough-pass' });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('USERNAME_TAKEN');
    const wrong = await t
      .http()
      .post('/api/v1/users')
      .set(auth(admin))
      .send({ organizationId: court.id, username: 'yw.clerk', displayName: 'x', roles: ['AGENCY_CLERK'], password: 'long-enough-pass' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe('ROLE_NOT_ALLOWED_FOR_ORGANIZATION');
  });

  it("shows a non-admin only their own organization's users; others' are 404", async () => {
    const clerk = await t.login('jhzjj.clerk');
    const list = await t.http().get('/api/v1/users').set(auth(clerk));
    expect(list.status).toBe(200);
    const orgIds = new Set(list.body.items.map((u: { organizationId: string }) => u.organizationId));
    expect([...orgIds]).toEqual([t.dir.orgs.get('AG-330700-ZJJ')!.id]);
    const other = t.dir.users.get('lx.judge')!;
    expect((await t.http().get(`/api/v1/users/${other.id}`).set(auth(clerk))).status).toBe(404);
    expect((await t.http().get(`/api/v1/users/not-a-uuid`).set(auth(clerk))).status).toBe(404);
  });
});

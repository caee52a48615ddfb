import { createTestApp, TestApp } from '@app/testing';

describe('audit trail', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    await t.login('lx.judge');
    await t.http().post('/api/v1/auth/login').send({ username: 'lx.judge', password: 'nope-nope' });
  });
  afterAll(() => t.close());

  const verify = () => t.http().get('/api/v1/audit/verify').set('authorization', `Bearer ${admin}`);

  it('records logins, failures and changes, and the chain verifies', async () => {
    const actions = (await t.ds.query('SELECT action FROM audit_events ORDER BY id')).map((r: { action: string }) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['demo.seed_directory', 'auth.login', 'auth.login_failed']));
    const res = await verify();
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ valid: true, firstBrokenId: null });
    expect(res.body.checked).toBe(actions.length);
  });

  it("refuses UPDATE, DELETE and TRUNCATE through the app's own connection", async () => {
    await expect(t.ds.query(`UPDATE audit_events SET action = 'x' WHERE id = (SELECT min(id) FROM audit_events)`)).rejects.toThrow(/append-only/);
    await expect(t.ds.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
    await expect(t.ds.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
  });

  it('denies UPDATE/DELETE to the sifa_app role even without the trigger', async () => {
    await t.ds.transaction(async (m) => {
      await m.query('SET LOCAL ROLE sifa_app');
      await expect(m.query(`SELECT count(*) FROM audit_events`)).resolves.toBeDefined();
      await m.query('SAVEPOINT s1');
      await expect(m.query(`UPDATE audit_events SET action = 'x'`)).rejects.toThrow(/permission denied/);
      await m.query('ROLLBACK TO SAVEPOINT s1');
      await expect(m.query(`DELETE FROM audit_events`)).rejects.toThrow(/permission denied/);
    }).catch((e) => {
      if (!/permission denied|current transaction is aborted/.test(String(e))) throw e;
    });
  });

  it('names the first row changed behind its back', async () => {
    const ids: string[] = (await t.ds.query('SELECT id FROM audit_events ORDER BY id')).map((r: { id: string }) => r.id);
    const target = ids[2];
    // A superuser bypassing the trigger, as an attacker with database access would.
    await t.ds.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      await m.query(`UPDATE audit_events SET data = '{"username":"someone-else"}' WHERE id = $1`, [target]);
    });
    const res = await verify();
    expect(res.body.valid).toBe(false);
    expect(res.body.firstBrokenId).toBe(target);
    expect(res.body.reason).toMatch(/changed/);
  });

  it('is readable per entity by court admins and supervisors only', async () => {
    const judge = await t.login('lx.judge');
    expect((await t.http().get('/api/v1/audit').set('authorization', `Bearer ${judge}`)).status).toBe(403);
    const user = t.dir.users.get('lx.judge')!;
    const res = await t.http().get(`/api/v1/audit?entityId=${user.id}`).set('authorization', `Bearer ${admin}`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['auth.login', 'auth.login_failed']));
  });
});

import { createTestApp, TestApp } from '../harness';

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
    const [priv] = await t.ds.query(
      `SELECT has_table_privilege('sifa_app', 'audit_events', 'SELECT') AS sel, has_table_privilege('sifa_app', 'audit_events', 'INSERT') AS ins,
              has_table_privilege('sifa_app', 'audit_events', 'UPDATE') AS upd, has_table_privilege('sifa_app', 'audit_events', 'DELETE') AS del,
              has_table_privilege('sifa_app', 'audit_events', 'TRUNCATE') AS trunc`,
    );
    expect(priv).toEqual({ sel: true, ins: true, upd: false, del: false, trunc: false });
    const before = await t.ds.query(`SELECT count(*)::int AS n, min(action) AS a FROM audit_events`);
    const errors: string[] = [];
    await t.ds.transaction(async (m) => {
      // Triggers off (as a superuser could), then the app's role: only the grants stand in the way.
      await m.query('SET LOCAL session_replication_role = replica');
      await m.query('SET LOCAL ROLE sifa_app');
      for (const sql of [`UPDATE audit_events SET action = 'x'`, `DELETE FROM audit_events`]) {
        await m.query('SAVEPOINT s');
        const outcome = await m.query(sql).then(
          () => 'succeeded',
          (e: Error) => e.message,
        );
        await m.query('ROLLBACK TO SAVEPOINT s');
        errors.push(outcome);
      }
      const rows = await m.query(`SELECT count(*)::int AS n FROM audit_events`);
      expect(rows[0].n).toBe(before[0].n); // reading is allowed
    });
    expect(errors).toEqual([expect.stringMatching(/permission denied/), expect.stringMatching(/permission denied/)]);
    expect(await t.ds.query(`SELECT count(*)::int AS n, min(action) AS a FROM audit_events`)).toEqual(before);
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

  it('is readable per entity by court admins, supervisors and the system administrator only, each within their scope', async () => {
    const read = async (username: string, query = '') =>
      t
        .http()
        .get(`/api/v1/audit${query}`)
        .set('authorization', `Bearer ${username === 'admin' ? admin : await t.login(username)}`);
    // Roles: a judge, a division head and an agency clerk are refused whatever they ask.
    for (const username of ['lx.judge', 'lx.head', 'lxscjg.clerk']) expect([username, (await read(username)).status]).toEqual([username, 403]);
    const about = async (username: string, who: string) => {
      const id = t.dir.users.get(who)!.id;
      const res = await read(username, `?entityId=${id}`);
      expect(res.status).toBe(200);
      const items = res.body.items as { action: string; entityId: string }[];
      expect(items.filter((e) => e.entityId !== id)).toEqual([]); // per entity: rows about that entity only
      return items.map((e) => e.action);
    };
    await t.login('jh.judge');
    await t.login('zj.admin');
    const logins = expect.arrayContaining(['auth.login', 'auth.login_failed']);
    expect(await about('admin', 'lx.judge')).toEqual(logins);
    // Rows about no letter: the organization concerned (兰溪 court) and those whose jurisdiction
    // covers it — its higher court (金华中院) and the 金华 supervisor…
    expect(await about('lx.admin', 'lx.judge')).toEqual(logins);
    expect(await about('jh.admin', 'lx.judge')).toEqual(logins);
    expect(await about('jhrd.supervisor', 'lx.judge')).toEqual(logins);
    // …but not the lower court about the higher one, nor the 金华 supervisor about the provincial court.
    // (With the scope of rows about no letter made TRUE, lx.admin read jh.judge's auth.login and this failed.)
    expect(await about('admin', 'jh.judge')).toContain('auth.login');
    expect(await about('lx.admin', 'jh.judge')).toEqual([]);
    expect(await about('admin', 'zj.admin')).toContain('auth.login');
    expect(await about('jhrd.supervisor', 'zj.admin')).toEqual([]);
  });
});

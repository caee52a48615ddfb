import { TestApp } from '../harness';
import { Actors, letterBody, orgId, startClosedLoopApp } from './lifecycle.fixtures';

/** API.md: a PATCH sends `"version": n` or `If-Match`; a stale one is 409 VERSION_CONFLICT and changes nothing. */
describe('If-Match on edits', () => {
  let t: TestApp;
  let a: Actors;

  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
  });
  afterAll(() => t.close());

  const title = async (id: string) => (await t.ds.query(`SELECT title, version FROM suggestions WHERE id = $1`, [id]))[0];

  it('saves a letter edit whose If-Match is current, and refuses a stale one (409, nothing written)', async () => {
    const created = await t
      .http()
      .post('/api/v1/suggestions')
      .set(await a.as('lx.judge'))
      .send(letterBody(t, {}, ['AG-330781-SCJG']));
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const v1 = created.body.version as number;

    const ok = await t
      .http()
      .patch(`/api/v1/suggestions/${id}`)
      .set(await a.as('lx.judge'))
      .set('if-match', `"${v1}"`)
      .send({ title: '第一次修改的标题' });
    expect(ok.status).toBe(200);
    expect(ok.body.version).toBe(v1 + 1);

    const audits = async () => Number((await t.ds.query(`SELECT count(*) AS n FROM audit_events`))[0].n);
    const before = await audits();
    const stale = await t
      .http()
      .patch(`/api/v1/suggestions/${id}`)
      .set(await a.as('lx.judge'))
      .set('if-match', `W/"${v1}"`)
      .send({ title: '基于旧版本的修改' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect(await title(id)).toEqual({ title: '第一次修改的标题', version: v1 + 1 });
    expect(await audits()).toBe(before);

    // Header and body naming different versions cannot both be current.
    const both = await t
      .http()
      .patch(`/api/v1/suggestions/${id}`)
      .set(await a.as('lx.judge'))
      .set('if-match', String(v1 + 1))
      .send({ title: '两个版本号', version: v1 });
    expect(both.status).toBe(409);
    // Not a version at all: bad input, not silently ignored.
    const bad = await t
      .http()
      .patch(`/api/v1/suggestions/${id}`)
      .set(await a.as('lx.judge'))
      .set('if-match', 'abc')
      .send({ title: '格式错误' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect((await title(id)).title).toBe('第一次修改的标题');
  });

  it('honours If-Match on organization edits too', async () => {
    const id = orgId(t, 'AG-330781-SCJG');
    const org = await t
      .http()
      .get(`/api/v1/organizations/${id}`)
      .set(await a.as('admin'));
    const stale = await t
      .http()
      .patch(`/api/v1/organizations/${id}`)
      .set(await a.as('admin'))
      .set('if-match', `"${org.body.version - 1 || 99}"`)
      .send({ shortName: '旧版本改名' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    const current = await t
      .http()
      .patch(`/api/v1/organizations/${id}`)
      .set(await a.as('admin'))
      .set('if-match', `"${org.body.version}"`)
      .send({ shortName: '兰溪市监局' });
    expect(current.status).toBe(200);
    expect(current.body.shortName).toBe('兰溪市监局');
  });
});

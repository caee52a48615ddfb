import { createTestApp, TestApp } from '../harness';
import { Fixture, insertFixture } from './statistics.fixture';

describe('supervisors’ watch list', () => {
  let t: TestApp;
  let fx: Fixture;
  const tok: Record<string, string> = {};
  const as = (u: string) => ({ authorization: `Bearer ${tok[u]}` });

  beforeAll(async () => {
    t = await createTestApp();
    for (const u of ['jhrd.supervisor', 'jhzjj.clerk', 'lx.admin']) tok[u] = await t.login(u);
    fx = await insertFixture(t);
  });
  afterAll(() => t.close());

  it('watches a delivery in the jurisdiction, lists it with its due dates, refuses duplicates, removes it', async () => {
    const add = await t
      .http()
      .post('/api/v1/watchlist')
      .set(as('jhrd.supervisor'))
      .send({ suggestionId: fx.letters.L1, deliveryId: fx.deliveries.D2, note: '重点督办' });
    expect(add.status).toBe(201);
    expect(add.body).toMatchObject({
      suggestionId: fx.letters.L1,
      deliveryId: fx.deliveries.D2,
      note: '重点督办',
      organizationName: '金华市住房和城乡建设局',
      replyDueDate: '2025-05-13',
      followUpDate: '2025-06-20',
    });
    const dup = await t.http().post('/api/v1/watchlist').set(as('jhrd.supervisor')).send({ suggestionId: fx.letters.L1, deliveryId: fx.deliveries.D2 });
    expect([dup.status, dup.body.code]).toEqual([409, 'ALREADY_WATCHED']);
    const list = await t.http().get('/api/v1/watchlist').set(as('jhrd.supervisor'));
    expect(list.body.map((w: { id: string }) => w.id)).toEqual([add.body.id]);
    expect((await t.http().get('/api/v1/watchlist').set(as('lx.admin'))).body).toEqual([]);
    expect((await t.http().delete(`/api/v1/watchlist/${add.body.id}`).set(as('lx.admin'))).status).toBe(404);
    expect((await t.http().delete(`/api/v1/watchlist/${add.body.id}`).set(as('jhrd.supervisor'))).status).toBe(204);
    expect((await t.http().get('/api/v1/watchlist').set(as('jhrd.supervisor'))).body).toEqual([]);
  });

  it('404 for a letter outside the jurisdiction or a delivery of another letter; agencies cannot watch', async () => {
    expect((await t.http().post('/api/v1/watchlist').set(as('jhrd.supervisor')).send({ suggestionId: fx.letters.L5 })).status).toBe(404);
    expect(
      (await t.http().post('/api/v1/watchlist').set(as('jhrd.supervisor')).send({ suggestionId: fx.letters.L1, deliveryId: fx.deliveries.D3 })).status,
    ).toBe(404);
    expect((await t.http().post('/api/v1/watchlist').set(as('jhzjj.clerk')).send({ suggestionId: fx.letters.L1 })).status).toBe(403);
    const bad = await t.http().post('/api/v1/watchlist').set(as('jhrd.supervisor')).send({ suggestionId: 'nope' });
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM supervision_watches`);
    expect(n).toBe(0);
  });
});

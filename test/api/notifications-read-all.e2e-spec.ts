import { TestApp } from '../harness';
import { Actors, DAY, issuedLetter, letterBody, startClosedLoopApp, T0 } from './lifecycle.fixtures';

/**
 * 全部已读: POST /api/v1/notifications/read-all marks every unread notice of the caller read (at the
 * clock's time), leaves notices already read as they were, and touches nobody else's.
 * Two 兰溪 letters to 兰溪市场监管局 give its clerk and its leader two delivery notices each.
 */
describe('notifications: mark all read', () => {
  let t: TestApp;
  let a: Actors;
  const LX = { judge: 'lx.judge', head: 'lx.head', leader: 'lx.leader' };
  const list = async (user: string) =>
    (
      await t
        .http()
        .get('/api/v1/notifications')
        .set(await a.as(user))
    ).body;
  const readAll = async (user: string) =>
    t
      .http()
      .post('/api/v1/notifications/read-all')
      .set(await a.as(user))
      .send({});

  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
    await issuedLetter(t, a, LX, letterBody(t, { title: '关于甲问题的司法建议' }, ['AG-330781-SCJG']));
    await issuedLetter(t, a, LX, letterBody(t, { title: '关于乙问题的司法建议' }, ['AG-330781-SCJG']));
  });
  afterAll(() => t?.close());

  it('marks all of the caller’s unread notices read, keeps the time of those read before, and answers how many', async () => {
    const before = await list('lxscjg.clerk');
    expect(before.unread).toBeGreaterThanOrEqual(2);
    const first = before.items[before.items.length - 1];
    t.clock.set(new Date(T0.getTime() + DAY));
    const one = await t
      .http()
      .post(`/api/v1/notifications/${first.id}/read`)
      .set(await a.as('lxscjg.clerk'))
      .send({});
    expect(one.status).toBe(200);

    t.clock.set(new Date(T0.getTime() + 2 * DAY));
    const res = await readAll('lxscjg.clerk');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ marked: before.unread - 1, unread: 0 });

    const after = await list('lxscjg.clerk');
    expect(after.unread).toBe(0);
    expect(after.total).toBe(before.total);
    const readAt = new Map(after.items.map((n: { id: string; readAt: string }) => [n.id, n.readAt]));
    expect(readAt.get(first.id)).toBe(new Date(T0.getTime() + DAY).toISOString());
    const others = after.items.filter((n: { id: string }) => n.id !== first.id).map((n: { readAt: string }) => n.readAt);
    expect(new Set(others)).toEqual(new Set([new Date(T0.getTime() + 2 * DAY).toISOString()]));
  });

  it('leaves other users’ notices unread, and a second call marks nothing', async () => {
    const leader = await list('lxscjg.leader');
    expect(leader.unread).toBeGreaterThanOrEqual(2);
    expect(leader.items.every((n: { readAt: string | null }) => n.readAt === null)).toBe(true);
    const again = await readAll('lxscjg.clerk');
    expect(again.body).toEqual({ marked: 0, unread: 0 });
    expect((await list('lxscjg.leader')).unread).toBe(leader.unread);
  });

  it('requires a signed-in user', async () => {
    const res = await t.http().post('/api/v1/notifications/read-all').send({});
    expect(res.status).toBe(401);
    expect((await list('lxscjg.leader')).unread).toBeGreaterThanOrEqual(2);
  });
});

import { TestApp } from '../harness';
import { Actors, DAY, issuedLetter, letterBody, orgId, startClosedLoopApp, T0 } from './lifecycle.fixtures';

/**
 * 督办 shows where people work: the 金华市人大 supervisor watches a letter of 兰溪 and posts notes on
 * its overdue delivery; the 兰溪 court admin sees both on the delivery and in the work list, next to
 * everything else waiting for them; the recipient sees the notes (addressed to it) but not who
 * watches; a supervisor of another region (杭州市人大) gets 404.
 *
 * 兰溪 letters (T0 = 2031-03-03 10:00, replies due in two months), all to 兰溪市场监管局 unless said:
 *   L1 x: never signed (sign due 03-06)          → OVERDUE; watched (whole letter) and noted by 金华市人大
 *   L2 y: signed, replied                         → REPLY_TO_EVALUATE; 金华市人大 watches this delivery
 *   L3 z: signed, extension asked                 → EXTENSION_PENDING
 *   L4 r: to 兰溪住建局, returned as misdelivered → REJECTED_TO_REROUTE
 *   L5 w: replied, adopted, follow-up 03-10       → FOLLOW_UP_DUE
 *   L6 v: signed, reply due in May                → nothing to do
 *   中院 J1 jx: never signed                      → the 中院's work list, not 兰溪's
 * Work list as of 03-13.
 */
describe('supervision: notes and watches on the delivery and in the court admin’s work list', () => {
  let t: TestApp;
  let a: Actors;
  const id: Record<string, string> = {};
  const dl: Record<string, string> = {};
  const LX = { judge: 'lx.judge', head: 'lx.head', leader: 'lx.leader' };
  const http = () => t.http();
  const get = async (user: string, path: string) =>
    http()
      .get(path)
      .set(await a.as(user));
  const send = async (user: string, path: string, body: Record<string, unknown> = {}) =>
    http()
      .post(path)
      .set(await a.as(user))
      .send(body);
  const ok = async (user: string, path: string, body: Record<string, unknown> = {}) => {
    const res = await send(user, path, body);
    if (res.status >= 300) throw new Error(`${user} POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const at = (ms: number) => t.clock.set(new Date(T0.getTime() + ms));
  const items = { index: 1, stance: 'ADOPT', note: '已部署' };
  const replyBody = { content: '回复', measures: '措施', items: [1, 2, 3].map((index) => ({ ...items, index })) };

  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
    await a.createUser('lxzjj.clerk', 'AG-330781-ZJJ', ['AGENCY_CLERK']);
    await a.createUser('hzrd.supervisor', 'NPC-330100', ['SUPERVISOR'], '杭州市人大监督员');
    const issue = async (key: string, who: typeof LX, main: string) => {
      const letter = await issuedLetter(t, a, who, letterBody(t, { title: `关于${key}问题的司法建议` }, [main]));
      id[key] = letter.id;
      return letter.deliveries.find((d: { kind: string }) => d.kind === 'MAIN').id as string;
    };
    dl.x = await issue('L1', LX, 'AG-330781-SCJG');
    dl.y = await issue('L2', LX, 'AG-330781-SCJG');
    dl.z = await issue('L3', LX, 'AG-330781-SCJG');
    dl.r = await issue('L4', LX, 'AG-330781-ZJJ');
    dl.w = await issue('L5', LX, 'AG-330781-SCJG');
    dl.v = await issue('L6', LX, 'AG-330781-SCJG');
    dl.jx = await issue('J1', { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' }, 'AG-330781-SCJG');

    at(DAY);
    for (const k of ['y', 'z', 'w', 'v']) await ok('lxscjg.clerk', `/api/v1/deliveries/${dl[k]}/sign`);
    await ok('lxzjj.clerk', `/api/v1/deliveries/${dl.r}/reject`, { reason: '不属于本局职责' });
    at(2 * DAY);
    await ok('lxscjg.clerk', `/api/v1/deliveries/${dl.y}/reply`, replyBody);
    await ok('lxscjg.clerk', `/api/v1/deliveries/${dl.w}/reply`, replyBody);
    await ok('lxscjg.clerk', `/api/v1/deliveries/${dl.z}/extension`, { reason: '需会同乡镇摸排', requestedDueDate: '2031-06-06' });
    await ok('lx.admin', `/api/v1/deliveries/${dl.w}/evaluate`, { result: 'ADOPTED', comment: '采纳', followUpDate: '2031-03-10' });
    at(10 * DAY); // 2031-03-13
  });
  afterAll(() => t.close());

  it('a supervisor outside the region gets 404 when posting a note or watching; nothing is written', async () => {
    expect((await send('hzrd.supervisor', `/api/v1/deliveries/${dl.x}/supervision`, { comment: '请说明情况' })).status).toBe(404);
    expect((await send('hzrd.supervisor', '/api/v1/watchlist', { suggestionId: id.L1 })).status).toBe(404);
    expect((await send('hzrd.supervisor', '/api/v1/watchlist', { suggestionId: id.L1, deliveryId: dl.x })).status).toBe(404);
    expect((await get('hzrd.supervisor', `/api/v1/deliveries/${dl.x}`)).status).toBe(404);
    const [{ notes }] = await t.ds.query(`SELECT count(*)::int AS notes FROM supervision_notes`);
    const [{ watches }] = await t.ds.query(`SELECT count(*)::int AS watches FROM supervision_watches`);
    expect([notes, watches]).toEqual([0, 0]);
  });

  it('the 金华市人大 supervisor watches and posts 督办意见; the court admin sees them on the delivery', async () => {
    expect((await send('jhrd.supervisor', '/api/v1/watchlist', { suggestionId: id.L1, note: '逾期未签收' })).status).toBe(201);
    expect((await send('jhrd.supervisor', '/api/v1/watchlist', { suggestionId: id.L2, deliveryId: dl.y })).status).toBe(201);
    const first = await send('jhrd.supervisor', `/api/v1/deliveries/${dl.x}/supervision`, { comment: '该件已逾期未签收，请督促办理' });
    expect(first.status).toBe(201);
    at(10 * DAY + 3600_000);
    expect((await send('jhrd.supervisor', `/api/v1/deliveries/${dl.x}/supervision`, { comment: '请于三日内反馈办理情况' })).status).toBe(201);

    const seen = await get('lx.admin', `/api/v1/deliveries/${dl.x}`);
    expect(seen.status).toBe(200);
    const author = {
      name: '韩主任(金华市人大常委会)',
      organizationId: orgId(t, 'NPC-330700'),
      organizationName: '金华市人大常委会',
      userId: expect.any(String),
    };
    expect(seen.body.supervisionNotes).toEqual([
      { id: expect.any(String), comment: '请于三日内反馈办理情况', createdAt: '2031-03-13T03:00:00.000Z', author },
      { id: expect.any(String), comment: '该件已逾期未签收，请督促办理', createdAt: '2031-03-13T02:00:00.000Z', author },
    ]);
    expect(seen.body.watchedBy).toEqual([
      {
        name: '韩主任(金华市人大常委会)',
        organizationId: orgId(t, 'NPC-330700'),
        organizationName: '金华市人大常委会',
        scope: 'LETTER',
        since: '2031-03-13T02:00:00.000Z',
      },
    ]);
    expect(seen.body).toMatchObject({ watched: false, colour: 'RED', status: 'DELIVERED' });
    expect((await get('jhrd.supervisor', `/api/v1/deliveries/${dl.x}`)).body).toMatchObject({
      watched: true,
      supervisionNotes: [expect.anything(), expect.anything()],
    });
    const y = await get('lx.admin', `/api/v1/deliveries/${dl.y}`);
    expect(y.body).toMatchObject({ supervisionNotes: [], watchedBy: [expect.objectContaining({ scope: 'DELIVERY', organizationName: '金华市人大常委会' })] });
    expect((await get('lx.admin', `/api/v1/deliveries/${dl.v}`)).body).toMatchObject({ supervisionNotes: [], watchedBy: [], watched: false });
  });

  it('the recipient sees the notes on its own delivery and is told, but not who watches', async () => {
    const own = await get('lxscjg.clerk', `/api/v1/deliveries/${dl.x}`);
    expect(own.status).toBe(200);
    expect(own.body.supervisionNotes.map((n: { comment: string }) => n.comment)).toEqual(['请于三日内反馈办理情况', '该件已逾期未签收，请督促办理']);
    expect(own.body.supervisionNotes[0].author.organizationName).toBe('金华市人大常委会');
    expect(own.body).toMatchObject({ watchedBy: [], watched: false });
    expect((await get('lxscjg.clerk', `/api/v1/deliveries/${dl.y}`)).body.watchedBy).toEqual([]);
    expect(JSON.stringify(own.body)).not.toContain('逾期未签收"'); // the watch note is not shown
    expect((await get('lxscjg.clerk', '/api/v1/watchlist')).status).toBe(403);
    const inbox = await get('lxscjg.clerk', '/api/v1/notifications');
    expect(inbox.body.items.filter((n: { kind: string; deliveryId: string }) => n.kind === 'delivery.supervised' && n.deliveryId === dl.x)).toHaveLength(2);
    // Another agency of the same letter set sees nothing of it.
    expect((await get('lxzjj.clerk', `/api/v1/deliveries/${dl.x}`)).status).toBe(404);
  });

  it('the court admin’s work list holds what needs action, with the supervision flags', async () => {
    const res = await get('lx.admin', '/api/v1/worklist');
    expect(res.status).toBe(200);
    expect(res.body.asOf).toBe('2031-03-13');
    // RED first (supervised first among equals), then by due date; v needs nothing; 中院's jx is not 兰溪's.
    expect(
      res.body.items.map((i: { deliveryId: string; type: string; reasons: string[]; colour: string }) => [i.deliveryId, i.type, i.reasons, i.colour]),
    ).toEqual([
      [dl.x, 'OVERDUE', ['OVERDUE', 'SUPERVISED'], 'RED'],
      [dl.w, 'FOLLOW_UP_DUE', ['FOLLOW_UP_DUE'], 'RED'],
      [dl.y, 'REPLY_TO_EVALUATE', ['REPLY_TO_EVALUATE', 'SUPERVISED'], 'GREEN'],
      [dl.z, 'EXTENSION_PENDING', ['EXTENSION_PENDING'], 'GREEN'],
      [dl.r, 'REJECTED_TO_REROUTE', ['REJECTED_TO_REROUTE'], 'GREEN'],
    ]);
    expect(res.body.items[0]).toEqual({
      kind: 'DELIVERY',
      type: 'OVERDUE',
      reasons: ['OVERDUE', 'SUPERVISED'],
      suggestionId: id.L1,
      deliveryId: dl.x,
      docNumber: expect.stringMatching(/^兰.*法建〔2031〕\d+号$/),
      title: '关于L1问题的司法建议',
      organizationId: orgId(t, 'AG-330781-SCJG'),
      organizationName: '兰溪市市场监督管理局',
      deliveryStatus: 'DELIVERED',
      dueDate: '2031-03-06',
      colour: 'RED',
      supervision: {
        notes: 2,
        latestNote: {
          comment: '请于三日内反馈办理情况',
          authorName: '韩主任(金华市人大常委会)',
          organizationName: '金华市人大常委会',
          createdAt: '2031-03-13T03:00:00.000Z',
        },
        watched: true,
        watchers: [{ name: '韩主任(金华市人大常委会)', organizationName: '金华市人大常委会', scope: 'LETTER', since: '2031-03-13T02:00:00.000Z' }],
      },
    });
    expect(res.body.items[1]).toMatchObject({ dueDate: '2031-03-10', supervision: { notes: 0, latestNote: null, watched: false, watchers: [] } });
    expect(res.body.items[2].supervision).toMatchObject({ notes: 0, watched: true, watchers: [expect.objectContaining({ scope: 'DELIVERY' })] });
    expect(res.body.counts).toEqual({
      OVERDUE: 1,
      EXTENSION_PENDING: 1,
      REJECTED_TO_REROUTE: 1,
      REPLY_TO_EVALUATE: 1,
      FOLLOW_UP_DUE: 1,
      IMPLEMENTATION_TO_CONFIRM: 0,
      SUPERVISED: 2,
    });
    expect([res.body.total, res.body.page, res.body.pageSize]).toEqual([5, 1, 20]);
    // Paged in the same order; the total and the counts are over every page.
    const second = await get('lx.admin', '/api/v1/worklist?page=2&pageSize=2');
    expect(second.body.items.map((i: { deliveryId: string }) => i.deliveryId)).toEqual([dl.y, dl.z]);
    expect([second.body.total, second.body.page, second.body.pageSize, second.body.counts]).toEqual([5, 2, 2, res.body.counts]);
    const past = await get('lx.admin', '/api/v1/worklist?page=4&pageSize=2');
    expect([past.status, past.body.items, past.body.total]).toEqual([200, [], 5]);
    const supervised = await get('lx.admin', '/api/v1/worklist?type=SUPERVISED');
    expect(supervised.body.items.map((i: { deliveryId: string }) => i.deliveryId)).toEqual([dl.x, dl.y]);
    expect([supervised.body.total, supervised.body.counts]).toEqual([2, res.body.counts]);
    expect((await get('lx.admin', '/api/v1/worklist?type=NOPE')).status).toBe(400);
    expect((await get('lx.admin', '/api/v1/worklist?pageSize=101')).status).toBe(400);
    const jh = await get('jh.admin', '/api/v1/worklist');
    expect(jh.body.items.map((i: { deliveryId: string; type: string }) => [i.deliveryId, i.type])).toEqual([[dl.jx, 'OVERDUE']]);
    for (const user of ['lx.judge', 'jhrd.supervisor', 'lxscjg.clerk']) expect((await get(user, '/api/v1/worklist')).status).toBe(403);
  });

  it('the list follows the work: a watched letter with nothing else due shows as a letter; done items leave; the court’s own bookmarks are not supervision', async () => {
    await ok('jhrd.supervisor', '/api/v1/watchlist', { suggestionId: id.L6 });
    await ok('lx.admin', '/api/v1/watchlist', { suggestionId: id.L3 });
    await ok('lx.admin', `/api/v1/deliveries/${dl.r}/reroute`, { organizationId: orgId(t, 'AG-330781-SCJG') });
    await ok('lx.admin', `/api/v1/deliveries/${dl.y}/evaluate`, { result: 'PARTIALLY_ADOPTED', comment: '部分采纳' });
    await ok('lxscjg.clerk', `/api/v1/deliveries/${dl.w}/implementation`, { status: 'IMPLEMENTED', note: '已整改' });
    const res = await get('lx.admin', '/api/v1/worklist');
    const byKey = new Map(res.body.items.map((i: { deliveryId: string | null; suggestionId: string }) => [i.deliveryId ?? i.suggestionId, i]));
    expect(byKey.has(dl.r)).toBe(false);
    expect(byKey.get(dl.y)).toMatchObject({ type: 'SUPERVISED', reasons: ['SUPERVISED'], deliveryStatus: 'IMPLEMENTING' });
    expect(byKey.get(dl.w)).toMatchObject({ type: 'FOLLOW_UP_DUE', reasons: ['FOLLOW_UP_DUE', 'IMPLEMENTATION_TO_CONFIRM'] });
    expect(byKey.get(dl.z)).toMatchObject({ reasons: ['EXTENSION_PENDING'], supervision: { watched: false, watchers: [] } });
    const v = await get('lx.admin', `/api/v1/deliveries/${dl.v}`);
    expect(byKey.get(id.L6)).toEqual({
      kind: 'LETTER',
      type: 'SUPERVISED',
      reasons: ['SUPERVISED'],
      suggestionId: id.L6,
      deliveryId: null,
      docNumber: expect.any(String),
      title: '关于L6问题的司法建议',
      organizationId: null,
      organizationName: '兰溪市市场监督管理局',
      deliveryStatus: null,
      dueDate: v.body.replyDueDate,
      colour: 'GREEN',
      supervision: {
        notes: 0,
        latestNote: null,
        watched: true,
        watchers: [expect.objectContaining({ organizationName: '金华市人大常委会', scope: 'LETTER' })],
      },
    });
    expect(res.body.items).toHaveLength(5); // x, w, y, z, L6
  });
});

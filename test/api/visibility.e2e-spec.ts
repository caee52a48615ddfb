import { TestApp } from '../harness';
import { Actors, issuedLetter, letterBody, startClosedLoopApp } from './lifecycle.fixtures';

/**
 * Walks every endpoint of the closed loop as the owner, the recipient, another court, another
 * agency, a supervisor in and out of jurisdiction, and without a token: only the allowed ones get
 * 2xx; the others 404 (never revealing the letter), 401 without a token.
 */
describe('visibility of letters, deliveries, timeline, messages, notes and notices', () => {
  let t: TestApp;
  let a: Actors;
  let letterId: string;
  let deliveryId: string;
  let copyId: string;

  const OWNER = ['jh.judge', 'jh.admin', 'jh.leader'];
  const RECIPIENT = ['jhzjj.clerk', 'jhzjj.leader'];
  const HIGHER_COURT = ['zj.admin'];
  const SUPERVISOR_IN = ['jhrd.supervisor'];
  const OUTSIDERS = ['lx.admin', 'lx.judge', 'hz.admin', 'lxscjg.clerk', 'jhfgw.clerk', 'hzrd.supervisor', 'jh.judge2'];

  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
    await a.createUser('hz.admin', 'COURT-330100', ['COURT_ADMIN']);
    await a.createUser('hzrd.supervisor', 'NPC-330100', ['SUPERVISOR']);
    await a.createUser('jh.judge2', 'COURT-330700', ['JUDGE']);
    const letter = await issuedLetter(t, a, { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' }, letterBody(t, {}, ['AG-330700-ZJJ'], ['NPC-330700']));
    letterId = letter.id;
    deliveryId = letter.deliveries.find((d: { kind: string }) => d.kind === 'MAIN').id;
    copyId = letter.deliveries.find((d: { kind: string }) => d.kind === 'COPY').id;
    for (const u of [...OWNER, ...RECIPIENT, ...HIGHER_COURT, ...SUPERVISOR_IN, ...OUTSIDERS]) await a.token(u);
  });
  afterAll(() => t.close());

  const reads = () => [
    `/api/v1/suggestions/${letterId}`,
    `/api/v1/suggestions/${letterId}/timeline`,
    `/api/v1/deliveries/${deliveryId}`,
    `/api/v1/deliveries/${deliveryId}/messages`,
    `/api/v1/deliveries/${deliveryId}/supervision`,
  ];

  it('lets the owner court, the recipient, the higher court and the supervisor in jurisdiction read; everyone else gets 404', async () => {
    for (const path of reads()) {
      for (const u of [...OWNER, ...RECIPIENT, ...HIGHER_COURT, ...SUPERVISOR_IN]) {
        expect({
          u,
          path,
          status: (
            await t
              .http()
              .get(path)
              .set(await a.as(u))
          ).status,
        }).toEqual({ u, path, status: 200 });
      }
      for (const u of OUTSIDERS) {
        const res = await t
          .http()
          .get(path)
          .set(await a.as(u));
        expect({ u, path, status: res.status, code: res.body.code }).toEqual({ u, path, status: 404, code: 'NOT_FOUND' });
      }
      expect((await t.http().get(path)).status).toBe(401);
    }
  });

  it('keeps lists to what each caller may see', async () => {
    const inList = async (u: string, path: string) =>
      (
        (
          await t
            .http()
            .get(path)
            .set(await a.as(u))
        ).body.items as { id: string }[]
      ).some((x) => x.id === letterId || x.id === deliveryId);
    for (const u of [...OWNER, ...RECIPIENT, ...HIGHER_COURT, ...SUPERVISOR_IN]) {
      expect({ u, letters: await inList(u, '/api/v1/suggestions?pageSize=100'), deliveries: await inList(u, '/api/v1/deliveries?pageSize=100') }).toEqual({
        u,
        letters: true,
        deliveries: true,
      });
    }
    for (const u of OUTSIDERS) {
      expect({ u, letters: await inList(u, '/api/v1/suggestions?pageSize=100'), deliveries: await inList(u, '/api/v1/deliveries?pageSize=100') }).toEqual({
        u,
        letters: false,
        deliveries: false,
      });
    }
    // The recipient sees only its own delivery of the letter, not the copy to the 人大.
    const view = await t
      .http()
      .get(`/api/v1/suggestions/${letterId}`)
      .set(await a.as('jhzjj.clerk'));
    expect(view.body.deliveries.map((d: { id: string }) => d.id)).toEqual([deliveryId]);
    // The copy to the 人大: the court, the higher court and the 人大 itself read it; nobody else.
    for (const u of [...OWNER, ...HIGHER_COURT, ...SUPERVISOR_IN]) {
      expect({
        u,
        status: (
          await t
            .http()
            .get(`/api/v1/deliveries/${copyId}`)
            .set(await a.as(u))
        ).status,
      }).toEqual({ u, status: 200 });
    }
    for (const u of [...RECIPIENT, ...OUTSIDERS]) {
      expect({
        u,
        status: (
          await t
            .http()
            .get(`/api/v1/deliveries/${copyId}`)
            .set(await a.as(u))
        ).status,
      }).toEqual({ u, status: 404 });
    }
    expect((await t.http().get('/api/v1/suggestions')).status).toBe(401);
    expect((await t.http().get('/api/v1/deliveries')).status).toBe(401);
  });

  it('refuses every write to those who may not see the letter (as if it did not exist), the copy to the 人大 too', async () => {
    const GHOST = '00000000-0000-4000-8000-000000000000';
    const writes = (letter: string, delivery: string): [string, object][] => [
      [`/api/v1/suggestions/${letter}/withdraw`, { reason: 'x' }],
      [`/api/v1/suggestions/${letter}/archive`, {}],
      [`/api/v1/suggestions/${letter}/approve`, { decision: 'APPROVE' }],
      [`/api/v1/suggestions/${letter}/review`, { decision: 'APPROVE' }],
      [`/api/v1/suggestions/${letter}/submit`, {}],
      [`/api/v1/suggestions/${letter}/committee`, { meetingDate: '2031-03-01', resolution: 'x' }],
      [`/api/v1/suggestions/${letter}/consultations`, { date: '2031-03-01', organizationId: t.dir.orgs.get('AG-330700-ZJJ')!.id, summary: 'x' }],
      [`/api/v1/suggestions/${letter}/escalation`, { decision: 'ADOPT' }],
      [`/api/v1/deliveries/${delivery}/sign`, {}],
      [`/api/v1/deliveries/${delivery}/read`, {}],
      [`/api/v1/deliveries/${delivery}/reject`, { reason: 'x' }],
      [`/api/v1/deliveries/${delivery}/reroute`, { organizationId: t.dir.orgs.get('AG-330700-FGW')!.id }],
      [`/api/v1/deliveries/${delivery}/extension`, { reason: 'x', requestedDueDate: '2031-12-01' }],
      [`/api/v1/deliveries/${delivery}/extension/decision`, { approve: true }],
      [`/api/v1/deliveries/${delivery}/reply`, { content: 'x', items: [{ index: 1, stance: 'ADOPT' }] }],
      [`/api/v1/deliveries/${delivery}/reply/approve`, {}],
      [`/api/v1/deliveries/${delivery}/evaluate`, { result: 'ADOPTED' }],
      [`/api/v1/deliveries/${delivery}/implementation`, { status: 'IMPLEMENTED' }],
      [`/api/v1/deliveries/${delivery}/implementation/confirm`, {}],
      [`/api/v1/deliveries/${delivery}/close`, {}],
      [`/api/v1/deliveries/${delivery}/messages`, { body: 'x' }],
      [`/api/v1/deliveries/${delivery}/supervision`, { comment: 'x' }],
    ];
    await a.token('admin');
    const before = await t.ds.query(`SELECT (SELECT count(*) FROM audit_events) au, (SELECT count(*) FROM timeline_events) tl`);
    // An outsider's answer is the one it gets for a letter that does not exist: 404, or 403 when
    // its role may never do this at all. Nothing in it tells that the letter is there.
    const ghosts = writes(GHOST, GHOST);
    for (const [i, [path, body]] of [...writes(letterId, deliveryId), ...writes(letterId, copyId).slice(8)].entries()) {
      const [ghostPath] = ghosts[i < 22 ? i : i - 14];
      for (const u of OUTSIDERS) {
        const res = await t
          .http()
          .post(path)
          .set(await a.as(u))
          .send(body);
        const ghost = await t
          .http()
          .post(ghostPath)
          .set(await a.as(u))
          .send(body);
        expect({ u, path, status: res.status, code: res.body.code }).toEqual({ u, path, status: ghost.status, code: ghost.body.code });
        expect({ u, path, status: [403, 404].includes(res.status) }).toEqual({ u, path, status: true });
      }
      expect((await t.http().post(path).send(body)).status).toBe(401);
    }
    expect(
      (
        await t
          .http()
          .patch(`/api/v1/suggestions/${letterId}`)
          .set(await a.as('jh.judge2'))
          .send({ title: 'x' })
      ).status,
    ).toBe(404);
    expect(await t.ds.query(`SELECT (SELECT count(*) FROM audit_events) au, (SELECT count(*) FROM timeline_events) tl`)).toEqual(before);
  });

  it('lets the two sides talk and supervisors post notes, each notified; the others cannot', async () => {
    const post = async (u: string, path: string, body: object) =>
      t
        .http()
        .post(`/api/v1/deliveries/${deliveryId}/${path}`)
        .set(await a.as(u))
        .send(body);
    expect((await post('jhzjj.clerk', 'messages', { body: '请问第二项建议的适用范围？' })).status).toBe(201);
    t.clock.advance(60_000);
    expect((await post('jh.judge', 'messages', { body: '适用于2000年前建成的小区' })).status).toBe(201);
    expect((await post('jhrd.supervisor', 'messages', { body: 'x' })).status).toBe(403);
    expect((await post('zj.admin', 'messages', { body: 'x' })).status).toBe(403);
    const note = await post('jhrd.supervisor', 'supervision', { comment: '请住建局按期回复' });
    expect(note.status).toBe(201);
    expect((await post('jhzjj.clerk', 'supervision', { comment: 'x' })).status).toBe(403);
    const thread = await t
      .http()
      .get(`/api/v1/deliveries/${deliveryId}/messages`)
      .set(await a.as('jhrd.supervisor'));
    expect(thread.body.map((m: { side: string }) => m.side)).toEqual(['RECIPIENT', 'COURT']);
    const notices = async (u: string) =>
      (
        await t
          .http()
          .get('/api/v1/notifications?pageSize=100')
          .set(await a.as(u))
      ).body.items as { kind: string; id: string }[];
    expect((await notices('jh.judge')).map((n) => n.kind)).toEqual(expect.arrayContaining(['delivery.message', 'delivery.supervised']));
    expect((await notices('jhzjj.leader')).map((n) => n.kind)).toEqual(expect.arrayContaining(['delivery.message', 'delivery.supervised', 'delivery.created']));
    // A notice is its owner's alone.
    const mine = (await notices('jhzjj.clerk'))[0];
    expect(
      (
        await t
          .http()
          .post(`/api/v1/notifications/${mine.id}/read`)
          .set(await a.as('jhfgw.clerk'))
      ).status,
    ).toBe(404);
    expect(
      (
        await t
          .http()
          .post(`/api/v1/notifications/${mine.id}/read`)
          .set(await a.as('jhzjj.clerk'))
      ).status,
    ).toBe(200);
    expect((await notices('lxscjg.clerk')).some((n) => n.kind === 'delivery.message')).toBe(false);
    expect((await t.http().get('/api/v1/notifications')).status).toBe(401);
  });
});

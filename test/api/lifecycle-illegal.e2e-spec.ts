import { DELIVERY_RULES, DeliveryAction } from '@app/deliveries';
import { SUGGESTION_RULES, SuggestionAction } from '@app/suggestions';
import { TestApp } from '@app/testing';
import { Actors, DAY, issuedLetter, letterBody, letterInApproval, orgId, startClosedLoopApp } from './lifecycle.fixtures';

/** Every illegal transition answers 409 INVALID_TRANSITION and changes nothing (checked in the database). */
describe('illegal transitions', () => {
  let t: TestApp;
  let a: Actors;
  const ORGS = ['AG-330700-SCJG', 'AG-330700-ZRZY', 'AG-330700-ZHZF', 'AG-330700-YJ', 'AG-330700-XF', 'AG-330700-GD', 'AG-330700-JT', 'AG-330700-SJ'];
  const user = (code: string, role: string) => `${code.slice(10).toLowerCase()}.${role}`;
  const JH = { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' };

  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
    for (const code of ORGS) {
      await a.createUser(user(code, 'clerk'), code, ['AGENCY_CLERK']);
      await a.createUser(user(code, 'leader'), code, ['AGENCY_LEADER']);
    }
  });
  afterAll(() => t.close());

  async function snapshot(table: 'deliveries' | 'suggestions', id: string) {
    const [row] = await t.ds.query(`SELECT row_to_json(x) AS j FROM ${table} x WHERE id = $1`, [id]);
    const [counts] = await t.ds.query(`SELECT (SELECT count(*) FROM timeline_events) tl, (SELECT count(*) FROM audit_events) au, (SELECT count(*) FROM outbox_messages) ob,
      (SELECT count(*) FROM delivery_replies) rp, (SELECT count(*) FROM delivery_extensions) ex, (SELECT count(*) FROM deliveries) dl, (SELECT count(*) FROM in_app_notifications) nt`);
    return { row: row.j, counts };
  }

  it('refuses every delivery action its state does not allow, leaving the row, timeline, audit and outbox untouched', async () => {
    const letter = await issuedLetter(t, a, JH, letterBody(t, {}, ORGS.slice(0, 7), ['AG-330700-SJ']));
    const d = (code: string) => letter.deliveries.find((x: { organizationId: string }) => x.organizationId === orgId(t, code)).id as string;
    const post = async (id: string, path: string, who: string, body: object = {}) => t.http().post(`/api/v1/deliveries/${id}/${path}`).set(await a.as(who)).send(body);
    const reply = { content: '回复', items: [1, 2, 3].map((index) => ({ index, stance: 'ADOPT' })) };
    // Drive one delivery into each state.
    const [dDelivered, dSigned, dReplied, dImplementing, dImplemented, dNotAdopted, dRejected] = ORGS.slice(0, 7).map(d);
    const dRead = d('AG-330700-SJ');
    t.clock.advance(DAY);
    for (const [id, code] of [[dSigned, ORGS[1]], [dReplied, ORGS[2]], [dImplementing, ORGS[3]], [dImplemented, ORGS[4]], [dNotAdopted, ORGS[5]]]) {
      expect((await post(id, 'sign', user(code, 'clerk'))).status).toBe(200);
    }
    for (const [id, code] of [[dReplied, ORGS[2]], [dImplementing, ORGS[3]], [dImplemented, ORGS[4]], [dNotAdopted, ORGS[5]]]) {
      expect((await post(id, 'reply', user(code, 'clerk'), reply)).status).toBe(200);
    }
    for (const id of [dImplementing, dImplemented]) expect((await post(id, 'evaluate', 'jh.admin', { result: 'ADOPTED' })).status).toBe(200);
    expect((await post(dNotAdopted, 'evaluate', 'jh.admin', { result: 'NOT_ADOPTED' })).status).toBe(200);
    expect((await post(dImplemented, 'implementation', user(ORGS[4], 'clerk'), { status: 'IMPLEMENTED' })).status).toBe(200);
    expect((await post(dImplemented, 'implementation/confirm', 'jh.admin')).status).toBe(200);
    expect((await post(dRejected, 'reject', user(ORGS[6], 'clerk'), { reason: '非本单位职责' })).status).toBe(200);
    expect((await post(dRead, 'read', user('AG-330700-SJ', 'clerk'))).status).toBe(200);
    const dClosed = dNotAdopted;
    const states: Record<string, [string, string]> = {
      DELIVERED: [dDelivered, ORGS[0]], SIGNED: [dSigned, ORGS[1]], REPLIED: [dReplied, ORGS[2]], IMPLEMENTING: [dImplementing, ORGS[3]],
      IMPLEMENTED: [dImplemented, ORGS[4]], NOT_ADOPTED: [dNotAdopted, ORGS[5]], REJECTED_BY_RECIPIENT: [dRejected, ORGS[6]], READ: [dRead, 'AG-330700-SJ'],
    };
    const endpoints: Partial<Record<DeliveryAction, [string, 'clerk' | 'leader' | 'admin', object]>> = {
      SIGN: ['sign', 'clerk', {}], READ: ['read', 'clerk', {}], REJECT: ['reject', 'clerk', { reason: 'x' }], REROUTE: ['reroute', 'admin', { organizationId: orgId(t, 'AG-330700-GA') }],
      REQUEST_EXTENSION: ['extension', 'clerk', { reason: 'x', requestedDueDate: '2031-12-31' }], DECIDE_EXTENSION: ['extension/decision', 'admin', { approve: true }],
      REPLY: ['reply', 'clerk', reply], APPROVE_REPLY: ['reply/approve', 'leader', {}], EVALUATE: ['evaluate', 'admin', { result: 'ADOPTED' }],
      REPORT_IMPLEMENTATION: ['implementation', 'clerk', { status: 'IMPLEMENTED' }], CONFIRM_IMPLEMENTATION: ['implementation/confirm', 'admin', {}], CLOSE: ['close', 'admin', {}],
    };
    let checked = 0;
    const run = async (status: string, id: string, code: string) => {
      for (const [action, [path, role, body]] of Object.entries(endpoints)) {
        const legal = DELIVERY_RULES.some((r) => r.action === action && (r.from as string[]).includes(status));
        if (legal) continue;
        const who = role === 'admin' ? 'jh.admin' : user(code, role);
        await a.token(who); // log in first: a login is audited too
        const before = await snapshot('deliveries', id);
        const res = await post(id, path, who, body);
        expect({ status, action, code: res.status, body: res.body.code }).toEqual({ status, action, code: 409, body: 'INVALID_TRANSITION' });
        expect(await snapshot('deliveries', id)).toEqual(before);
        checked++;
      }
    };
    for (const [status, [id, code]] of Object.entries(states)) await run(status, id, code);
    expect((await post(dClosed, 'close', 'jh.admin')).status).toBe(200);
    await run('CLOSED', dClosed, ORGS[5]);
    expect(checked).toBeGreaterThan(60);
  });

  it('refuses every letter action its state does not allow', async () => {
    const body = letterBody(t, {}, ['AG-330700-SCJG']);
    const draft = (await t.http().post('/api/v1/suggestions').set(await a.as('jh.judge')).send(body)).body.id;
    const inReview = (await t.http().post('/api/v1/suggestions').set(await a.as('jh.judge')).send(body)).body.id;
    await t.http().post(`/api/v1/suggestions/${inReview}/submit`).set(await a.as('jh.judge')).send({});
    const inApproval = await letterInApproval(t, a, 'jh.judge', 'jh.head', body);
    const issued = (await issuedLetter(t, a, JH, body)).id;
    const withdrawn = (await issuedLetter(t, a, JH, body)).id;
    expect((await t.http().post(`/api/v1/suggestions/${withdrawn}/withdraw`).set(await a.as('jh.admin')).send({ reason: '情况已变化' })).body.status).toBe('WITHDRAWN');
    const ep: Partial<Record<SuggestionAction, [string, string, object, 'patch'?]>> = {
      EDIT: ['', 'jh.judge', { title: '改' }, 'patch'], SUBMIT: ['submit', 'jh.judge', {}], REVIEW_APPROVE: ['review', 'jh.head', { decision: 'APPROVE' }],
      REVIEW_RETURN: ['review', 'jh.head', { decision: 'RETURN', comment: 'x' }], APPROVE: ['approve', 'jh.leader', { decision: 'APPROVE' }],
      APPROVAL_RETURN: ['approve', 'jh.leader', { decision: 'RETURN', comment: 'x' }], ARCHIVE: ['archive', 'jh.admin', {}], WITHDRAW: ['withdraw', 'jh.admin', { reason: 'x' }],
      RECORD_COMMITTEE: ['committee', 'jh.admin', { meetingDate: '2031-03-01', resolution: 'x' }],
    };
    let checked = 0;
    for (const [status, id] of Object.entries({ DRAFT: draft, IN_REVIEW: inReview, IN_APPROVAL: inApproval, ISSUED: issued, WITHDRAWN: withdrawn })) {
      for (const [action, [path, who, b, verb]] of Object.entries(ep)) {
        const legal = SUGGESTION_RULES.some((r) => r.action === action && (r.from as string[]).includes(status) && r.roles.length);
        if (legal) continue;
        await a.token(who);
        const before = await snapshot('suggestions', id);
        const req = verb === 'patch' ? t.http().patch(`/api/v1/suggestions/${id}`) : t.http().post(`/api/v1/suggestions/${id}/${path}`);
        const res = await req.set(await a.as(who)).send(b);
        expect({ status, action, code: res.status, body: res.body.code }).toEqual({ status, action, code: 409, body: 'INVALID_TRANSITION' });
        expect(await snapshot('suggestions', id)).toEqual(before);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(25);
  });
});

import { DELIVERY_RULES, DeliveryAction } from '@app/deliveries';
import { SUGGESTION_RULES, SuggestionAction } from '@app/suggestions';
import { TestApp } from '../harness';
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
    const [counts] = await t.ds
      .query(`SELECT (SELECT count(*) FROM timeline_events) tl, (SELECT count(*) FROM audit_events) au, (SELECT count(*) FROM outbox_messages) ob,
      (SELECT count(*) FROM delivery_replies) rp, (SELECT count(*) FROM delivery_extensions) ex, (SELECT count(*) FROM deliveries) dl, (SELECT count(*) FROM in_app_notifications) nt`);
    return { row: row.j, counts };
  }

  it('refuses every delivery action its state does not allow, leaving the row, timeline, audit and outbox untouched', async () => {
    const letter = await issuedLetter(t, a, JH, letterBody(t, {}, ORGS.slice(0, 7), ['AG-330700-SJ']));
    const d = (code: string) => letter.deliveries.find((x: { organizationId: string }) => x.organizationId === orgId(t, code)).id as string;
    const post = async (id: string, path: string, who: string, body: object = {}) =>
      t
        .http()
        .post(`/api/v1/deliveries/${id}/${path}`)
        .set(await a.as(who))
        .send(body);
    const reply = { content: '回复', items: [1, 2, 3].map((index) => ({ index, stance: 'ADOPT' })) };
    // Drive one delivery into each state.
    const [dDelivered, dSigned, dReplied, dImplementing, dImplemented, dNotAdopted, dRejected] = ORGS.slice(0, 7).map(d);
    const dRead = d('AG-330700-SJ');
    t.clock.advance(DAY);
    for (const [id, code] of [
      [dSigned, ORGS[1]],
      [dReplied, ORGS[2]],
      [dImplementing, ORGS[3]],
      [dImplemented, ORGS[4]],
      [dNotAdopted, ORGS[5]],
    ]) {
      expect((await post(id, 'sign', user(code, 'clerk'))).status).toBe(200);
    }
    for (const [id, code] of [
      [dReplied, ORGS[2]],
      [dImplementing, ORGS[3]],
      [dImplemented, ORGS[4]],
      [dNotAdopted, ORGS[5]],
    ]) {
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
      DELIVERED: [dDelivered, ORGS[0]],
      SIGNED: [dSigned, ORGS[1]],
      REPLIED: [dReplied, ORGS[2]],
      IMPLEMENTING: [dImplementing, ORGS[3]],
      IMPLEMENTED: [dImplemented, ORGS[4]],
      NOT_ADOPTED: [dNotAdopted, ORGS[5]],
      REJECTED_BY_RECIPIENT: [dRejected, ORGS[6]],
      READ: [dRead, 'AG-330700-SJ'],
    };
    const endpoints: Partial<Record<DeliveryAction, [string, 'clerk' | 'leader' | 'admin', object]>> = {
      SIGN: ['sign', 'clerk', {}],
      READ: ['read', 'clerk', {}],
      REJECT: ['reject', 'clerk', { reason: 'x' }],
      REROUTE: ['reroute', 'admin', { organizationId: orgId(t, 'AG-330700-GA') }],
      REQUEST_EXTENSION: ['extension', 'clerk', { reason: 'x', requestedDueDate: '2031-12-31' }],
      DECIDE_EXTENSION: ['extension/decision', 'admin', { approve: true }],
      REPLY: ['reply', 'clerk', reply],
      APPROVE_REPLY: ['reply/approve', 'leader', {}],
      EVALUATE: ['evaluate', 'admin', { result: 'ADOPTED' }],
      REPORT_IMPLEMENTATION: ['implementation', 'clerk', { status: 'IMPLEMENTED' }],
      CONFIRM_IMPLEMENTATION: ['implementation/confirm', 'admin', {}],
      CLOSE: ['close', 'admin', {}],
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

  it('refuses every letter action its state does not allow, in each of its nine states', async () => {
    const body = letterBody(t, {}, ['AG-330700-SCJG']);
    const http = t.http();
    const post = async (id: string, path: string, who: string, b: object = {}) =>
      http
        .post(`/api/v1/suggestions/${id}/${path}`)
        .set(await a.as(who))
        .send(b);
    const draft = (
      await http
        .post('/api/v1/suggestions')
        .set(await a.as('jh.judge'))
        .send(body)
    ).body.id;
    const inReview = (
      await http
        .post('/api/v1/suggestions')
        .set(await a.as('jh.judge'))
        .send(body)
    ).body.id;
    expect((await post(inReview, 'submit', 'jh.judge')).body.status).toBe('IN_REVIEW');
    const returned = (
      await http
        .post('/api/v1/suggestions')
        .set(await a.as('jh.judge'))
        .send(body)
    ).body.id;
    await post(returned, 'submit', 'jh.judge');
    expect((await post(returned, 'review', 'jh.head', { decision: 'RETURN', comment: '请补充案例' })).body.status).toBe('RETURNED');
    const inApproval = await letterInApproval(t, a, 'jh.judge', 'jh.head', body);
    const issued = (await issuedLetter(t, a, JH, body)).id;
    const withdrawn = (await issuedLetter(t, a, JH, body)).id;
    expect((await post(withdrawn, 'withdraw', 'jh.admin', { reason: '情况已变化' })).body.status).toBe('WITHDRAWN');
    // A county court's letter to a city bureau goes up to the 中院 (Art. 3).
    const escalated = await letterInApproval(t, a, 'lx.judge', 'lx.head', letterBody(t, {}, ['AG-330700-ZJJ']));
    expect((await post(escalated, 'approve', 'lx.leader', { decision: 'APPROVE' })).body.status).toBe('ESCALATED');
    // Closed: its one main delivery signed, answered, not adopted and closed; archived: one more step.
    const closedLetter = async () => {
      const letter = await issuedLetter(t, a, JH, body);
      const d = letter.deliveries[0].id;
      const clerk = user('AG-330700-SCJG', 'clerk');
      for (const [path, who, b] of [
        ['sign', clerk, {}],
        ['reply', clerk, { content: '回复', items: [1, 2, 3].map((index) => ({ index, stance: 'DECLINE' })) }],
        ['evaluate', 'jh.admin', { result: 'NOT_ADOPTED' }],
        ['close', 'jh.admin', {}],
      ] as const) {
        const res = await http
          .post(`/api/v1/deliveries/${d}/${path}`)
          .set(await a.as(who))
          .send(b);
        expect({ path, status: res.status }).toEqual({ path, status: 200 });
      }
      return letter.id as string;
    };
    const closed = await closedLetter();
    const archived = await closedLetter();
    expect((await post(archived, 'archive', 'jh.admin')).body.status).toBe('ARCHIVED');
    const states: Record<string, [string, 'jh' | 'lx']> = {
      DRAFT: [draft, 'jh'],
      IN_REVIEW: [inReview, 'jh'],
      RETURNED: [returned, 'jh'],
      IN_APPROVAL: [inApproval, 'jh'],
      ISSUED: [issued, 'jh'],
      WITHDRAWN: [withdrawn, 'jh'],
      ESCALATED: [escalated, 'lx'],
      CLOSED: [closed, 'jh'],
      ARCHIVED: [archived, 'jh'],
    };
    for (const [status, [id]] of Object.entries(states)) {
      expect({ status, now: (await http.get(`/api/v1/suggestions/${id}`).set(await a.as('jh.admin'))).body.status }).toEqual({ status, now: status });
    }
    // [path, role in the letter's court (or the 中院 admin who decides on escalations), body, verb]
    const ep: Record<SuggestionAction, [string, 'judge' | 'head' | 'leader' | 'admin' | 'jh.admin', object, ('patch' | 'delete')?] | null> = {
      EDIT: ['', 'judge', { title: '改' }, 'patch'],
      DELETE: ['', 'judge', {}, 'delete'],
      SUBMIT: ['submit', 'judge', {}],
      REVIEW_APPROVE: ['review', 'head', { decision: 'APPROVE' }],
      REVIEW_RETURN: ['review', 'head', { decision: 'RETURN', comment: 'x' }],
      APPROVE: ['approve', 'leader', { decision: 'APPROVE' }],
      APPROVAL_RETURN: ['approve', 'leader', { decision: 'RETURN', comment: 'x' }],
      ARCHIVE: ['archive', 'admin', {}],
      WITHDRAW: ['withdraw', 'admin', { reason: 'x' }],
      RECORD_COMMITTEE: ['committee', 'admin', { meetingDate: '2031-03-01', resolution: 'x' }],
      CONSULT: ['consultations', 'judge', { date: '2031-03-01', organizationId: orgId(t, 'AG-330700-SCJG'), summary: '征求意见' }],
      ESCALATION_ADOPT: ['escalation', 'jh.admin', { decision: 'ADOPT' }],
      ESCALATION_RETURN: ['escalation', 'jh.admin', { decision: 'RETURN', comment: 'x' }],
      CLOSE: null, // no endpoint: the letter closes itself when its last main delivery closes
    };
    const seen = new Set<string>();
    let checked = 0;
    for (const [status, [id, court]] of Object.entries(states)) {
      for (const [action, spec] of Object.entries(ep)) {
        if (!spec) continue;
        const [path, role, b, verb] = spec;
        const legal = SUGGESTION_RULES.some((r) => r.action === action && (r.from as string[]).includes(status) && r.roles.length);
        if (legal) continue;
        const who = role === 'jh.admin' ? role : `${court}.${role}`;
        await a.token(who);
        const before = await snapshot('suggestions', id);
        const req =
          verb === 'patch'
            ? http.patch(`/api/v1/suggestions/${id}`)
            : verb === 'delete'
              ? http.delete(`/api/v1/suggestions/${id}`)
              : http.post(`/api/v1/suggestions/${id}/${path}`);
        const res = await req.set(await a.as(who)).send(b);
        expect({ status, action, code: res.status, body: res.body.code }).toEqual({ status, action, code: 409, body: 'INVALID_TRANSITION' });
        expect(await snapshot('suggestions', id)).toEqual(before);
        seen.add(status);
        checked++;
      }
    }
    expect([...seen].sort()).toEqual(Object.keys(states).sort());
    expect(checked).toBeGreaterThan(70);
  });
});

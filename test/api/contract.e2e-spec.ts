import { randomUUID } from 'node:crypto';
import { minimalPdf } from '@app/testing';
import { TEST_PASSWORD, TestApp } from '../harness';
import { COMMITTED, contractViolations, DOC_PATHS, operationFor } from './contract/openapi-contract';
import { Actors, letterBody, orgId, startClosedLoopApp } from './lifecycle.fixtures';

/**
 * The contract test: a demo-like closed loop driven through the real app, every answer (status and
 * body, errors included) checked against the committed apps/api/openapi.json. An undocumented status,
 * a missing required field or an undeclared one fails it.
 */
describe('the API answers what apps/api/openapi.json documents', () => {
  let t: TestApp;
  let a: Actors;
  const violations: string[] = [];
  const exercised = new Set<string>();

  type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';
  async function call(method: Method, url: string, who: string | null, body?: unknown, headers: Record<string, string> = {}) {
    let req = t.http()[method](url).set(headers);
    if (who) req = req.set(await a.as(who));
    const res = body === undefined ? await req : await req.send(body as object);
    violations.push(...contractViolations(method, url, res));
    exercised.add(`${operationFor(method, url)?.op.operationId}:${res.status}`);
    return res;
  }
  const ok = <T extends { status: number; body: unknown }>(res: T, status = 200): T => {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  };

  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
  });
  afterAll(() => t.close());
  afterEach(() => {
    const found = violations.splice(0);
    expect(found).toEqual([]);
  });

  let letterId: string;
  let deliveryId: string;

  it('serves at /api/docs-json exactly the committed document', async () => {
    const served = await t.http().get('/api/docs-json');
    expect(served.status).toBe(200);
    expect(served.body).toEqual(COMMITTED);
  });

  it('login, the caller, drafting and the district check', async () => {
    const login = ok(await call('post', '/api/v1/auth/login', null, { username: 'lx.judge', password: TEST_PASSWORD }));
    expect(login.body.accessToken).toEqual(expect.any(String));
    ok(await call('get', '/api/v1/me', 'lx.judge'));
    const scjg = orgId(t, 'AG-330781-SCJG');
    ok(await call('get', `/api/v1/suggestions/district-check?organizationIds=${scjg}`, 'lx.judge'));
    const file = ok(
      await t
        .http()
        .post('/api/v1/attachments')
        .set(await a.as('lx.judge'))
        .attach('file', minimalPdf('案件材料'), '案件材料.pdf'),
      201,
    );
    violations.push(...contractViolations('post', '/api/v1/attachments', file));
    const download = await call('get', `/api/v1/attachments/${file.body.id}`, 'lx.judge');
    expect(download.status).toBe(200);
    const created = ok(await call('post', '/api/v1/suggestions', 'lx.judge', letterBody(t, { attachmentIds: [file.body.id] }, ['AG-330781-SCJG'])), 201);
    letterId = created.body.id;
    ok(await call('patch', `/api/v1/suggestions/${letterId}`, 'lx.judge', { title: '关于规范老旧小区充电桩报装的司法建议', version: created.body.version }));
    ok(await call('get', `/api/v1/suggestions/${letterId}`, 'lx.judge'));
    ok(await call('get', '/api/v1/suggestions?page=1&pageSize=20', 'lx.judge'));
    ok(await call('get', `/api/v1/suggestions/similar?title=${encodeURIComponent('充电桩')}`, 'lx.judge'));
  });

  it('submit, review, sign-off: the letter is issued with its deliveries', async () => {
    ok(await call('post', `/api/v1/suggestions/${letterId}/submit`, 'lx.judge', {}));
    ok(await call('post', `/api/v1/suggestions/${letterId}/review`, 'lx.head', { decision: 'APPROVE' }));
    const issued = ok(await call('post', `/api/v1/suggestions/${letterId}/approve`, 'lx.leader', { decision: 'APPROVE' }));
    expect(issued.body.status).toBe('ISSUED');
    ok(await call('get', `/api/v1/suggestions/${letterId}/timeline`, 'lx.judge'));
    const pdf = await call('get', `/api/v1/suggestions/${letterId}/document.pdf`, 'lx.judge');
    expect(pdf.status).toBe(200);
  });

  it('the agency signs, talks and replies; the court evaluates', async () => {
    const inbox = ok(await call('get', '/api/v1/deliveries?page=1&pageSize=20', 'lxscjg.clerk'));
    deliveryId = inbox.body.items.find((d: { suggestionId: string }) => d.suggestionId === letterId).id;
    ok(await call('get', `/api/v1/deliveries/${deliveryId}`, 'lxscjg.clerk'));
    const signed = ok(await call('post', `/api/v1/deliveries/${deliveryId}/sign`, 'lxscjg.clerk', {}));
    ok(await call('post', `/api/v1/deliveries/${deliveryId}/messages`, 'lxscjg.clerk', { body: '请问第二项建议的整改期限如何掌握？' }), 201);
    ok(await call('get', `/api/v1/deliveries/${deliveryId}/messages`, 'lx.admin'));
    const items = [1, 2, 3].map((index) => ({ index, stance: 'ADOPT', note: '已部署整改' }));
    ok(
      await call('post', `/api/v1/deliveries/${deliveryId}/reply`, 'lxscjg.clerk', {
        content: '我局高度重视，逐项落实。',
        measures: '开展专项检查',
        items,
        version: signed.body.version,
      }),
    );
    const evaluated = ok(await call('post', `/api/v1/deliveries/${deliveryId}/evaluate`, 'lx.admin', { result: 'ADOPTED', comment: '回复具体，措施可行' }));
    expect(evaluated.body.status).toBe('IMPLEMENTING');
    ok(await call('get', '/api/v1/notifications', 'lx.judge'));
    ok(await call('get', '/api/v1/worklist?page=1&pageSize=20', 'lx.admin'));
  });

  it('statistics for the court and its supervisor', async () => {
    ok(await call('post', '/api/v1/stats/refresh', 'admin', {}));
    ok(await call('get', '/api/v1/stats/overview', 'lx.admin'));
    ok(await call('get', '/api/v1/stats/by-agency', 'jhrd.supervisor'));
    ok(await call('get', '/api/v1/stats/by-court', 'jhrd.supervisor'));
    ok(await call('get', '/api/v1/stats/trend', 'lx.admin'));
    ok(await call('get', '/api/v1/stats/overdue', 'lx.admin'));
  });

  it('case data: leads, a letter’s 治理成效 and the ranking; copy to the superior', async () => {
    ok(await call('get', '/api/v1/cases/leads?page=1&pageSize=20', 'lx.admin'));
    ok(await call('get', `/api/v1/suggestions/${letterId}/impact`, 'lx.admin'));
    ok(await call('get', '/api/v1/stats/impact', 'jhrd.supervisor'));
    ok(await call('get', '/api/v1/cases/trends', 'lx.admin'));
    const copy = await call('post', `/api/v1/deliveries/${deliveryId}/copy-superior`, 'lx.admin', { note: '请督促落实' });
    expect([201, 422]).toContain(copy.status);
  });

  it('the directory, API tokens, the audit trail and the operators’ lists', async () => {
    const org = orgId(t, 'AG-330781-SCJG');
    ok(await call('get', `/api/v1/organizations/${org}`, 'admin'));
    ok(await call('get', '/api/v1/organizations?page=1&pageSize=5', 'admin'));
    ok(await call('get', '/api/v1/users?page=1&pageSize=5', 'admin'));
    ok(await call('post', `/api/v1/organizations/${org}/api-tokens`, 'lxscjg.leader', { name: '兰溪市监局 OA', roles: ['AGENCY_CLERK'] }), 201);
    ok(await call('get', `/api/v1/organizations/${org}/api-tokens`, 'lxscjg.leader'));
    ok(await call('get', '/api/v1/audit?page=1&pageSize=5', 'admin'));
    ok(await call('get', '/api/v1/admin/mails?page=1&pageSize=5', 'admin'));
    ok(await call('get', '/api/v1/admin/outbox?page=1&pageSize=5', 'admin'));
  });

  it('every route, called by a stranger (no token, a judge, an agency clerk) with ids it cannot see and an empty body, answers a documented status', async () => {
    const SKIP = ['/api/v1/auth/logout', '/api/v1/me/password'];
    for (const [path, ops] of Object.entries(DOC_PATHS)) {
      if (SKIP.includes(path)) continue;
      const url = path.replace('{year}', '2031').replace(/\{[^}]+\}/g, () => randomUUID());
      for (const method of Object.keys(ops) as Method[]) {
        for (const who of [null, 'lx.judge', 'jhfgw.clerk']) {
          const res = await call(method, url, who, method === 'get' || method === 'delete' ? undefined : {});
          expect(res.status).toBeLessThan(500);
        }
      }
    }
  });

  it('errors: 401, 403, 404, 409, 422 and 400 answer the error schema', async () => {
    expect((await call('get', '/api/v1/suggestions', null)).status).toBe(401);
    expect((await call('get', '/api/v1/stats/overview', 'lx.judge')).status).toBe(403);
    expect((await call('get', `/api/v1/suggestions/${randomUUID()}`, 'lx.judge')).status).toBe(404);
    expect((await call('get', `/api/v1/deliveries/${deliveryId}`, 'jhfgw.clerk')).status).toBe(404);
    expect((await call('post', `/api/v1/deliveries/${deliveryId}/sign`, 'lxscjg.clerk', {})).status).toBe(409);
    const draft = ok(
      await call(
        'post',
        '/api/v1/suggestions',
        'lx.judge',
        letterBody(t, { title: '未写完的建议', legalBasis: undefined, contactPhone: undefined }, ['AG-330781-SCJG']),
      ),
      201,
    );
    expect((await call('patch', `/api/v1/suggestions/${draft.body.id}`, 'lx.judge', { title: '旧版本', version: draft.body.version + 5 })).status).toBe(409);
    const incomplete = await call('post', `/api/v1/suggestions/${draft.body.id}/submit`, 'lx.judge', {});
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.code).toBe('LETTER_INCOMPLETE');
    expect((await call('post', '/api/v1/suggestions', 'lx.judge', { title: 42 })).status).toBe(400);
    expect((await call('post', `/api/v1/deliveries/${deliveryId}/evaluate`, 'lx.admin', { result: 'MAYBE' })).status).toBe(400);
  });
  it('every route, on the scenario’s own letter and delivery, by each kind of caller with an empty body, answers a documented status', async () => {
    const SKIP = ['/api/v1/auth/logout', '/api/v1/me/password'];
    const org = orgId(t, 'AG-330781-SCJG');
    for (const [path, ops] of Object.entries(DOC_PATHS)) {
      if (SKIP.includes(path)) continue;
      const url = path
        .replace('{year}', '2031')
        .replace(/\/suggestions\/\{id\}/, `/suggestions/${letterId}`)
        .replace(/\/deliveries\/\{id\}/, `/deliveries/${deliveryId}`)
        .replace(/\/organizations\/\{id\}/, `/organizations/${org}`)
        .replace(/\{[^}]+\}/g, () => randomUUID());
      for (const method of Object.keys(ops) as Method[]) {
        for (const who of ['lx.judge', 'lxscjg.clerk', 'jhrd.supervisor', 'lx.admin']) {
          const res = await call(method, url, who, method === 'get' || method === 'delete' ? undefined : {});
          expect(res.status).toBeLessThan(500);
        }
      }
    }
  });
});

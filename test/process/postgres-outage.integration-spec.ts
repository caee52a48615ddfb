import { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { startTcpProxy, TcpProxy, TEST_DATABASE_URL } from '@app/testing';
import { createTestWorker, TestApp, TestWorker } from '../harness';
import { Actors, issuedLetter, letterBody, letterInApproval, startClosedLoopApp, T0 } from '../api/lifecycle.fixtures';
import { Inbox, settle } from '../worker/reminders.harness';
import { startSmtpSink, waitFor } from '../worker/smtp-sink';

jest.setTimeout(180_000);

const REDIS_URL = 'redis://127.0.0.1:6379';
const JH = { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' };
const DOC = (n: number) => `金中法建〔2031〕${n}号`;
const SUBJECT = (n: number) => `【司法建议】金华市中级人民法院向贵单位发出司法建议书 ${DOC(n)}`;
const ZJJ_RECIPIENTS = ['clerk@zjj.jinhua.demo', 'leader@zjj.jinhua.demo', 'zjj@jinhua.demo'];

/** What a client sees while the database is away: 503, a stable code, the usual shape, its correlation id. */
function expectUnavailable(res: Response): void {
  expect(res.status).toBe(503);
  expect(res.body).toEqual({ statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: expect.any(String), correlationId: res.headers['x-request-id'] });
  expect(res.headers['x-request-id']).toEqual(expect.any(String));
}

/** Answers with how long they took, for the test's report (speed is not asserted here). */
async function timed(req: PromiseLike<Response>, into: number[]): Promise<Response> {
  const started = Date.now();
  const res = await req;
  into.push(Date.now() - started);
  return res;
}

/**
 * QUALITY.md hardening 7, the Postgres half. The shared Postgres server cannot be restarted while
 * other test files use it, so one api instance and one worker reach it through TCP proxies this
 * test controls: an outage cuts every open connection and refuses (or swallows) new ones, exactly
 * what those processes would see of a restart (or a network partition). The test reads and checks
 * the database directly, past the proxies.
 */
describe('a Postgres outage, as one api instance and one worker see it', () => {
  let apiProxy: TcpProxy;
  let workerProxy: TcpProxy;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let t: TestApp;
  let w: TestWorker;
  let direct: DataSource;
  let inbox: Inbox;
  let a: Actors;

  beforeAll(async () => {
    const pg = new URL(TEST_DATABASE_URL);
    const target = { host: pg.hostname, port: Number(pg.port || 5432) };
    apiProxy = await startTcpProxy(target);
    workerProxy = await startTcpProxy(target);
    sink = await startSmtpSink();
    let directUrl = '';
    t = await startClosedLoopApp({ databaseUrl: (url) => apiProxy.url((directUrl = url)) });
    direct = new DataSource({ type: 'postgres', url: directUrl, extra: { max: 3, application_name: 'postgres-outage-test' } });
    await direct.initialize();
    w = await createTestWorker({
      databaseUrl: workerProxy.url(directUrl),
      now: T0,
      env: { REDIS_URL, SMTP_URL: sink.url, OUTBOX_POLL_MS: '50', MAIL_BACKOFF_MS: '100', REMINDER_SCAN_CRON: 'off' },
    });
    inbox = new Inbox(sink.accepted);
    a = new Actors(t);
  });
  afterAll(async () => {
    apiProxy?.recover();
    workerProxy?.recover();
    await w?.close();
    await direct?.destroy();
    await t?.close();
    await sink?.close();
    await apiProxy?.close();
    await workerProxy?.close();
  });

  /** Every row an approval writes, read past the proxy. */
  const approvalRows = async (id: string) => {
    const [row] = await direct.query(
      `SELECT s.status, s.doc_number AS "docNumber", s.version,
              (SELECT count(*)::int FROM deliveries WHERE suggestion_id = s.id) AS deliveries,
              (SELECT count(*)::int FROM timeline_events WHERE suggestion_id = s.id) AS timeline,
              (SELECT count(*)::int FROM in_app_notifications WHERE suggestion_id = s.id) AS notices,
              (SELECT count(*)::int FROM outbox_messages WHERE payload->>'suggestionId' = s.id::text) AS outbox,
              (SELECT count(*)::int FROM audit_events) AS audit,
              (SELECT coalesce(sum(last_value), 0)::int FROM doc_number_counters) AS "numbersTaken"
         FROM suggestions s WHERE s.id = $1`,
      [id],
    );
    return row;
  };

  it('answers 503 at once while the database is away, leaves no half-done approval, and serves again without a restart', async () => {
    const judge = await a.as(JH.judge);
    const leader = await a.as(JH.leader);
    const id = await letterInApproval(t, a, JH.judge, JH.head, letterBody(t));
    const before = await approvalRows(id);
    expect(before).toMatchObject({ status: 'IN_APPROVAL', docNumber: null, deliveries: 0, numbersTaken: 0 });

    // The approval is stopped mid-transaction — number taken, letter updated, delivery, notices and
    // outbox rows written — where it notifies the letter's author: the test holds the author's user
    // row, which that notice's foreign key must lock. (The worker is idle first: nothing else waits.)
    await settle(direct);
    const lock = direct.createQueryRunner();
    await lock.connect();
    await lock.startTransaction();
    const [{ holder }] = await lock.query('SELECT pg_backend_pid() AS holder');
    await lock.query('SELECT id FROM users WHERE id = $1 FOR UPDATE', [t.dir.users.get(JH.judge)!.id]);
    const approving = t
      .http()
      .post(`/api/v1/suggestions/${id}/approve`)
      .set(leader)
      .send({ decision: 'APPROVE' })
      .then((r) => r);
    const blocked = async (): Promise<number[] | null> => {
      const rows: { pid: number }[] = await direct.query('SELECT pid FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))', [holder]);
      return rows.length ? rows.map((r) => r.pid) : null;
    };
    const pids = await waitFor(blocked, 10_000, 'the approval to wait for the author row');
    const written = await direct.query(
      `SELECT DISTINCT relation::regclass::text AS t FROM pg_locks WHERE pid = ANY($1) AND mode = 'RowExclusiveLock' AND relation IS NOT NULL`,
      [pids],
    );
    expect(written.map((r: { t: string }) => r.t)).toEqual(
      expect.arrayContaining(['doc_number_counters', 'suggestions', 'timeline_events', 'deliveries', 'in_app_notifications', 'outbox_messages']),
    );

    // Postgres "restarts": every connection of this api is cut, new ones are refused.
    apiProxy.outage('refuse');
    expectUnavailable(await approving);
    await lock.rollbackTransaction();
    await lock.release();
    // Its server process ends as soon as it next talks to its client, which is gone: a rollback.
    await waitFor(
      async () => (await direct.query('SELECT 1 FROM pg_stat_activity WHERE pid = ANY($1)', [pids])).length === 0,
      10_000,
      'the cut transaction to end',
    );
    expect(await approvalRows(id)).toEqual(before);

    // Meanwhile, what users see: the process is alive, not ready, and every call answers 503.
    expect((await t.http().get('/health')).status).toBe(200);
    const ready = await t.http().get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      details: { postgres: { status: 'down' }, redis: { status: 'up' } },
      correlationId: ready.headers['x-request-id'],
    });
    const refused: number[] = [];
    expectUnavailable(await timed(t.http().get(`/api/v1/suggestions/${id}`).set(judge), refused));
    expectUnavailable(await timed(t.http().get('/api/v1/suggestions').set(judge), refused));
    expectUnavailable(await timed(t.http().post('/api/v1/suggestions').set(judge).send(letterBody(t)), refused));
    expectUnavailable(await timed(t.http().post(`/api/v1/suggestions/${id}/approve`).set(leader).send({ decision: 'APPROVE' }), refused));
    expectUnavailable(await timed(t.http().post('/api/v1/auth/login').send({ username: JH.judge, password: 'whatever-it-is' }), refused));

    // A network partition instead (connections neither refused nor answered): the pool's connect
    // timeout (DATABASE_POOL_TIMEOUT_MS) still turns the wait into a 503.
    apiProxy.outage('blackhole');
    const partitioned: number[] = [];
    const [read, write] = await Promise.all([
      timed(t.http().get(`/api/v1/suggestions/${id}`).set(judge), partitioned),
      timed(t.http().post(`/api/v1/suggestions/${id}/approve`).set(leader).send({ decision: 'APPROVE' }), partitioned),
    ]);
    expectUnavailable(read);
    expectUnavailable(write);
    expect((await t.http().get('/health/ready')).status).toBe(503);
    expect(await approvalRows(id)).toEqual(before);

    // Postgres is back: the same instance serves again, no restart.
    apiProxy.recover();
    const back = Date.now();
    await waitFor(async () => (await t.http().get(`/api/v1/suggestions/${id}`).set(judge)).status === 200, 30_000, 'reads to succeed again');
    const readsAfter = Date.now() - back;
    await waitFor(async () => (await t.http().get('/health/ready')).status === 200, 30_000, 'readiness');
    const readyAfter = Date.now() - back;
    console.info(
      `postgres-outage: 503 within ${Math.max(...refused)} ms while refused, ${Math.max(...partitioned)} ms while partitioned ` +
        `(DATABASE_POOL_TIMEOUT_MS=${t.config.databasePoolTimeoutMs}); reads served ${readsAfter} ms and /health/ready 200 ${readyAfter} ms after Postgres came back`,
    );

    // Writes too: the approval is done again, and the cut one gave its document number back.
    const approved = await t.http().post(`/api/v1/suggestions/${id}/approve`).set(leader).send({ decision: 'APPROVE' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'ISSUED', docNumber: DOC(1) });
    expect(await approvalRows(id)).toMatchObject({ status: 'ISSUED', docNumber: DOC(1), deliveries: 1, numbersTaken: 1 });
    expect((await t.http().post('/api/v1/auth/login').send({ username: JH.judge, password: 'whatever-it-is' })).status).toBe(401);
  });

  it('lets the worker ride out an outage and relay what was written meanwhile once it is over', async () => {
    await settle(direct);
    expect(inbox.nextBySubject()).toEqual({ [SUBJECT(1)]: ZJJ_RECIPIENTS });

    // The worker loses the database (its connections cut, new ones refused); the api still has it.
    workerProxy.outage('refuse');
    const letter = await issuedLetter(t, a, JH, letterBody(t));
    expect(letter).toMatchObject({ status: 'ISSUED', docNumber: DOC(2) });
    const delivered = `SELECT o.status FROM outbox_messages o WHERE o.topic = 'delivery.created' AND o.payload->>'suggestionId' = $1`;
    await new Promise((r) => setTimeout(r, 1000));
    expect(await direct.query(delivered, [letter.id])).toEqual([{ status: 'PENDING' }]);
    expect(inbox.next()).toEqual([]);

    // Back: the same worker, never restarted, relays the row and the email goes out, once.
    workerProxy.recover();
    const back = Date.now();
    await waitFor(async () => (await direct.query(delivered, [letter.id]))[0].status === 'DONE', 30_000, 'the worker to relay the delivery');
    console.info(`postgres-outage: the worker relayed the row written during its outage ${Date.now() - back} ms after Postgres came back`);
    await settle(direct, 30_000);
    expect(inbox.nextBySubject()).toEqual({ [SUBJECT(2)]: ZJJ_RECIPIENTS });
    expect(new Set(sink.accepted.map((m) => m.messageId)).size).toBe(sink.accepted.length);
  });
});

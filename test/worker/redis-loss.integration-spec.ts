import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { QueueName, SchedulerId } from '@app/core';
import { ReminderScanService } from '@app/reminders';
import { PrivateRedis, startPrivateRedis } from '@app/testing';
import { createTestWorker, TestApp, TestWorker } from '../harness';
import { RemindersSchedule } from '../../apps/worker/src/schedules/reminders.schedule';
import { Actors, issuedLetter, letterBody, startClosedLoopApp, T0 } from '../api/lifecycle.fixtures';
import { at, Inbox, settle } from './reminders.harness';
import { startSmtpSink, waitFor } from './smtp-sink';

jest.setTimeout(120_000);

const JH = { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' };
const DOC = '金中法建〔2031〕1号';
const CLERKS = ['clerk@zjj.jinhua.demo', 'zjj@jinhua.demo'];
const LEADER = 'leader@zjj.jinhua.demo';

/**
 * Issue 4, must-show 4: Redis is losable — the outbox in Postgres brings everything back. The api
 * and worker use a Redis server of this test's own, so `FLUSHALL` and a shutdown are real.
 */
describe('Redis flushed (FLUSHALL) between scans', () => {
  let redis: PrivateRedis;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let t: TestApp;
  let w: TestWorker;
  let inbox: Inbox;

  beforeAll(async () => {
    process.env.REMINDER_SCAN_CRON = '0 9 * * 1-5'; // read by the worker's RemindersSchedule
    redis = await startPrivateRedis();
    sink = await startSmtpSink();
    t = await startClosedLoopApp({ env: { REDIS_URL: redis.url } });
    w = await createTestWorker({
      databaseUrl: t.config.databaseUrl,
      now: T0,
      env: { REDIS_URL: redis.url, SMTP_URL: sink.url, OUTBOX_POLL_MS: '50', MAIL_BACKOFF_MS: '100' },
    });
    inbox = new Inbox(sink.accepted);
  });
  afterAll(async () => {
    await w?.close();
    await t?.close();
    await sink?.close();
    await redis?.close();
    delete process.env.REMINDER_SCAN_CRON;
  });

  const scan = (date: string) => {
    w.clock.set(at(date));
    return w.app.get(ReminderScanService).scan(at(date));
  };
  const events = () => w.app.get<Queue>(getQueueToken(QueueName.EVENTS), { strict: false });
  const outbox = (topic: string) => w.ds.query(`SELECT status FROM outbox_messages WHERE topic = $1 ORDER BY created_at`, [topic]);

  it('loses no reminder email when Redis loses its keys, neither between scans nor with jobs queued in it', async () => {
    const a = new Actors(t);
    const letter = await issuedLetter(t, a, JH, letterBody(t));
    expect(letter.docNumber).toBe(DOC);
    await settle(w.ds);
    expect(inbox.next()).toHaveLength(3); // the delivery notice

    // A scan whose work the relay has already put into Redis — and then Redis loses it.
    await events().pause(); // hold the jobs in Redis so they are certainly there when it is flushed
    const first = await scan('2031-03-05');
    expect(first.created).toBe(1);
    await waitFor(async () => (await outbox('reminder.created'))[0]?.status === 'ENQUEUED', 10_000, 'the reminder to be relayed');
    expect(await events().getJobCounts('wait')).toEqual({ wait: 1 }); // waiting in Redis, the queue paused
    await redis.flushAll();
    // The job is gone, the row in Postgres still leased (5 minutes). The relay sees the Redis epoch
    // changed (its marker key went with the FLUSHALL), releases the lease and hands the row over
    // again at once — the worker's clock does not move — and the email goes out once.
    await settle(w.ds);
    expect(inbox.nextBySubject()).toEqual({ [`【待签收】${DOC}司法建议书即将到期,请及时签收`]: CLERKS });

    // Flushed again between scans: the next scan's reminder arrives as if nothing happened.
    await redis.flushAll();
    await scan('2031-03-09');
    await settle(w.ds);
    expect(inbox.nextBySubject()).toEqual({ [`【已超期】${DOC}司法建议书超期未签收,请尽快办理`]: [...CLERKS, LEADER].sort() });
    // Nothing was sent twice.
    expect(new Set(sink.accepted.map((m) => m.messageId)).size).toBe(sink.accepted.length);
    expect(sink.accepted).toHaveLength(3 + 2 + 3);
  });

  it('registers the reminder scan scheduler again after Redis lost it', async () => {
    const queue = w.app.get<Queue>(getQueueToken(QueueName.REMINDERS), { strict: false });
    const schedule = w.app.get(RemindersSchedule);
    await schedule.ensure(); // (the test above flushed it already)
    expect(await schedule.ensure()).toBe(false); // present: nothing to do
    await redis.flushAll();
    expect(await queue.getJobScheduler(SchedulerId.REMINDER_SCAN)).toBeUndefined();
    expect(await schedule.ensure()).toBe(true);
    expect(await queue.getJobScheduler(SchedulerId.REMINDER_SCAN)).toMatchObject({ key: SchedulerId.REMINDER_SCAN, pattern: '0 9 * * 1-5' });
  });
});

describe('the api while Redis goes down', () => {
  let redis: PrivateRedis;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let t: TestApp;
  let w: TestWorker | undefined;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    sink = await startSmtpSink();
    t = await startClosedLoopApp({ env: { REDIS_URL: redis.url } });
  });
  afterAll(async () => {
    await w?.close();
    await t?.close();
    await sink?.close();
    await redis?.close();
    delete process.env.REMINDER_SCAN_CRON;
  });

  it('keeps accepting logins, letters and delivery actions; a worker drains what they left once Redis is back', async () => {
    const a = new Actors(t);
    await a.token('jh.judge'); // logged in while Redis is up
    const before = await t.http().get('/health/ready');
    expect(before.body.info.redis).toEqual({ status: 'up' });

    await redis.stop(); // Redis dies under the running api
    const ready = await t.http().get('/health/ready');
    expect(ready.status).toBe(503); // readiness says Redis is away…
    expect(ready.body.details.redis.status).toBe('down');
    // …and yet: logins (throttling fails open), a letter written, approved and issued, a delivery signed.
    const letter = await issuedLetter(t, a, JH, letterBody(t, {}, ['AG-330700-ZJJ', 'AG-330700-FGW']));
    expect(letter).toMatchObject({ status: 'ISSUED', docNumber: DOC });
    const zjj = letter.deliveries.find((d: { organizationId: string }) => d.organizationId === t.dir.orgs.get('AG-330700-ZJJ')!.id);
    const signed = await t
      .http()
      .post(`/api/v1/deliveries/${zjj.id}/sign`)
      .set(await a.as('jhzjj.clerk'))
      .send({});
    expect(signed.status).toBe(200);
    expect(signed.body.status).toBe('SIGNED');
    // The writes landed, with their outbox rows waiting in Postgres.
    expect(await t.ds.query(`SELECT status FROM outbox_messages WHERE topic = 'delivery.created'`)).toEqual([{ status: 'PENDING' }, { status: 'PENDING' }]);

    // Redis comes back, empty; the api sees it again and a worker sends everything that waited.
    await redis.start();
    await waitFor(async () => (await t.http().get('/health/ready')).body.info?.redis?.status === 'up', 15_000, 'the api to see Redis again');
    process.env.REMINDER_SCAN_CRON = 'off';
    w = await createTestWorker({ databaseUrl: t.config.databaseUrl, now: T0, env: { REDIS_URL: redis.url, SMTP_URL: sink.url, OUTBOX_POLL_MS: '50' } });
    await settle(w.ds);
    const subjects = sink.accepted.map((m) => m.subject);
    expect(subjects).toEqual(Array(5).fill(`【司法建议】金华市中级人民法院向贵单位发出司法建议书 ${DOC}`));
    expect(sink.accepted.flatMap((m) => m.to).sort()).toEqual([...CLERKS, LEADER, 'clerk@fgw.jinhua.demo', 'fgw@jinhua.demo'].sort());
    expect(await t.ds.query(`SELECT DISTINCT status FROM outbox_messages WHERE topic = 'delivery.created'`)).toEqual([{ status: 'DONE' }]);
  });
});

import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { QueueName } from '@app/core';
import { PrivateRedis, startPrivateRedis } from '@app/testing';
import { createTestWorker, TestApp, TestWorker } from '../harness';
import { Actors, issuedLetter, letterBody, startClosedLoopApp, T0 } from '../api/lifecycle.fixtures';
import { startSmtpSink, waitFor } from './smtp-sink';

jest.setTimeout(120_000);

const JH = { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' };
/** Each letter goes to 金华市住建局 (clerk, mailbox, leader) and 金华市发改委 (clerk, mailbox): 5 notices. */
const AGENCIES = ['AG-330700-ZJJ', 'AG-330700-FGW'];
const ADDRESSEES = ['clerk@zjj.jinhua.demo', 'zjj@jinhua.demo', 'leader@zjj.jinhua.demo', 'clerk@fgw.jinhua.demo', 'fgw@jinhua.demo'];
const BEFORE = 4; // letters whose jobs are in Redis when it dies
const DURING = 2; // letters issued while Redis is down
/** The bound the issue sets, and how long the test waits at most (the old 5-minute lease fails fast). */
const RESUME_MS = 10_000;
const WAIT_MS = 15_000;
/**
 * Redis stays away this long: long enough for every backoff to have grown — BullMQ's own reconnect
 * delay reaches 20 s after ~18 s of failures, the relay's retry delay 10 s.
 */
const OUTAGE_MS = 20_000;

/**
 * Issue 12, point 15: nothing left waiting when Redis comes back empty. Two worker processes of one
 * deployment relay letters' notices into a private Redis (the events queue paused, so the jobs sit
 * there); one worker goes away; Redis is killed and, while it is down, more letters are issued; it
 * starts again on the same port, empty. Every notice reaches the SMTP sink exactly once within
 * 10 s of Redis being back (about 5 s here). Checked against the old relay (leases only, 5 minutes,
 * on the workers' fixed clock): the 8 rows leased to the lost jobs never came back and the wait
 * timed out at 15 s; and with BullMQ's default reconnect backoff instead of `queueRetryStrategy`.
 */
describe('Redis restarted empty under load', () => {
  let redis: PrivateRedis;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let t: TestApp;
  const workers: TestWorker[] = [];

  beforeAll(async () => {
    process.env.REMINDER_SCAN_CRON = 'off';
    redis = await startPrivateRedis();
    sink = await startSmtpSink();
    t = await startClosedLoopApp({ env: { REDIS_URL: redis.url } });
    const env = { REDIS_URL: redis.url, SMTP_URL: sink.url, MAIL_BACKOFF_MS: '100' };
    workers.push(await createTestWorker({ databaseUrl: t.config.databaseUrl, now: T0, env }));
    workers.push(await createTestWorker({ databaseUrl: t.config.databaseUrl, now: T0, env, redisPrefix: workers[0].redisPrefix }));
  });
  afterAll(async () => {
    for (const w of workers) await w.close();
    await t?.close();
    await sink?.close();
    await redis?.close();
    delete process.env.REMINDER_SCAN_CRON;
  });

  const outbox = async (): Promise<Record<string, number>> =>
    Object.fromEntries(
      (await t.ds.query(`SELECT status, count(*)::int AS n FROM outbox_messages WHERE topic = 'delivery.created' GROUP BY status`)).map(
        (r: { status: string; n: number }) => [r.status, r.n],
      ),
    );

  it('resumes within 10 s of Redis being back and sends every notice once', async () => {
    const a = new Actors(t);
    for (const u of Object.values(JH)) await a.token(u); // logged in while Redis is up
    const [w1, w2] = workers;
    await w1.app.get<Queue>(getQueueToken(QueueName.EVENTS), { strict: false }).pause(); // jobs stay in Redis

    for (let i = 0; i < BEFORE; i++) await issuedLetter(t, a, JH, letterBody(t, {}, AGENCIES));
    await waitFor(async () => (await outbox()).ENQUEUED === 2 * BEFORE, 10_000, 'the notices to be relayed into Redis');
    await w2.close(); // one worker gone (its leases stay in Postgres)
    workers.pop();

    // BullMQ prints every refused reconnect of its connections while Redis is away: keep the output readable.
    const print = console.error.bind(console);
    const quiet = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      if (!String((args[0] as Error)?.message ?? args[0]).includes('ECONNREFUSED')) print(...args);
    });
    await redis.stop();
    const down = Date.now();
    for (let i = 0; i < DURING; i++) await issuedLetter(t, a, JH, letterBody(t, {}, AGENCIES));
    expect(await outbox()).toEqual({ ENQUEUED: 2 * BEFORE, PENDING: 2 * DURING });
    expect(sink.accepted).toEqual([]);
    await new Promise((r) => setTimeout(r, Math.max(0, OUTAGE_MS - (Date.now() - down))));

    await redis.start(); // same port, empty
    const back = Date.now();
    const expected = (BEFORE + DURING) * ADDRESSEES.length;
    await waitFor(() => sink.accepted.length >= expected, WAIT_MS, `all ${expected} notices to reach the SMTP sink`);
    const resumedMs = Date.now() - back;
    quiet.mockRestore();
    expect(resumedMs).toBeLessThanOrEqual(RESUME_MS);

    await new Promise((r) => setTimeout(r, 1000)); // a duplicate would show up now
    expect(sink.accepted).toHaveLength(expected);
    expect(new Set(sink.accepted.map((m) => m.messageId)).size).toBe(expected);
    const sent = sink.accepted.map((m) => `${m.subject} → ${m.to.join(',')}`);
    expect(new Set(sent).size).toBe(expected); // each letter's notice once to each addressee
    for (let n = 1; n <= BEFORE + DURING; n++) {
      expect(
        sink.accepted
          .filter((m) => m.subject?.endsWith(`金中法建〔2031〕${n}号`))
          .flatMap((m) => m.to)
          .sort(),
      ).toEqual([...ADDRESSEES].sort());
    }
    expect(await outbox()).toEqual({ DONE: 2 * (BEFORE + DURING) });
  });
});

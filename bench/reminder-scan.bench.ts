import 'reflect-metadata';
import { getQueueToken } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { QueueName } from '@app/core';
import { NotificationsModule } from '@app/notifications';
import { RemindersModule, ReminderScanService } from '@app/reminders';
import { OutboxRelaySchedule } from '../apps/worker/src/schedules/outbox-relay.schedule';
import { workerInfrastructure } from '../apps/worker/src/worker-infrastructure';
import { ensureNationalData } from './generate/national-data';
import { BenchLine, percentile } from './bench-util';

/**
 * Scenario `reminder-scan` (QUALITY: "reminder scan: 1,000 due among 5M ≤ 20 ms per scan; 100k
 * overdue → jobs ≤ 30 s") on the national data set (sifa_jianyi_bench, 5M deliveries).
 *
 * The generated letters are all issued 2023–2025, so a scan as of 2022-12-15 finds nothing due.
 * The scenario moves the due date of exactly 1,000 open MAIN deliveries (500 awaiting signature,
 * 500 signed and unreplied) to 2022-12-14, times ReminderScanService.findDue (the finding step of
 * every scan) and checks with EXPLAIN that it reads the partial index on running clocks
 * ix_deliveries_running_due. Reference: the same query with index and bitmap scans disabled
 * (sequential scans over the table). Then it makes 100,000 deliveries overdue and times one full
 * scan that writes their reminders, in-app notices (one clerk per agency) and outbox rows, and —
 * "→ jobs" — until the worker's outbox relay (its polling loop, running alongside as in every
 * worker; nothing consumes the jobs) has put all 100,000 into the BullMQ events queue.
 * Original dates are saved in bench_reminder_saved and restored, the written rows deleted, even
 * after a crash (the next run restores first).
 */
const RELAYED_QUEUES = [QueueName.MAIL, QueueName.EVENTS, QueueName.WEBHOOKS];

@Module({
  imports: [...workerInfrastructure(RELAYED_QUEUES), NotificationsModule, RemindersModule],
  providers: [OutboxRelaySchedule],
})
class ReminderBenchModule {}

const AS_OF = new Date('2022-12-15T02:00:00Z'); // business date 2022-12-15 in Asia/Shanghai
const DUE = '2022-12-14';

async function timeN(fn: () => Promise<unknown>, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Puts back the dates saved by makeDue and removes what a scan as of AS_OF wrote. */
async function restore(pg: Client): Promise<void> {
  await pg.query(`CREATE TABLE IF NOT EXISTS bench_reminder_saved (id uuid PRIMARY KEY, sign_due_date date, reply_due_date date)`);
  await pg.query(`BEGIN; SET LOCAL session_replication_role = replica`); // audit rows are append-only for the app, not for cleanup
  await pg.query(
    `DELETE FROM outbox_messages WHERE topic = 'reminder.created' AND payload->>'reminderId' IN (SELECT id::text FROM reminders WHERE as_of = $1)`,
    [AS_OF.toISOString().slice(0, 10)],
  );
  await pg.query(`DELETE FROM in_app_notifications WHERE delivery_id IN (SELECT id FROM bench_reminder_saved) AND kind LIKE 'reminder.%'`);
  await pg.query(`DELETE FROM reminders WHERE as_of = $1`, [AS_OF.toISOString().slice(0, 10)]);
  await pg.query(`DELETE FROM audit_events WHERE action = 'reminders.created' AND data->>'today' = $1`, [AS_OF.toISOString().slice(0, 10)]);
  await pg.query(`UPDATE deliveries d SET sign_due_date = b.sign_due_date, reply_due_date = b.reply_due_date FROM bench_reminder_saved b WHERE b.id = d.id`);
  const restored = (await pg.query(`DELETE FROM bench_reminder_saved`)).rowCount;
  await pg.query('COMMIT');
  if (restored) await pg.query('VACUUM ANALYZE deliveries'); // drop the index entries of the moved dates
  // What autovacuum would do after the deletes (the bench server runs without it): a run must not
  // pay for the dead rows of the run before.
  await pg.query('VACUUM ANALYZE outbox_messages, reminders, in_app_notifications');
}

/** Makes `signing` deliveries awaiting signature and `replying` signed ones due on DUE (originals saved). */
async function makeDue(pg: Client, signing: number, replying: number): Promise<void> {
  await pg.query('BEGIN');
  await pg.query(
    `INSERT INTO bench_reminder_saved (id, sign_due_date, reply_due_date)
     (SELECT id, sign_due_date, reply_due_date FROM deliveries WHERE status = 'DELIVERED' AND kind = 'MAIN' ORDER BY id LIMIT $1)
     UNION ALL (SELECT id, sign_due_date, reply_due_date FROM deliveries WHERE status = 'SIGNED' ORDER BY id LIMIT $2)`,
    [signing, replying],
  );
  await pg.query(
    `UPDATE deliveries d SET sign_due_date = CASE WHEN d.status = 'DELIVERED' THEN $1::date ELSE d.sign_due_date END,
                             reply_due_date = CASE WHEN d.status = 'SIGNED' THEN $1::date ELSE d.reply_due_date END
       FROM bench_reminder_saved b WHERE b.id = d.id`,
    [DUE],
  );
  await pg.query('COMMIT');
  await pg.query('VACUUM ANALYZE deliveries'); // what autovacuum would do after a day's changes
}

export async function runReminderScan(opts: { baseUrl: string; letters: number; log: (s: string) => void }): Promise<BenchLine[]> {
  const { log } = opts;
  const data = await ensureNationalData(opts.baseUrl, 'sifa_jianyi_bench', opts.letters, log);
  log(`reminder-scan: ${data.deliveries} deliveries (${data.reused ? 'reused' : 'generated'})`);
  Object.assign(process.env, {
    APP_ENV: 'test',
    DATABASE_URL: data.url,
    JWT_SECRET: 'bench-secret-0123456789-abcdefghijklmnop',
    DATABASE_POOL_SIZE: '4',
    LOG_LEVEL: 'silent',
    REDIS_PREFIX: `bench:reminder-scan:${process.pid}`,
    OUTBOX_RELAY: 'on',
  });
  const pg = new Client({ connectionString: data.url });
  await pg.connect();
  const app = await NestFactory.createApplicationContext(ReminderBenchModule, { logger: false });
  const queues = RELAYED_QUEUES.map((name) => app.get<Queue>(getQueueToken(name), { strict: false }));
  try {
    await restore(pg);
    // One clerk per agency, so reminders reach people as in production (kept; removed with the data set).
    await pg.query(`INSERT INTO users (organization_id, username, display_name, roles, password_hash)
      SELECT o.id, 'bench.clerk.' || o.code, '基准测试收文员', '{AGENCY_CLERK}', 'x' FROM organizations o
       WHERE o.code LIKE 'B-A-%' AND NOT EXISTS (SELECT 1 FROM users u WHERE u.username = 'bench.clerk.' || o.code)`);
    const scanner = app.get(ReminderScanService);
    const before = (await scanner.findDue(AS_OF)).length;
    if (before !== 0) throw new Error(`expected nothing due as of ${AS_OF.toISOString()}, found ${before}`);

    // 1. 1,000 due among 5M: the finding step.
    await makeDue(pg, 500, 500);
    const found = (await scanner.findDue(AS_OF)).length;
    if (found !== 1000) throw new Error(`expected 1000 due, found ${found}`);
    const q = scanner.findDueQuery(AS_OF);
    const plan = (await pg.query(`EXPLAIN ${q.sql}`, q.params)).rows.map((r) => r['QUERY PLAN'] as string).join('\n');
    const usesIndexes = ['ix_deliveries_running_due'].map((ix) => plan.includes(ix));
    log(`reminder-scan: EXPLAIN uses ix_deliveries_running_due=${usesIndexes[0]}`);
    if (!usesIndexes.every(Boolean)) log(plan);
    await timeN(() => scanner.findDue(AS_OF), 50);
    const scans = await timeN(() => scanner.findDue(AS_OF), 500);
    await pg.query(`SET enable_indexscan = off; SET enable_bitmapscan = off; SET enable_indexonlyscan = off`);
    const refCount = (await pg.query(q.sql, q.params)).rowCount;
    if (refCount !== 1000) throw new Error(`reference found ${refCount}`);
    const ref = await timeN(() => pg.query(q.sql, q.params), 5);
    await pg.query(`RESET enable_indexscan; RESET enable_bitmapscan; RESET enable_indexonlyscan`);
    await restore(pg);

    // 2. 100k overdue → reminders + notices + outbox rows (one full scan) → BullMQ jobs (the relay).
    await makeDue(pg, 100_000, 0);
    const events = app.get<Queue>(getQueueToken(QueueName.EVENTS), { strict: false });
    const t = performance.now();
    const result = await scanner.scan(AS_OF);
    const fullMs = performance.now() - t;
    await until(
      'the relay to enqueue every reminder',
      async () => (await pg.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE status = 'PENDING' AND topic = 'reminder.created'`)).rows[0].n === 0,
      600_000,
    );
    const jobsMs = performance.now() - t;
    const jobs = await events.count();
    const { rows: written } = await pg.query(
      `SELECT (SELECT count(*) FROM reminders WHERE as_of = $1)::int AS reminders,
              (SELECT count(*) FROM outbox_messages WHERE topic = 'reminder.created' AND payload->>'reminderId' IN (SELECT id::text FROM reminders WHERE as_of = $1))::int AS outbox,
              (SELECT count(*) FROM in_app_notifications WHERE delivery_id IN (SELECT id FROM bench_reminder_saved) AND kind LIKE 'reminder.%')::int AS notices`,
      [AS_OF.toISOString().slice(0, 10)],
    );
    log(
      `reminder-scan: 100k scan found ${result.candidates}, wrote ${written[0].reminders} reminders, ${written[0].outbox} outbox rows, ${written[0].notices} notices in ${(fullMs / 1000).toFixed(1)} s`,
    );
    log(`reminder-scan: 100k overdue → jobs (scan + outbox relay to BullMQ): ${jobs} jobs in the events queue after ${(jobsMs / 1000).toFixed(1)} s`);
    if (written[0].reminders !== 100_000 || written[0].outbox !== 100_000)
      throw new Error('100k scan did not write one reminder and one outbox row per overdue delivery');
    if (jobs !== 100_000) throw new Error(`expected one job per reminder, found ${jobs}`);
    for (const q of queues) await q.obliterate({ force: true });
    // Reference for the write path: the same 100k reminder rows in one set-based INSERT … SELECT.
    await restore(pg);
    await makeDue(pg, 100_000, 0);
    const r0 = performance.now();
    await pg.query(
      `BEGIN; INSERT INTO reminders (delivery_id, suggestion_id, kind, stage, period, due_date, days_overdue, audience, as_of, created_at)
       SELECT d.id, d.suggestion_id, 'SIGN_OVERDUE', 0, 0, d.sign_due_date, 1, '{AGENCY_CLERKS}', '${AS_OF.toISOString().slice(0, 10)}', now()
         FROM deliveries d JOIN bench_reminder_saved b ON b.id = d.id; ROLLBACK`,
    );
    const rawMs = performance.now() - r0;
    await restore(pg);

    const r2 = (x: number) => Math.round(x * 100) / 100;
    const seqP50 = percentile(ref, 0.5);
    return [
      {
        name: 'reminder.find-due@1k-of-5M.p50',
        value: r2(percentile(scans, 0.5)),
        unit: 'ms',
        ratio: Number((percentile(scans, 0.5) / seqP50).toPrecision(2)),
        reference: 'same query, sequential scan',
      },
      {
        name: 'reminder.find-due@1k-of-5M.p99',
        value: r2(percentile(scans, 0.99)),
        unit: 'ms',
        ratio: Number((percentile(scans, 0.99) / seqP50).toPrecision(2)),
        reference: 'same query, sequential scan',
      },
      { name: 'reminder.find-due.seqscan-reference', value: Math.round(seqP50), unit: 'ms', ratio: 1, reference: 'itself' },
      {
        name: 'reminder.find-due.uses-partial-indexes',
        value: usesIndexes.every(Boolean) ? 1 : 0,
        unit: 'bool',
        ratio: 1,
        reference: 'EXPLAIN names ix_deliveries_running_due',
      },
      {
        name: 'reminder.scan@100k-overdue',
        value: r2(fullMs / 1000),
        unit: 's',
        ratio: Number((fullMs / rawMs).toPrecision(3)),
        reference: 'one set-based INSERT of 100k reminder rows',
      },
      {
        name: 'reminder.scan@100k-overdue.rate',
        value: Math.round(100_000 / (fullMs / 1000)),
        unit: 'reminders/s',
        ratio: Number((rawMs / fullMs).toPrecision(2)),
        reference: 'set-based INSERT rate',
      },
      {
        name: 'reminder.scan+relay@100k-overdue→jobs',
        value: r2(jobsMs / 1000),
        unit: 's',
        ratio: Number((jobsMs / 30_000).toPrecision(2)),
        reference: 'QUALITY target 30 s (scan + relay until 100k BullMQ jobs)',
      },
    ];
  } finally {
    await restore(pg).catch((e) => log(`reminder-scan: restore failed: ${(e as Error).message}`));
    for (const q of queues) await q.obliterate({ force: true }).catch((e) => log(`reminder-scan: obliterate ${q.name} failed: ${(e as Error).message}`));
    await pg.end();
    await app.close();
  }
}

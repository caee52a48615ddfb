import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { createTransport } from 'nodemailer';
import { Client } from 'pg';
import { loadConfig, runMigrations, withDatabase } from '@app/core';
import { MailService, newMessageId, RenderedMail, reminderMail, smtpPoolOptions } from '@app/notifications';
import { SCHEMA } from '@app/schema';
import { BenchLine, runStandalone } from './bench-util';
import { localRedisPid, startCpuMeter } from './cpu-meter';
import { achievedRate, now, peakPerSecond, startCountingSink } from './smtp-count-sink';

/**
 * Scenario `reminder-mail` (QUALITY: "reminder emails to local SMTP: ≥ 500 / s pooled, rate limit
 * honoured ± 5%"). One worker as it ships (in this process, via libs/testing's createTestWorker,
 * with the shipped pool size) on a fresh database, and a local SMTP server in a child process.
 * A batch of reminder emails is written the way the reminder fan-out writes them (MailService.enqueue:
 * mail row + outbox row) in one transaction; the clock starts at its commit, and the worker takes
 * them through the whole path: outbox relay → BullMQ mail queue → dispatcher → pooled nodemailer.
 *  - pooled: MAIL_RATE_PER_SECOND=0, emails accepted by SMTP per second, vs raw pooled nodemailer
 *    with the worker's SMTP settings (smtpPoolOptions) sending the same emails to the same server.
 *  - rate limited: MAIL_RATE_PER_SECOND=`rate`, the rate the SMTP server saw (`achievedRate`: the
 *    mean time for `rate` more emails to be accepted) vs the setting, as a deviation in %.
 * Every email must arrive once (checked by Message-ID) and be recorded SENT, or the run fails.
 * Logged besides: CPU per email of this process (the worker), Postgres, Redis and the SMTP sink,
 * and the load average — the VM's 2 cores are shared, so compare runs taken when it was quiet.
 */
export interface ReminderMailOptions {
  /** Postgres server to use (a database named sifa_jianyi_bench_reminder_mail is made there). */
  baseUrl: string;
  /** Emails in the unlimited run (default 5000). */
  emails?: number;
  /** MAIL_RATE_PER_SECOND of the limited run (default 100); it sends `rate × limitedSeconds` emails. */
  rate?: number;
  limitedSeconds?: number;
  log?: (s: string) => void;
}

const DB_NAME = 'sifa_jianyi_bench_reminder_mail';
const APP_URL = 'https://sifa.example.cn';

/** The reminder of one overdue delivery, as the fan-out renders it (varied per email like real ones). */
function content(i: number): RenderedMail {
  return reminderMail(APP_URL, {
    kind: 'REPLY_OVERDUE',
    letter: {
      number: `兰溪法建〔2031〕${(i % 900) + 1}号`,
      title: '关于加强农贸市场食品安全监管的司法建议',
      courtName: '兰溪市人民法院',
      organizationName: '兰溪市市场监督管理局',
      path: `/deliveries/${randomUUID()}`,
    },
    dueDate: '2031-05-06',
    daysOverdue: (i % 30) + 1,
  });
}

export async function runReminderMail(opts: ReminderMailOptions): Promise<BenchLine[]> {
  const log = opts.log ?? (() => undefined);
  const emails = opts.emails ?? 5000;
  const rate = opts.rate ?? 100;
  const limited = rate * (opts.limitedSeconds ?? 15);
  const dbUrl = withDatabase(opts.baseUrl, DB_NAME);
  const admin = new Client({ connectionString: withDatabase(opts.baseUrl, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.end();
  log(`reminder-mail: migrating ${DB_NAME}`);
  await runMigrations(loadConfig({ APP_ENV: 'test', DATABASE_URL: dbUrl }), SCHEMA, dbUrl);
  const { createTestWorker } = await import('../test/harness');
  const sink = await startCountingSink();
  let batch = 0;

  /** Starts a worker, sends `warmup` then `n` emails through it; returns acceptance times (ms after commit). */
  const pipeline = async (ratePerSecond: number, warmup: number, n: number) => {
    const w = await createTestWorker({
      databaseUrl: dbUrl,
      env: {
        SMTP_URL: sink.url,
        MAIL_RATE_PER_SECOND: String(ratePerSecond),
        APP_URL,
        OUTBOX_RELAY: 'on',
        REMINDER_SCAN_CRON: 'off',
        DATABASE_POOL_SIZE: process.env.BENCH_WORKER_POOL_SIZE ?? '10', // the shipped default
      },
    });
    try {
      const mails = w.app.get(MailService);
      const round = async (count: number) => {
        const b = ++batch;
        await sink.take();
        const ids = await w.ds.transaction(async (m) => {
          const out: string[] = [];
          for (let i = 0; i < count; i++) {
            const to = `clerk${i}@agency${b}.gov.cn`;
            const id = await mails.enqueue(m, { dedupeKey: `reminder:${randomUUID()}:REPLY_OVERDUE:1:${to}`, to: [to], content: content(i) });
            out.push(id!);
          }
          return out;
        });
        const backends: { pid: number }[] = await w.ds.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`);
        const redis = localRedisPid();
        const meter = startCpuMeter({ worker: [process.pid], postgres: backends.map((r) => r.pid), redis: redis ? [redis] : [], 'SMTP sink': [sink.pid] });
        const start = now();
        await sink.waitFor(count, 60_000 + (count / Math.max(1, Math.min(ratePerSecond || 50, 50))) * 1000);
        // Recorded too: every row SENT (the dispatcher commits right after SMTP's answer).
        for (const until = Date.now() + 30_000; ;) {
          const [{ n: sent }] = await w.ds.query(`SELECT count(*)::int AS n FROM mail_messages WHERE id = ANY($1) AND status = 'SENT'`, [ids]);
          if (sent === count) break;
          if (Date.now() > until) throw new Error(`only ${sent} of ${count} emails recorded SENT`);
          await new Promise((r) => setTimeout(r, 20));
        }
        const recorded = now() - start;
        const cpu = meter.stop();
        const accepted = await sink.take();
        const times = accepted.map((a) => a.at - start).sort((x, y) => x - y);
        const distinct = new Set(accepted.map((a) => a.messageId));
        const expected: { message_id: string }[] = await w.ds.query(`SELECT message_id FROM mail_messages WHERE id = ANY($1)`, [ids]);
        if (distinct.size !== count || accepted.length !== count || !expected.every((r) => distinct.has(r.message_id))) {
          throw new Error(`${count} emails: ${accepted.length} accepted, ${distinct.size} distinct Message-IDs`);
        }
        const perEmail = Object.entries(cpu).map(([k, ms]) => `${k} ${(ms / count).toFixed(2)}`);
        return { times, recorded, cpu: `CPU ms per email: ${perEmail.join(', ')}` };
      };
      if (warmup) await round(warmup);
      return await round(n);
    } finally {
      await w.close();
    }
  };

  try {
    // Reference: raw pooled nodemailer with the worker's connection settings, every email handed
    // over at once: what SMTP itself allows, without database or queue.
    const rawRun = async (options: object, n: number) => {
      const raw = createTransport(options);
      await sink.take();
      const start = now();
      await Promise.all(
        Array.from({ length: n }, (_, i) => {
          const c = content(i);
          return raw.sendMail({
            from: '司法建议一件事 <noreply@sifa-jianyi.local>',
            to: `clerk${i}@agency.gov.cn`,
            subject: c.subject,
            text: c.text,
            html: c.html,
            messageId: newMessageId('noreply@sifa-jianyi.local'),
          });
        }),
      );
      raw.close();
      await sink.waitFor(n, 10_000);
      return (n * 1000) / (Math.max(...(await sink.take()).map((a) => a.at)) - start);
    };
    const pooled = smtpPoolOptions(sink.url);
    await rawRun(pooled, 300);
    const rawRate = await rawRun(pooled, emails);
    const plainRate = await rawRun({ pool: true, host: '127.0.0.1', port: sink.port, ignoreTLS: true }, 500);
    log(
      `reminder-mail: raw pooled nodemailer ${rawRate.toFixed(0)} emails/s (${pooled.maxConnections} connections); with nodemailer's own socket (Nagle on) ${plainRate.toFixed(0)}/s`,
    );

    log(`reminder-mail: ${emails} emails, MAIL_RATE_PER_SECOND=0`);
    const free = await pipeline(0, 300, emails);
    const freeRate = (emails * 1000) / free.times[free.times.length - 1];
    log(`reminder-mail: ${freeRate.toFixed(0)} emails/s accepted by SMTP; all ${emails} recorded SENT after ${(free.recorded / 1000).toFixed(2)} s`);
    log(
      `reminder-mail: ${free.cpu}; load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
    );

    log(`reminder-mail: ${limited} emails, MAIL_RATE_PER_SECOND=${rate}`);
    const lim = await pipeline(rate, 0, limited);
    const got = achievedRate(lim.times, rate);
    log(
      `reminder-mail: limit ${rate}/s → ${got.toFixed(2)}/s, peak ${peakPerSecond(lim.times)} in one second, ${(lim.times[lim.times.length - 1] / 1000).toFixed(1)} s in all`,
    );

    const r1 = (x: number) => Math.round(x * 10) / 10;
    const r2 = (x: number) => Math.round(x * 100) / 100;
    return [
      { name: 'reminder-mail pooled', value: Math.round(freeRate), unit: 'emails/s', ratio: r2(freeRate / rawRate), reference: 'raw pooled nodemailer' },
      { name: `reminder-mail limited to ${rate}/s`, value: r1(got), unit: 'emails/s', ratio: r2(got / rate), reference: `MAIL_RATE_PER_SECOND=${rate}` },
      {
        name: 'reminder-mail rate deviation',
        value: r1(((got - rate) / rate) * 100),
        unit: '%',
        ratio: r2(got / rate),
        reference: `MAIL_RATE_PER_SECOND=${rate}`,
      },
    ];
  } finally {
    await sink.close();
  }
}

if (require.main === module) {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  runStandalone((ctx) =>
    runReminderMail({ ...ctx, emails: arg('emails') ? Number(arg('emails')) : undefined, rate: arg('rate') ? Number(arg('rate')) : undefined }),
  );
}

import 'reflect-metadata';
import { AddressInfo } from 'node:net';
import { createTransport } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { loadConfig, runMigrations, withDatabase } from '@app/core';
import { parseMail } from '@app/notifications';
import { SCHEMA } from '@app/schema';
import { BenchLine, percentile, runStandalone } from './bench-util';

/**
 * Scenario `issue-to-email` (QUALITY: "issue → every recipient's inbox + email accepted by SMTP",
 * target p99 ≤ 1 s): the api and the worker as they ship, in this process, on a fresh database, with
 * a local SMTP server. Each sample issues one letter (the leader's approval, over HTTP) to
 * 金华市住建局 and stops the clock when all three recipients (clerk, registered mailbox, leader)
 * have their notice accepted by SMTP. Reference: one raw nodemailer send to the same server.
 * Worker settings are the shipped defaults (OUTBOX_POLL_MS 200, MAIL_RATE_PER_SECOND 10) unless set.
 */
export interface IssueToEmailOptions {
  /** Postgres server to use (a database named sifa_jianyi_bench_mail_test is made there). */
  baseUrl: string;
  issues?: number;
  log?: (s: string) => void;
}

interface Arrival {
  subject: string;
  to: string[];
  at: number;
}

async function startSink() {
  const arrivals: Arrival[] = [];
  const waiters: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const at = performance.now(); // accepted: the clock stops here, parsing is the test's own work
        callback();
        void parseMail(Buffer.concat(chunks)).then((p) => {
          arrivals.push({ subject: p.subject, to: session.envelope.rcptTo.map((r) => r.address), at });
          waiters.splice(0).forEach((w) => w());
        });
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    arrivals,
    /** Resolves at the next arrival (or after 50 ms, to re-check). */
    next: () =>
      new Promise<void>((r) => {
        waiters.push(r);
        setTimeout(r, 50);
      }),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export async function runIssueToEmail(opts: IssueToEmailOptions): Promise<BenchLine[]> {
  const log = opts.log ?? (() => undefined);
  const issues = opts.issues ?? 30;
  process.env.TEST_DATABASE_URL = withDatabase(opts.baseUrl, 'sifa_jianyi_bench_mail_test');
  process.env.LOG_LEVEL = 'silent';
  process.env.REMINDER_SCAN_CRON = 'off';
  // Loaded only now: libs/testing reads TEST_DATABASE_URL when it is first imported.
  const testing = await import('@app/testing');
  const harness = await import('../test/harness');
  log('issue-to-email: migrating a fresh database');
  await testing.prepareTemplate(async (url) => {
    await runMigrations(loadConfig({ APP_ENV: 'test', DATABASE_URL: url }), SCHEMA, url);
  });

  const sink = await startSink();
  const t0 = new Date('2031-03-03T02:00:00Z');
  const t = await harness.createTestApp({ now: t0, env: { APP_ENV: 'test' } });
  const w = await harness.createTestWorker({ databaseUrl: t.config.databaseUrl, now: t0, env: { SMTP_URL: sink.url } });
  try {
    const tok = async (u: string) => ({ authorization: `Bearer ${await t.login(u)}` });
    const admin = await tok('admin');
    await t
      .http()
      .put('/api/v1/calendar/2031')
      .set(admin)
      .send({ holidays: ['2031-01-01', '2031-05-01', '2031-05-02', '2031-05-05'], workdays: [] });
    const [judge, head, leader] = [await tok('jh.judge'), await tok('jh.head'), await tok('jh.leader')];
    const agency = t.dir.orgs.get('AG-330700-ZJJ')!.id;
    log(`issue-to-email: preparing ${issues + 3} letters (3 warm-up)`);
    const ids: string[] = [];
    for (let i = 0; i < issues + 3; i++) {
      const created = await t
        .http()
        .post('/api/v1/suggestions')
        .set(judge)
        .send({
          title: `关于规范老旧小区电动汽车充电桩建设管理的司法建议(${i + 1})`,
          category: 'CLASS_CASE',
          domain: '城市管理',
          major: false,
          background: '近年来本院受理因老旧小区安装充电桩引发的物业服务合同纠纷案件明显增多。',
          items: [{ problem: '物业服务企业拒绝出具报装同意证明', recommendation: '出台指引,明确物业服务企业配合报装的义务与时限' }],
          sourceCases: ['(2024)浙07民终1234号'],
          legalBasis: '《中华人民共和国民法典》第二百七十八条',
          replyPeriodMonths: 2,
          recipients: [{ organizationId: agency, kind: 'MAIN' }],
          contactName: '周承办',
          contactPhone: '0579-82345678',
        });
      if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
      await t.http().post(`/api/v1/suggestions/${created.body.id}/submit`).set(judge).send({});
      const rev = await t.http().post(`/api/v1/suggestions/${created.body.id}/review`).set(head).send({ decision: 'APPROVE' });
      if (rev.status !== 200) throw new Error(`review: ${rev.status} ${JSON.stringify(rev.body)}`);
      ids.push(created.body.id);
    }

    const samples: number[] = [];
    for (const [i, id] of ids.entries()) {
      const start = performance.now();
      const res = await t.http().post(`/api/v1/suggestions/${id}/approve`).set(leader).send({ decision: 'APPROVE' });
      if (res.status !== 200) throw new Error(`issue: ${res.status} ${JSON.stringify(res.body)}`);
      const suffix = ` ${res.body.docNumber}`;
      const until = Date.now() + 30_000;
      for (;;) {
        const got = sink.arrivals.filter((a) => a.subject.endsWith(suffix));
        if (got.length >= 3) {
          if (i >= 3) samples.push(Math.max(...got.map((a) => a.at)) - start);
          break;
        }
        if (Date.now() > until) throw new Error(`no notice email for ${res.body.docNumber} after 30 s (${got.length} of 3)`);
        await sink.next();
      }
    }

    // Reference: the same server, one raw pooled nodemailer send at a time.
    const raw = createTransport({ pool: true, host: '127.0.0.1', port: sink.port, secure: false, ignoreTLS: true });
    const ref: number[] = [];
    for (let i = 0; i < issues + 3; i++) {
      const start = performance.now();
      await raw.sendMail({ from: 'noreply@sifa-jianyi.local', to: 'ref@agency.gov.cn', subject: `reference ${i}`, text: '参考邮件' });
      if (i >= 3) ref.push(performance.now() - start);
    }
    raw.close();

    samples.sort((a, b) => a - b);
    ref.sort((a, b) => a - b);
    const round = (x: number) => Math.round(x * 10) / 10;
    const line = (name: string, v: number, r: number, refName: string): BenchLine => ({
      name,
      value: round(v),
      unit: 'ms',
      ratio: round(v / r),
      reference: refName,
    });
    log(`issue-to-email: ${samples.length} issues, OUTBOX_POLL_MS=${w.config.outboxPollMs}, MAIL_RATE_PER_SECOND=${w.config.mailRatePerSecond}`);
    return [
      line('issue-to-email p50', percentile(samples, 0.5), percentile(ref, 0.5), 'raw nodemailer send p50'),
      line('issue-to-email p99', percentile(samples, 0.99), percentile(ref, 0.99), 'raw nodemailer send p99'),
    ];
  } finally {
    await w.close();
    await t.close();
    await sink.close();
  }
}

if (require.main === module) {
  const issues = Number(process.argv.find((a) => a.startsWith('--issues='))?.split('=')[1] ?? 30);
  runStandalone((ctx) => runIssueToEmail({ ...ctx, issues }));
}

import { MailDispatcherService, MailOutcome, MailRetryError, MailService, reminderMail } from '@app/notifications';
import { createTestWorker, TestWorker } from '../harness';
import { startSmtpSink } from './smtp-sink';

jest.setTimeout(60_000);

const LETTER = {
  number: '兰溪法建〔2025〕8号',
  title: '关于规范城区停车收费管理的司法建议',
  courtName: '兰溪市人民法院',
  organizationName: '兰溪市发展和改革局',
  path: '/deliveries/0c4f3b1e-7d2a-4e6b-9a51-3f8e2d6c1b90',
};

/**
 * The dispatcher sends the jobs that wait together in one group (one transaction per group). Two
 * worker processes on one database, their queues idle (relay off): the test hands the dispatchers
 * the outbox ids itself — every one several times, to both at once — as a redelivered job would.
 */
describe('mail send groups: many jobs at once, two workers, repeats', () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let a: TestWorker;
  let b: TestWorker;

  beforeAll(async () => {
    sink = await startSmtpSink((m, attempt) =>
      m.to.some((x) => x.startsWith('soft')) && attempt === 1 ? { code: 451, message: 'try again later' } : 'accept',
    );
    const env = { SMTP_URL: sink.url, OUTBOX_RELAY: 'off', REMINDER_SCAN_CRON: 'off', MAIL_RATE_PER_SECOND: '0', APP_URL: 'https://sifa.example.cn' };
    a = await createTestWorker({ env });
    b = await createTestWorker({ env, databaseUrl: a.databaseUrl });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await sink?.close();
  });

  /** Writes emails to `to` the way the reminder fan-out does; returns [mail id, outbox id] of each. */
  const enqueue = (tag: string, to: string[]) =>
    a.ds.transaction(async (m) => {
      const out: { mailId: string; outboxId: string }[] = [];
      for (const addr of to) {
        const mailId = (await a.app.get(MailService).enqueue(m, {
          dedupeKey: `reminder:${tag}:${addr}`,
          to: [addr],
          content: reminderMail('https://sifa.example.cn', { kind: 'REPLY_OVERDUE', letter: LETTER, dueDate: '2025-10-09', daysOverdue: 2 }),
        }))!;
        const [o]: { id: string }[] = await m.query(`SELECT id FROM outbox_messages WHERE dedupe_key = $1`, [`mail.send:${mailId}`]);
        out.push({ mailId, outboxId: o.id });
      }
      return out;
    });
  const outcome = (p: Promise<MailOutcome>) => p.catch((e: Error) => (e instanceof MailRetryError ? 'RETRY' : `error ${e.message}`));

  it('sends each email once and records it once, however often and wherever its job runs', async () => {
    const to = Array.from({ length: 40 }, (_, i) => `clerk${i}@fgj.gov.cn`);
    const emails = await enqueue('groups', to);
    const [da, db] = [a.app.get(MailDispatcherService), b.app.get(MailDispatcherService)];
    // Every outbox id three times to worker a (so repeats meet in one group) and twice to worker b.
    const runs = emails.flatMap((e) => [da, db, da, db, da].map((d) => outcome(d.process(e.outboxId))));
    const outcomes = await Promise.all(runs);

    for (const addr of to) expect([addr, sink.accepted.filter((m) => m.to.includes(addr)).length]).toEqual([addr, 1]);
    for (let i = 0; i < emails.length; i++) {
      const mine = outcomes.slice(i * 5, i * 5 + 5);
      expect(mine.filter((o) => o === 'SENT')).toHaveLength(1);
      expect(mine.every((o) => o === 'SENT' || o === 'SKIPPED' || o === 'BUSY')).toBe(true);
    }
    const rows: { status: string; attempts: number; message_id: string; ostatus: string; oattempts: number }[] = await a.ds.query(
      `SELECT m.status, m.attempts, m.message_id, o.status AS ostatus, o.attempts AS oattempts
         FROM mail_messages m JOIN outbox_messages o ON o.dedupe_key = 'mail.send:' || m.id WHERE m.id = ANY($1)`,
      [emails.map((e) => e.mailId)],
    );
    expect(rows).toHaveLength(40);
    for (const r of rows) expect(r).toMatchObject({ status: 'SENT', attempts: 1, ostatus: 'DONE', oattempts: 1 });
    const sentIds = new Set(sink.accepted.filter((m) => to.includes(m.to[0])).map((m) => m.messageId));
    expect(rows.every((r) => sentIds.has(r.message_id))).toBe(true);
  });

  it('gives each email of a group its own outcome: a temporary refusal is retried, the others are sent', async () => {
    const emails = await enqueue('mixed', ['ok1@fgj.gov.cn', 'soft1@fgj.gov.cn', 'ok2@fgj.gov.cn', 'soft2@fgj.gov.cn', 'ok3@fgj.gov.cn']);
    const d = a.app.get(MailDispatcherService);
    // Fill the groups first so these five wait and go out together.
    const busy = await enqueue('filler', ['f1@fgj.gov.cn', 'f2@fgj.gov.cn', 'f3@fgj.gov.cn']);
    const first = await Promise.all([...busy, ...emails].map((e) => outcome(d.process(e.outboxId))));
    expect(first.slice(3)).toEqual(['SENT', 'RETRY', 'SENT', 'RETRY', 'SENT']);
    const row = (mailId: string) =>
      a.ds
        .query(
          `SELECT m.status, m.attempts, m.last_error, o.status AS ostatus, o.attempts AS oattempts
             FROM mail_messages m JOIN outbox_messages o ON o.dedupe_key = 'mail.send:' || m.id WHERE m.id = $1`,
          [mailId],
        )
        .then((r: object[]) => r[0]);
    expect(await row(emails[1].mailId)).toMatchObject({ status: 'QUEUED', attempts: 1, last_error: expect.stringContaining('451'), oattempts: 1 });
    expect(await row(emails[0].mailId)).toMatchObject({ status: 'SENT', attempts: 1, last_error: null, ostatus: 'DONE', oattempts: 1 });
    // The queue's retry: the refused ones go out now, the sent ones are not sent again.
    expect(await Promise.all(emails.map((e) => outcome(d.process(e.outboxId))))).toEqual(['SKIPPED', 'SENT', 'SKIPPED', 'SENT', 'SKIPPED']);
    expect(await row(emails[1].mailId)).toMatchObject({ status: 'SENT', attempts: 2, last_error: null, ostatus: 'DONE', oattempts: 2 });
    for (const addr of ['ok1', 'soft1', 'ok2', 'soft2', 'ok3'])
      expect([addr, sink.accepted.filter((m) => m.to.includes(`${addr}@fgj.gov.cn`)).length]).toEqual([addr, 1]);
  });
});

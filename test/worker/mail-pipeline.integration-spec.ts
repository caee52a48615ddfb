import { deliveryNoticeMail, MailService, reminderMail } from '@app/notifications';
import { createTestWorker, TestWorker } from '../harness';
import { startSmtpSink, waitFor } from './smtp-sink';

jest.setTimeout(60_000);

const LETTER = {
  number: '兰溪法建〔2025〕3号',
  title: '关于加强农贸市场食品安全监管的司法建议',
  courtName: '兰溪市人民法院',
  organizationName: '兰溪市市场监督管理局',
  path: '/deliveries/6a1f0d7e-2b9c-4d43-9e0f-5c1b8a7d2e10',
};

describe('mail pipeline: outbox → relay → BullMQ → SMTP', () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let w: TestWorker;
  /** Addresses the sink refuses: `soft` 451 twice then accepts, `hard` 550 until released. */
  const rules = { hardReleased: false };

  beforeAll(async () => {
    sink = await startSmtpSink((m, attempt) => {
      if (m.to.some((a) => a.startsWith('soft@')) && attempt <= 2) return { code: 451, message: 'try again later' };
      if (m.to.some((a) => a.startsWith('hard@')) && !rules.hardReleased) return { code: 550, message: 'mailbox unavailable' };
      if (m.to.some((a) => a.startsWith('down@'))) return { code: 421, message: 'service not available' };
      return 'accept';
    });
    w = await createTestWorker({
      env: { SMTP_URL: sink.url, OUTBOX_POLL_MS: '50', MAIL_BACKOFF_MS: '100', MAIL_MAX_ATTEMPTS: '3', APP_URL: 'https://sifa.example.cn' },
    });
  });
  afterAll(async () => {
    await w?.close();
    await sink?.close();
  });

  const mails = () => w.app.get(MailService);
  const enqueue = (
    dedupeKey: string,
    to: string[],
    content = reminderMail(w.config.appUrl, { kind: 'REPLY_OVERDUE', letter: LETTER, dueDate: '2025-10-09', daysOverdue: 3 }),
  ) => w.ds.transaction((m) => mails().enqueue(m, { dedupeKey, to, content }));
  const mailRow = async (id: string) =>
    (await w.ds.query(`SELECT status, attempts, last_error, message_id, sent_at FROM mail_messages WHERE id = $1`, [id]))[0];
  const outboxRow = async (mailId: string) =>
    (await w.ds.query(`SELECT status, attempts, last_error FROM outbox_messages WHERE dedupe_key = $1`, [`mail.send:${mailId}`]))[0];
  const arrivals = (to: string) => sink.accepted.filter((m) => m.to.includes(to));

  it('delivers an email exactly once, in Chinese, with the fixed Message-ID of its row', async () => {
    const id = await enqueue('reminder:test:1', ['clerk@lxscjg.gov.cn']);
    expect(id).toEqual(expect.any(String));
    // the same logical email again: nothing new is written
    expect(await enqueue('reminder:test:1', ['clerk@lxscjg.gov.cn'])).toBeNull();

    await waitFor(async () => (await mailRow(id!)).status === 'SENT', 10_000, 'the email to be sent');
    await new Promise((r) => setTimeout(r, 500)); // give a duplicate every chance to show up
    const got = arrivals('clerk@lxscjg.gov.cn');
    expect(got).toHaveLength(1);
    const row = await mailRow(id!);
    expect(got[0].messageId).toBe(row.message_id);
    expect(row.message_id).toMatch(/^<[0-9a-f-]{36}@sifa-jianyi\.local>$/);
    expect(got[0].subject).toBe('【已超期】兰溪法建〔2025〕3号司法建议已超期,请尽快办理');
    expect(got[0].text).toContain('兰溪市市场监督管理局:');
    expect(got[0].text).toContain('贵单位办理的司法建议书《关于加强农贸市场食品安全监管的司法建议》(兰溪法建〔2025〕3号)已超过反馈期限(2025年10月9日)3天');
    expect(got[0].text).toContain('办理反馈:https://sifa.example.cn/deliveries/6a1f0d7e-2b9c-4d43-9e0f-5c1b8a7d2e10');
    expect(got[0].html).toContain('<a href="https://sifa.example.cn/deliveries/6a1f0d7e-2b9c-4d43-9e0f-5c1b8a7d2e10"');
    expect(got[0].html).toContain('兰溪市人民法院');
    expect(got[0].from).toBe('noreply@sifa-jianyi.local');
    expect(row).toMatchObject({ status: 'SENT', attempts: 1, last_error: null });
    expect(await outboxRow(id!)).toMatchObject({ status: 'DONE', attempts: 1 });
  });

  it('retries a temporary SMTP failure with backoff and the same Message-ID, delivering once', async () => {
    const id = await enqueue('reminder:test:soft', ['soft@agency.gov.cn']);
    await waitFor(async () => (await mailRow(id!)).status === 'SENT', 15_000, 'the retried email to be sent');
    const row = await mailRow(id!);
    expect(row.attempts).toBe(3);
    const tries = sink.attempts.filter((m) => m.to.includes('soft@agency.gov.cn'));
    expect(tries).toHaveLength(3);
    expect(new Set(tries.map((t) => t.messageId))).toEqual(new Set([row.message_id]));
    expect(arrivals('soft@agency.gov.cn')).toHaveLength(1);
  });

  it('gives up after MAIL_MAX_ATTEMPTS temporary failures and records the error', async () => {
    const id = await enqueue('reminder:test:down', ['down@agency.gov.cn']);
    await waitFor(async () => (await mailRow(id!)).status === 'FAILED', 15_000, 'the email to fail');
    expect(await mailRow(id!)).toMatchObject({ status: 'FAILED', attempts: 3, last_error: expect.stringContaining('421') });
    expect(await outboxRow(id!)).toMatchObject({ status: 'FAILED', last_error: expect.stringContaining('421') });
    expect(arrivals('down@agency.gov.cn')).toHaveLength(0);
  });

  it('fails a permanent refusal at once, and an administrator can retry it', async () => {
    const content = deliveryNoticeMail(w.config.appUrl, { letter: LETTER, kind: 'MAIN', signDueDate: '2025-09-30', replyMonths: 2 });
    const id = await enqueue('delivery.notice:test:hard', ['hard@agency.gov.cn'], content);
    await waitFor(async () => (await mailRow(id!)).status === 'FAILED', 10_000, 'the refused email to fail');
    expect(await mailRow(id!)).toMatchObject({ attempts: 1, last_error: expect.stringContaining('550') });
    rules.hardReleased = true;
    await w.ds.transaction((m) => mails().retry(m, id!));
    await waitFor(async () => (await mailRow(id!)).status === 'SENT', 10_000, 'the retried email to be sent');
    const got = arrivals('hard@agency.gov.cn');
    expect(got).toHaveLength(1);
    expect(got[0].subject).toBe('【司法建议】兰溪市人民法院向贵单位发出司法建议书 兰溪法建〔2025〕3号');
    expect(got[0].text).toContain('请于2025年9月30日前签收。');
    expect(got[0].text).toContain('请自签收之日起2个月内书面反馈办理情况。');
    expect(await outboxRow(id!)).toMatchObject({ status: 'DONE' });
  });

  it('brings back an email whose queued job was lost with Redis once its lease expires', async () => {
    // As if the relay had enqueued it and Redis was then flushed: ENQUEUED, leased, no job.
    const id = await w.ds.transaction(async (m) => {
      const mailId = await mails().enqueue(m, {
        dedupeKey: 'reminder:test:lost',
        to: ['lost@agency.gov.cn'],
        content: reminderMail(w.config.appUrl, { kind: 'SIGN_DUE_SOON', letter: LETTER, dueDate: '2025-09-30' }),
      });
      await m.query(`UPDATE outbox_messages SET status = 'ENQUEUED', lease_until = $2 WHERE dedupe_key = $1`, [
        `mail.send:${mailId}`,
        new Date(w.clock.now().getTime() + 5 * 60_000),
      ]);
      return mailId;
    });
    await new Promise((r) => setTimeout(r, 400));
    expect(arrivals('lost@agency.gov.cn')).toHaveLength(0);
    w.clock.advance(6 * 60_000);
    await waitFor(async () => (await mailRow(id!)).status === 'SENT', 10_000, 'the lost email to be sent');
    const got = arrivals('lost@agency.gov.cn');
    expect(got).toHaveLength(1);
    expect(got[0].subject).toBe('【待签收】兰溪法建〔2025〕3号司法建议书即将到期,请及时签收');
  });

  it('sends a burst of emails once each', async () => {
    const ids = await w.ds.transaction(async (m) => {
      const out: string[] = [];
      for (let i = 0; i < 30; i++)
        out.push(
          (await mails().enqueue(m, {
            dedupeKey: `burst:${i}`,
            to: [`burst${i}@agency.gov.cn`],
            content: reminderMail(w.config.appUrl, { kind: 'REPLY_DUE_SOON', letter: LETTER, dueDate: '2025-10-09' }),
          }))!,
        );
      return out;
    });
    await waitFor(
      async () => (await w.ds.query(`SELECT count(*)::int AS n FROM mail_messages WHERE id = ANY($1) AND status = 'SENT'`, [ids]))[0].n === 30,
      15_000,
      '30 emails',
    );
    await new Promise((r) => setTimeout(r, 300));
    for (let i = 0; i < 30; i++) expect([i, arrivals(`burst${i}@agency.gov.cn`).length]).toEqual([i, 1]);
  });
});

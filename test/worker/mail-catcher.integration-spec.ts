import { MailCatcher, MailService, reminderMail, startMailCatcher } from '@app/notifications';
import { createTestApp, createTestWorker, TestApp, TestWorker } from '../harness';
import { waitFor } from './smtp-sink';

jest.setTimeout(60_000);

/** The demo path: worker → built-in SMTP catcher → caught_mails → GET /api/v1/dev/mails. */
describe('demo mail catcher', () => {
  let t: TestApp;
  let w: TestWorker;
  let catcher: MailCatcher;
  const auth = (tok: string) => ({ authorization: `Bearer ${tok}` });

  beforeAll(async () => {
    t = await createTestApp();
    catcher = await startMailCatcher({ databaseUrl: t.config.databaseUrl, port: 0 });
    w = await createTestWorker({ databaseUrl: t.config.databaseUrl, env: { SMTP_URL: catcher.url, OUTBOX_POLL_MS: '50' } });
  });
  afterAll(async () => {
    await w?.close();
    await catcher?.close();
    await t?.close();
  });

  it('catches what the worker sends and shows it to SYS_ADMIN only', async () => {
    const content = reminderMail(w.config.appUrl, {
      kind: 'SIGN_OVERDUE',
      letter: {
        number: '兰溪法建〔2025〕7号',
        title: '关于规范校外培训机构的司法建议',
        courtName: '兰溪市人民法院',
        organizationName: '兰溪市教育局',
        path: '/deliveries/1',
      },
      dueDate: '2025-09-30',
      daysOverdue: 2,
    });
    const id = await w.ds.transaction((m) => w.app.get(MailService).enqueue(m, { dedupeKey: 'catcher:1', to: ['jyj@lanxi.gov.cn'], content }));
    const admin = await t.login('admin');
    const list = await waitFor(
      async () => {
        const res = await t.http().get('/api/v1/dev/mails?to=jyj@lanxi.gov.cn').set(auth(admin));
        return res.body.total === 1 ? res : null;
      },
      10_000,
      'the caught mail',
    );
    const [{ message_id }] = await t.ds.query('SELECT message_id FROM mail_messages WHERE id = $1', [id]);
    expect(list.body.items[0]).toMatchObject({
      messageId: message_id,
      to: ['jyj@lanxi.gov.cn'],
      subject: '【已超期】兰溪法建〔2025〕7号司法建议书超期未签收,请尽快办理',
    });
    expect(list.body.items[0].text).toBeUndefined();

    const one = await t.http().get(`/api/v1/dev/mails/${list.body.items[0].id}`).set(auth(admin));
    expect(one.status).toBe(200);
    expect(one.body.text).toContain('已超过签收期限(2025年9月30日)2天仍未签收');
    expect(one.body.html).toContain('兰溪市教育局');
    expect(one.body.headers['message-id']).toBe(message_id);

    const clerk = await t.login('jhzjj.clerk');
    expect((await t.http().get('/api/v1/dev/mails').set(auth(clerk))).status).toBe(403);
    expect((await t.http().get('/api/v1/dev/mails').set(auth(admin)).query({ to: 'not-an-address' })).status).toBe(400);
    expect((await t.http().get('/api/v1/dev/mails/00000000-0000-4000-8000-000000000000').set(auth(admin))).status).toBe(404);
    expect((await t.http().get('/api/v1/dev/mails/nope').set(auth(admin))).status).toBe(404);
  });
});

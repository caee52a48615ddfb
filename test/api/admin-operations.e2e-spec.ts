import { createTestApp, TestApp } from '../harness';

describe('operators see and retry outgoing work', () => {
  let t: TestApp;
  let admin: string;
  const auth = (tok: string) => ({ authorization: `Bearer ${tok}` });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  it('lists failed emails and retries one, audited', async () => {
    const [mail] = await t.ds.query(
      `INSERT INTO mail_messages (dedupe_key, message_id, template, to_addresses, subject, text_body, html_body, status, attempts, last_error, created_at, updated_at)
       VALUES ('test:failed:1', '<m1@sifa-jianyi.local>', 'reminder.SIGN_OVERDUE', '{clerk@agency.gov.cn}', '【已超期】测试', 't', '<p>t</p>', 'FAILED', 5, '550 mailbox unavailable', now(), now()) RETURNING id`,
    );
    await t.ds.query(
      `INSERT INTO outbox_messages (topic, dedupe_key, payload, status, created_at, available_at) VALUES ('mail.send', $1, $2, 'FAILED', now(), now())`,
      [`mail.send:${mail.id}`, JSON.stringify({ mailId: mail.id })],
    );
    const list = await t.http().get('/api/v1/admin/mails?status=FAILED').set(auth(admin));
    expect(list.status).toBe(200);
    expect(list.body.items.map((m: { id: string }) => m.id)).toContain(mail.id);
    const retry = await t.http().post(`/api/v1/admin/mails/${mail.id}/retry`).set(auth(admin)).send({});
    expect(retry.status).toBe(200);
    expect(retry.body.status).toBe('QUEUED');
    const [outbox] = await t.ds.query(`SELECT status FROM outbox_messages WHERE dedupe_key = $1`, [`mail.send:${mail.id}`]);
    expect(outbox.status).toBe('PENDING');
    expect(await t.ds.query(`SELECT 1 FROM audit_events WHERE action = 'mail.retry' AND entity_id = $1`, [mail.id])).toHaveLength(1);
    const again = await t.http().post(`/api/v1/admin/mails/${mail.id}/retry`).set(auth(admin)).send({});
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('MAIL_NOT_FAILED');
  });

  it('lists and retries failed outbox rows (webhook deliveries)', async () => {
    const [row] = await t.ds.query(
      `INSERT INTO outbox_messages (topic, dedupe_key, payload, status, attempts, last_error, created_at, available_at)
       VALUES ('webhook.deliver', 'webhook:test:1', '{}', 'FAILED', 5, 'HTTP 500', now(), now()) RETURNING id`,
    );
    const list = await t.http().get('/api/v1/admin/outbox?status=FAILED').set(auth(admin));
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ id: row.id, topic: 'webhook.deliver', lastError: 'HTTP 500' })]));
    const retry = await t.http().post(`/api/v1/admin/outbox/${row.id}/retry`).set(auth(admin)).send({});
    expect(retry.status).toBe(200);
    expect(retry.body.status).toBe('PENDING');
    expect((await t.http().post(`/api/v1/admin/outbox/${row.id}/retry`).set(auth(admin)).send({})).status).toBe(409);
    expect((await t.http().post(`/api/v1/admin/outbox/00000000-0000-4000-8000-000000000000/retry`).set(auth(admin)).send({})).status).toBe(404);
  });

  it('is for SYS_ADMIN only', async () => {
    const clerk = await t.login('jhzjj.clerk');
    expect((await t.http().get('/api/v1/admin/mails').set(auth(clerk))).status).toBe(403);
    expect((await t.http().get('/api/v1/admin/outbox').set(auth(clerk))).status).toBe(403);
    expect((await t.http().get('/api/v1/admin/mails')).status).toBe(401);
  });
});

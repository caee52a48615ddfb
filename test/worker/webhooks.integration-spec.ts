import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ReminderScanService } from '@app/reminders';
import { createTestWorker, TestApp, TestWorker } from '../harness';
import { verifyWebhookSignature } from '@app/webhooks';
import { Actors, issuedLetter, letterBody, startClosedLoopApp, T0 } from '../api/lifecycle.fixtures';
import { at } from './reminders.harness';
import { waitFor } from './smtp-sink';

jest.setTimeout(120_000);

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
  answered: number;
}

/** An agency's OA system: records every POST; `failFirst[path]` answers 500 that many times first. */
async function startReceiver(failFirst: Record<string, number>) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const path = req.url ?? '';
      const seen = received.filter((r) => r.path === path).length;
      const answered = seen < (failFirst[path] ?? 0) ? 500 : 200;
      received.push({ path, headers: req.headers, body, at: Date.now(), answered });
      res.writeHead(answered, { 'content-type': 'text/plain' }).end(answered === 200 ? 'ok' : 'busy');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return { url: (path: string) => `http://127.0.0.1:${port}${path}`, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('webhooks to an agency OA system', () => {
  let t: TestApp;
  let w: TestWorker;
  let oa: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    process.env.REMINDER_SCAN_CRON = 'off';
    oa = await startReceiver({ '/zjj': 2 });
    // The receiver listens on 127.0.0.1: an internal address, so the operator names it (issue 12 point 8).
    t = await startClosedLoopApp({ env: { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' } });
    // No SMTP server: the notice emails stay queued, which does not concern the webhooks.
    w = await createTestWorker({
      databaseUrl: t.config.databaseUrl,
      now: T0,
      env: { OUTBOX_POLL_MS: '50', MAIL_BACKOFF_MS: '200', MAIL_MAX_ATTEMPTS: '5', APP_URL: 'https://sifa.example.cn', WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' },
    });
  });
  afterAll(async () => {
    await w?.close();
    await t?.close();
    await oa?.close();
    delete process.env.REMINDER_SCAN_CRON;
  });

  const webhooksSettled = () =>
    waitFor(
      async () =>
        (
          await w.ds.query(
            `SELECT count(*)::int AS n FROM outbox_messages WHERE split_part(topic, '.', 1) IN ('delivery','reminder','webhook') AND status NOT IN ('DONE','FAILED')`,
          )
        )[0].n === 0,
      20_000,
      'webhook deliveries to finish',
    );
  const verified = (r: Received, secret: string) =>
    verifyWebhookSignature(secret, Number(r.headers['x-signature-timestamp']), r.body, String(r.headers['x-signature']));

  it('delivers delivery.created signed, retried with backoff after 500s, once; only to subscribers of that event in that organization', async () => {
    const a = new Actors(t);
    const register = async (user: string, path: string, events: string[]) => {
      const res = await t
        .http()
        .post('/api/v1/webhooks')
        .set(await a.as(user))
        .send({ url: oa.url(path), events });
      expect(res.status).toBe(201);
      expect(res.body.secret).toMatch(/^whsec_/);
      return res.body as { id: string; secret: string; organizationId: string };
    };
    const zjj = await register('jhzjj.leader', '/zjj', ['delivery.created']);
    const zjjReminders = await register('jhzjj.clerk', '/zjj-reminders', ['reminder']);
    await register('jhfgw.clerk', '/fgw', ['delivery.created', 'reminder']); // another organization
    expect(zjj.organizationId).toBe(t.dir.orgs.get('AG-330700-ZJJ')!.id);
    const listed = await t
      .http()
      .get('/api/v1/webhooks')
      .set(await a.as('jhzjj.leader'));
    expect(listed.body.map((h: { url: string }) => h.url).sort()).toEqual([oa.url('/zjj'), oa.url('/zjj-reminders')]);
    expect(listed.body[0].secret).toBeUndefined();

    const letter = await issuedLetter(t, a, { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' }, letterBody(t));
    const delivery = letter.deliveries[0];
    await waitFor(() => oa.received.some((r) => r.path === '/zjj' && r.answered === 200), 20_000, 'the OA system to accept the event');
    await webhooksSettled();
    await new Promise((r) => setTimeout(r, 500));

    // Three attempts: 500, 500, 200 — the same event, each validly signed, with growing pauses.
    const tries = oa.received.filter((r) => r.path === '/zjj');
    expect(tries.map((r) => r.answered)).toEqual([500, 500, 200]);
    expect(new Set(tries.map((r) => r.headers['x-delivery-id'])).size).toBe(1);
    expect(new Set(tries.map((r) => r.body)).size).toBe(1);
    for (const r of tries) expect(verified(r, zjj.secret)).toBe(true);
    expect(verified(tries[0], zjjReminders.secret)).toBe(false);
    expect(tries[1].at - tries[0].at).toBeGreaterThanOrEqual(180); // MAIL_BACKOFF_MS 200, then doubled
    expect(tries[2].at - tries[1].at).toBeGreaterThanOrEqual(360);
    expect(tries[0].headers).toMatchObject({ 'x-event': 'delivery.created', 'x-webhook-id': zjj.id, 'content-type': 'application/json; charset=utf-8' });
    const event = JSON.parse(tries[2].body);
    expect(event).toMatchObject({
      event: 'delivery.created',
      deliveryId: delivery.id,
      data: {
        deliveryId: delivery.id,
        suggestionId: letter.id,
        letter: {
          docNumber: '金中法建〔2031〕1号',
          title: letter.title,
          courtName: '金华市中级人民法院',
          organizationName: '金华市住房和城乡建设局',
          kind: 'MAIN',
          signDueDate: '2031-03-06',
          replyDueDate: delivery.replyDueDate,
          url: `https://sifa.example.cn/deliveries/${delivery.id}`,
        },
      },
    });
    // The outbox row of that delivery is DONE after one success.
    const [row] = await w.ds.query(`SELECT status, attempts FROM outbox_messages WHERE id = $1`, [tries[0].headers['x-delivery-id']]);
    expect(row).toEqual({ status: 'DONE', attempts: 3 });
    // Not subscribed to delivery.created, or not the recipient: nothing.
    expect(oa.received.filter((r) => r.path !== '/zjj')).toEqual([]);

    // A reminder reaches the subscriber of `reminder` only.
    w.clock.set(at('2031-03-05'));
    await w.app.get(ReminderScanService).scan(at('2031-03-05'));
    await waitFor(() => oa.received.some((r) => r.path === '/zjj-reminders'), 20_000, 'the reminder event');
    await webhooksSettled();
    await new Promise((r) => setTimeout(r, 300));
    const reminders = oa.received.filter((r) => r.path === '/zjj-reminders');
    expect(reminders).toHaveLength(1);
    expect(verified(reminders[0], zjjReminders.secret)).toBe(true);
    expect(JSON.parse(reminders[0].body)).toMatchObject({
      event: 'reminder',
      deliveryId: delivery.id,
      data: {
        kind: 'SIGN_DUE_SOON',
        reminder: { kind: 'SIGN_DUE_SOON', stage: 0, period: 0, dueDate: '2031-03-06' },
        letter: { docNumber: '金中法建〔2031〕1号' },
      },
    });
    expect(oa.received.filter((r) => r.path === '/zjj')).toHaveLength(3);
    expect(oa.received.filter((r) => r.path === '/fgw')).toEqual([]);

    // Unsubscribed (deleted): the next reminder is not sent to it.
    t.clock.set(at('2031-03-05', '09:30'));
    const b = new Actors(t);
    expect(
      (
        await t
          .http()
          .delete(`/api/v1/webhooks/${zjjReminders.id}`)
          .set(await b.as('jhzjj.clerk'))
      ).status,
    ).toBe(204);
    w.clock.set(at('2031-03-07'));
    expect((await w.app.get(ReminderScanService).scan(at('2031-03-07'))).created).toBe(1);
    await webhooksSettled();
    await new Promise((r) => setTimeout(r, 300));
    expect(oa.received.filter((r) => r.path === '/zjj-reminders')).toHaveLength(1);
  });
});

import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { createTestWorker, TestApp, TestWorker } from '../harness';
import { ResolvedAddress, WebhookResolver } from '@app/webhooks';
import { Actors, issuedLetter, letterBody, startClosedLoopApp, T0 } from '../api/lifecycle.fixtures';
import { waitFor } from './smtp-sink';

jest.setTimeout(120_000);

/** A local HTTP server recording every request; `answer(path)` picks the status and headers. */
async function startServer(answer: (path: string) => { status: number; headers?: Record<string, string> }) {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '');
    req.resume();
    req.on('end', () => {
      const a = answer(req.url ?? '');
      res.writeHead(a.status, { 'content-type': 'text/plain', ...a.headers }).end('.');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return { port, hits, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const answers = (host: string, map: Record<string, string[]>) => map[host]?.map((address): ResolvedAddress => ({ address, family: 4 }));

/**
 * Issue 12 point 8, at send time. One letter reaches one agency with six webhooks registered while
 * they were acceptable, each of which the worker must now treat differently:
 * - `/rebind`: `oa.rebind.test` resolved to a public address for the api (its resolver stands in for
 *   DNS) and resolves to 127.0.0.1 for the worker — a DNS change between registration and send.
 * - `/removed`: `localhost` was in the api's WEBHOOK_ALLOWED_HOSTS, not in the worker's — an operator
 *   took it off the list after registration.
 * - `/redirect302`, `/redirect307`: the receiver answers a redirect to a second local receiver.
 * - `/pinned`: `oa.pinned.test` is known only to the worker's resolver (allow-listed), so it is
 *   delivered only if the socket connects to the address the policy resolved, not to a fresh lookup.
 * - `/ok`: a plain delivery, so the refusals are not the worker failing at everything.
 * Checked by breaking it: with `WebhookSenderService` sending without `policy.target` (the pinned
 * lookup fed straight from the resolver), `/rebind` and `/removed` were hit and DONE; with the old
 * `fetch` (it follows redirects) both redirects were DONE at the second receiver; with `lookup` dropped
 * from `postToTarget`, `/pinned` failed with `getaddrinfo ENOTFOUND oa.pinned.test`.
 */
describe('webhooks are checked again at send time and never follow redirects', () => {
  let t: TestApp;
  let w: TestWorker;
  let oa: Awaited<ReturnType<typeof startServer>>;
  let second: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    process.env.REMINDER_SCAN_CRON = 'off';
    second = await startServer(() => ({ status: 200 }));
    oa = await startServer((path) =>
      path.startsWith('/redirect')
        ? { status: Number(path.slice(-3)), headers: { location: `http://127.0.0.1:${second.port}/second${path.slice(-3)}` } }
        : { status: 200 },
    );
    const apiResolver = new (class extends WebhookResolver {
      override async resolve(host: string) {
        return answers(host, { 'oa.rebind.test': ['220.181.38.148'] }) ?? super.resolve(host);
      }
    })();
    t = await startClosedLoopApp({
      env: { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1,localhost,oa.pinned.test' },
      override: (b) => b.overrideProvider(WebhookResolver).useValue(apiResolver),
    });
    w = await createTestWorker({
      databaseUrl: t.config.databaseUrl,
      now: T0,
      env: { OUTBOX_POLL_MS: '50', MAIL_BACKOFF_MS: '100', MAIL_MAX_ATTEMPTS: '2', WEBHOOK_ALLOWED_HOSTS: '127.0.0.1,oa.pinned.test' },
    });
    const workerResolver = w.app.get(WebhookResolver);
    const real = workerResolver.resolve.bind(workerResolver);
    jest
      .spyOn(workerResolver, 'resolve')
      .mockImplementation(async (host) => answers(host, { 'oa.rebind.test': ['127.0.0.1'], 'oa.pinned.test': ['127.0.0.1'] }) ?? real(host));
  });
  afterAll(async () => {
    await w?.close();
    await t?.close();
    await oa?.close();
    await second?.close();
    delete process.env.REMINDER_SCAN_CRON;
  });

  it('refuses a target that became internal, records a 3xx as a failure without following it', async () => {
    const a = new Actors(t);
    const hooks: Record<string, string> = {};
    for (const [path, url] of [
      ['/ok', `http://127.0.0.1:${oa.port}/ok`],
      ['/rebind', `http://oa.rebind.test:${oa.port}/rebind`],
      ['/removed', `http://localhost:${oa.port}/removed`],
      ['/redirect302', `http://127.0.0.1:${oa.port}/redirect302`],
      ['/redirect307', `http://127.0.0.1:${oa.port}/redirect307`],
      ['/pinned', `http://oa.pinned.test:${oa.port}/pinned`],
    ]) {
      const res = await t
        .http()
        .post('/api/v1/webhooks')
        .set(await a.as('jhzjj.leader'))
        .send({ url, events: ['delivery.created'] });
      expect({ path, status: res.status }).toEqual({ path, status: 201 });
      hooks[res.body.id] = path;
    }

    await issuedLetter(t, a, { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' }, letterBody(t));
    const rows = await waitFor(
      async () => {
        const r: { webhook_id: string; status: string; attempts: number; last_error: string | null }[] = await w.ds.query(
          `SELECT payload->>'webhookId' AS webhook_id, status, attempts, last_error FROM outbox_messages WHERE topic = 'webhook.deliver'`,
        );
        return r.length === 6 && r.every((x) => x.status === 'DONE' || x.status === 'FAILED') ? r : null;
      },
      30_000,
      'six webhook deliveries to finish',
    );
    await new Promise((r) => setTimeout(r, 300));
    const by = Object.fromEntries(rows.map((r) => [hooks[r.webhook_id], { status: r.status, attempts: r.attempts, error: r.last_error }]));

    const redirected = (code: string) => ({
      status: 'FAILED',
      attempts: 2,
      error: `HTTP ${code}, redirect not followed (Location: http://127.0.0.1:${second.port}/second${code})`,
    });
    expect(by).toEqual({
      '/ok': { status: 'DONE', attempts: 1, error: null },
      '/pinned': { status: 'DONE', attempts: 1, error: null },
      // Forbidden at send: FAILED at once, no connection made.
      '/rebind': {
        status: 'FAILED',
        attempts: 1,
        error: expect.stringMatching(
          /^WEBHOOK_URL_FORBIDDEN: The webhook host oa\.rebind\.test \(resolves to 127\.0\.0\.1\) is not a public address \(loopback\)/,
        ),
      },
      '/removed': {
        status: 'FAILED',
        attempts: 1,
        error: expect.stringMatching(/^WEBHOOK_URL_FORBIDDEN: The webhook host localhost is not a public address \(loopback\)/),
      },
      // A redirect is a failed attempt (retried like any non-2xx), never followed.
      '/redirect302': redirected('302'),
      '/redirect307': redirected('307'),
    });
    expect(oa.hits.sort()).toEqual(['/ok', '/pinned', '/redirect302', '/redirect302', '/redirect307', '/redirect307']);
    expect(second.hits).toEqual([]);
  });
});

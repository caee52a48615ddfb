import { createTestApp, TestApp } from '../harness';
import { ResolvedAddress, WebhookResolver } from '@app/webhooks';

/**
 * Issue 12 point 8: a webhook cannot be pointed inside. Names resolve through a stand-in resolver
 * (the test's own "DNS"); IP forms need none. WEBHOOK_ALLOWED_HOSTS names one private IP and one
 * intranet name. Checked by breaking it: with `WebhooksService.create` not calling the policy,
 * every refusal below answered 201 (44 of 46 tests failed; the old `@IsUrl` DTO let
 * `http://0x7f000001/`, `http://[::1]/`, `localhost` and 169.254.169.254 through).
 */
const DNS: Record<string, string[]> = {
  'oa.example.cn': ['220.181.38.148'],
  'oa6.example.cn': ['2400:3200::1'],
  'internal.example.cn': ['10.0.0.5'],
  'metadata.example.cn': ['169.254.169.254'],
  'mixed.example.cn': ['220.181.38.148', '127.0.0.1'],
  'mapped.example.cn': ['::ffff:192.168.0.1'],
  'oa.intranet.test': ['10.20.30.40'],
};
class TestResolver extends WebhookResolver {
  override async resolve(host: string): Promise<ResolvedAddress[]> {
    const a = DNS[host];
    if (!a) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return a.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  }
}

describe('webhook URLs cannot reach the inside (registration)', () => {
  let t: TestApp;
  let leader: string;
  const count = async (sql: string) => Number((await t.ds.query(sql))[0].n);
  const hooks = () => count(`SELECT count(*)::int AS n FROM webhooks`);
  const audited = () => count(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'webhook.create'`);
  const register = (url: unknown) =>
    t
      .http()
      .post('/api/v1/webhooks')
      .set('authorization', `Bearer ${leader}`)
      .send({ url, events: ['delivery.created'] });

  beforeAll(async () => {
    t = await createTestApp({
      env: { WEBHOOK_ALLOWED_HOSTS: '10.1.2.3, OA.Intranet.Test' },
      override: (b) => b.overrideProvider(WebhookResolver).useValue(new TestResolver()),
    });
    leader = await t.login('jhzjj.leader');
  });
  afterAll(() => t?.close());

  it.each([
    ['http://127.0.0.1:5432', 'loopback'],
    ['http://localhost/hook', 'loopback'],
    ['http://LOCALHOST.:8080/hook', 'loopback'],
    ['http://oa.localhost/hook', 'loopback'],
    ['http://[::1]/hook', 'loopback'],
    ['http://[0:0:0:0:0:0:0:1]/hook', 'loopback'],
    ['http://0x7f000001/hook', 'loopback'],
    ['http://2130706433/hook', 'loopback'],
    ['http://127.1/hook', 'loopback'],
    ['http://0177.0.0.1/hook', 'loopback'],
    ['http://%31%32%37.0.0.1/hook', 'loopback'],
    ['http://[::ffff:127.0.0.1]/hook', 'loopback'],
    ['http://169.254.169.254/latest/meta-data/', 'link-local'],
    ['http://[::ffff:a9fe:a9fe]/latest/meta-data/', 'link-local'],
    ['http://[fe80::1]/hook', 'link-local'],
    ['http://10.0.0.8/hook', 'private'],
    ['http://10.1.2.4/hook', 'private'], // the allow-listed 10.1.2.3's neighbour
    ['http://172.16.5.4/hook', 'private'],
    ['http://172.31.255.255/hook', 'private'],
    ['http://192.168.1.10:8080/hook', 'private'],
    ['http://100.64.0.1/hook', 'carrier-grade NAT'],
    ['http://[fd12:3456::1]/hook', 'unique-local'],
    ['http://[fc00::1]/hook', 'unique-local'],
    ['http://0.0.0.0:3000/hook', 'unspecified'],
    ['http://0/hook', 'unspecified'],
    ['http://[::]/hook', 'unspecified'],
    ['http://224.0.0.1/hook', 'multicast'],
    ['http://[ff02::1]/hook', 'multicast'],
    ['http://255.255.255.255/hook', 'broadcast'],
    ['http://240.0.0.1/hook', 'reserved'],
    ['http://[64:ff9b::7f00:1]/hook', 'IPv4-embedded (NAT64/6to4/Teredo)'],
    ['http://[2002:7f00:1::]/hook', 'IPv4-embedded (NAT64/6to4/Teredo)'],
    ['https://internal.example.cn/hook', 'private'],
    ['https://metadata.example.cn/hook', 'link-local'],
    ['https://mixed.example.cn/hook', 'loopback'],
    ['https://mapped.example.cn/hook', 'private'],
  ])('refuses %s (%s) with 400 WEBHOOK_URL_FORBIDDEN, nothing written', async (url, kind) => {
    const [before, auditBefore] = [await hooks(), await audited()];
    const res = await register(url);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'WEBHOOK_URL_FORBIDDEN', details: { kind } });
    // The message says why, in Chinese (messages-zh.ts), naming the kind of address, never the generic fallback.
    expect(res.body.message).toMatch(/^回调地址指向\S+，不允许推送到内部网络/);
    expect(res.body.message).not.toContain('指向内部网络地址');
    expect([await hooks(), await audited()]).toEqual([before, auditBefore]);
  });

  it('says in Chinese which kind of address it refused', async () => {
    expect((await register('http://127.0.0.1/')).body.message).toContain('本机环回地址');
    expect((await register('http://169.254.169.254/')).body.message).toContain('云主机元数据');
    expect((await register('https://internal.example.cn/')).body.message).toContain('内网私有地址');
    expect((await register('ftp://oa.example.cn/')).body.message).toBe('回调地址只能使用 http 或 https 协议');
    expect((await register('http://a:b@oa.example.cn/')).body.message).toContain('不能包含用户名或密码');
  });

  it.each([
    ['ftp://oa.example.cn/hook', 'WEBHOOK_URL_INVALID'],
    ['file:///etc/passwd', 'WEBHOOK_URL_INVALID'],
    ['gopher://127.0.0.1:6379/_FLUSHALL', 'WEBHOOK_URL_INVALID'],
    ['http://admin:secret@oa.example.cn/hook', 'WEBHOOK_URL_INVALID'],
    ['//oa.example.cn/hook', 'WEBHOOK_URL_INVALID'],
    ['oa.example.cn/hook', 'WEBHOOK_URL_INVALID'],
    ['https://nowhere.example.cn/hook', 'WEBHOOK_URL_UNRESOLVABLE'],
  ])('refuses %s with 400 %s, nothing written', async (url, code) => {
    const before = await hooks();
    const res = await register(url);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(code);
    expect(await hooks()).toBe(before);
  });

  it('refuses a url that is not a string or is too long with 400 VALIDATION_FAILED', async () => {
    for (const url of [42, null, `https://oa.example.cn/${'x'.repeat(500)}`]) {
      const res = await register(url);
      expect({ url, status: res.status, code: res.body.code }).toEqual({ url, status: 400, code: 'VALIDATION_FAILED' });
    }
    expect(await hooks()).toBe(0);
  });

  it('accepts public hosts and the hosts an operator allow-listed, stored as the sender will read them', async () => {
    const before = await audited();
    const accepted: string[] = [];
    for (const [url, stored] of [
      ['https://oa.example.cn/hooks/sifa', 'https://oa.example.cn/hooks/sifa'],
      ['https://OA6.example.cn', 'https://oa6.example.cn/'],
      ['http://[2400:3200::1]:8443/h', 'http://[2400:3200::1]:8443/h'],
      ['http://10.1.2.3:8080/hook', 'http://10.1.2.3:8080/hook'], // allow-listed IP
      ['http://0x0a010203:8080/hex', 'http://10.1.2.3:8080/hex'], // the same host in another form
      ['http://oa.intranet.test/hook', 'http://oa.intranet.test/hook'], // allow-listed name that resolves to 10.20.30.40
    ]) {
      const res = await register(url);
      expect({ url, status: res.status }).toEqual({ url, status: 201 });
      expect(res.body.url).toBe(stored);
      accepted.push(stored);
    }
    const listed = await t.http().get('/api/v1/webhooks').set('authorization', `Bearer ${leader}`);
    expect(listed.body.map((h: { url: string }) => h.url)).toEqual(accepted);
    expect(await audited()).toBe(before + accepted.length);
  });
});

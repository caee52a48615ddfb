import { AppConfig, AppException, ConfigError, loadConfig } from '@app/core';
import { normaliseHost, pinnedLookup, ResolvedAddress, WebhookResolver, WebhookTargetPolicy } from './webhook-target';

/** A resolver that answers only for the names a test gives it. */
class FakeResolver extends WebhookResolver {
  readonly asked: string[] = [];
  constructor(private readonly answers: Record<string, string[]>) {
    super();
  }
  override async resolve(host: string): Promise<ResolvedAddress[]> {
    this.asked.push(host);
    const a = this.answers[host];
    if (!a) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return a.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  }
}

const policy = (answers: Record<string, string[]> = {}, allowed: string[] = []) => {
  const resolver = new FakeResolver(answers);
  return { resolver, p: new WebhookTargetPolicy({ webhookAllowedHosts: allowed } as unknown as AppConfig, resolver) };
};

async function refusal(promise: Promise<unknown>): Promise<{ code: string; status: number; details: unknown; message: string }> {
  const e = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppException);
  const ex = e as AppException;
  return { code: ex.code, status: ex.getStatus(), details: ex.details, message: ex.message };
}

// Checked by breaking it: with the `isIP` branch of `check` removed every literal below resolved "OK"
// through the fake resolver (it throws for them: UNRESOLVABLE, not FORBIDDEN) and these failed.
describe('WebhookTargetPolicy', () => {
  it.each([
    ['http://127.0.0.1:5432/', '127.0.0.1'],
    ['http://0x7f000001/', '127.0.0.1'],
    ['http://2130706433/', '127.0.0.1'],
    ['http://127.1/', '127.0.0.1'],
    ['http://0177.0.0.1/', '127.0.0.1'],
    ['http://%31%32%37.0.0.1/', '127.0.0.1'],
    ['http://①②⑦.0.0.1/', '127.0.0.1'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1'],
    ['http://[0:0:0:0:0:0:0:1]/', '::1'],
  ])('reads %s the way the sender does (host %s) and refuses it as loopback', async (url, host) => {
    const { p, resolver } = policy();
    const r = await refusal(p.check(url));
    expect(r).toMatchObject({ status: 400, code: 'WEBHOOK_URL_FORBIDDEN', details: { host, address: host, kind: 'loopback' } });
    expect(resolver.asked).toEqual([]);
  });

  it('refuses localhost names without asking DNS, and a name when any of its addresses is internal', async () => {
    const { p, resolver } = policy({ 'mixed.example.cn': ['220.181.38.148', '10.0.0.5'], 'v6.example.cn': ['2400:3200::1', 'fd00::1'] });
    for (const url of ['http://localhost/', 'http://LOCALHOST./x', 'http://oa.localhost:8080/']) {
      expect(await refusal(p.check(url))).toMatchObject({ code: 'WEBHOOK_URL_FORBIDDEN', details: { kind: 'loopback' } });
    }
    expect(resolver.asked).toEqual([]);
    const mixed = await refusal(p.check('https://mixed.example.cn/hook'));
    expect(mixed).toMatchObject({ code: 'WEBHOOK_URL_FORBIDDEN', details: { host: 'mixed.example.cn', address: '10.0.0.5', kind: 'private' } });
    expect(mixed.message).toContain('resolves to 10.0.0.5');
    expect(await refusal(p.check('https://v6.example.cn/'))).toMatchObject({ details: { address: 'fd00::1', kind: 'unique-local' } });
  });

  it('accepts a public host and hands back the checked addresses to pin', async () => {
    const { p } = policy({ 'oa.example.cn': ['220.181.38.148', '2400:3200::1'] });
    const t = await p.target('https://OA.Example.CN./hooks/sifa?x=1');
    expect(t).toMatchObject({ host: 'oa.example.cn', allowListed: false });
    expect(t.addresses).toEqual([
      { address: '220.181.38.148', family: 4 },
      { address: '2400:3200::1', family: 6 },
    ]);
    expect((await p.check('http://[2400:3200::1]:8443/h')).addresses).toEqual([]); // a literal: connected to as is
  });

  it.each([
    ['ftp://oa.example.cn/hook', 'http or https'],
    ['file:///etc/passwd', 'http or https'],
    ['gopher://127.0.0.1:6379/_FLUSHALL', 'http or https'],
    ['javascript:alert(1)', 'http or https'],
    ['http://user:secret@oa.example.cn/', 'user name or password'],
    ['http://user@oa.example.cn/', 'user name or password'],
    ['//oa.example.cn/hook', 'not an absolute URL'],
    ['not a url', 'not an absolute URL'],
    ['http://[fe80::1%25eth0]/', 'not an absolute URL'],
  ])('refuses %s as invalid (%s)', async (url, why) => {
    const r = await refusal(policy({ 'oa.example.cn': ['220.181.38.148'] }).p.check(url));
    expect(r).toMatchObject({ status: 400, code: 'WEBHOOK_URL_INVALID' });
    expect(r.message).toContain(why);
  });

  it('answers 400 WEBHOOK_URL_UNRESOLVABLE for a name that does not resolve', async () => {
    expect(await refusal(policy().p.check('https://nowhere.example.cn/'))).toMatchObject({
      status: 400,
      code: 'WEBHOOK_URL_UNRESOLVABLE',
      details: { host: 'nowhere.example.cn' },
    });
  });

  it('exempts exactly the hosts of WEBHOOK_ALLOWED_HOSTS, compared in normal form', async () => {
    const { p, resolver } = policy({ 'oa.intranet.test': ['10.20.30.40'] }, ['OA.Intranet.Test.', '0x0a010203', '[::1]']);
    expect(await p.check('http://oa.intranet.test:8080/hook')).toMatchObject({ allowListed: true, addresses: [] });
    expect(resolver.asked).toEqual([]); // registration does not ask DNS about an allow-listed name
    expect(await p.target('http://oa.intranet.test:8080/hook')).toMatchObject({ allowListed: true, addresses: [{ address: '10.20.30.40', family: 4 }] });
    expect((await p.check('http://10.1.2.3/')).allowListed).toBe(true);
    expect((await p.check('http://[0::1]:9/')).allowListed).toBe(true);
    // Exact match: neither a sub-domain nor a neighbour is exempt.
    expect(await refusal(p.check('http://10.1.2.4/'))).toMatchObject({ code: 'WEBHOOK_URL_FORBIDDEN' });
    expect(await refusal(p.check('http://127.0.0.1/'))).toMatchObject({ code: 'WEBHOOK_URL_FORBIDDEN' });
    expect(await refusal(p.check('http://x.oa.intranet.test/'))).toMatchObject({ code: 'WEBHOOK_URL_UNRESOLVABLE' });
  });

  it('normalises hosts like the URL parser', () => {
    expect(['[::1]', 'Oa.Example.CN.', '2130706433', '[0:0::ffff:127.0.0.1]', ' x.cn '].map(normaliseHost)).toEqual([
      '::1',
      'oa.example.cn',
      '127.0.0.1',
      '::ffff:7f00:1',
      'x.cn',
    ]);
  });
});

describe('WEBHOOK_ALLOWED_HOSTS', () => {
  const env = { APP_ENV: 'test' };
  it('is a comma-separated list, lower-cased, empty by default', () => {
    expect(loadConfig(env).webhookAllowedHosts).toEqual([]);
    expect(loadConfig({ ...env, WEBHOOK_ALLOWED_HOSTS: ' OA.intranet.test, 10.1.2.3 ,,::1' }).webhookAllowedHosts).toEqual([
      'oa.intranet.test',
      '10.1.2.3',
      '::1',
    ]);
  });
  it.each(['http://oa.test', 'oa.test:8080', 'oa.test/hook', 'u@oa.test', '[::1]:80'])('refuses %s (a URL, port or path, not a host)', (bad) => {
    expect(() => loadConfig({ ...env, WEBHOOK_ALLOWED_HOSTS: `ok.test,${bad}` })).toThrow(ConfigError);
  });
});

describe('pinnedLookup', () => {
  const addresses: ResolvedAddress[] = [
    { address: '220.181.38.148', family: 4 },
    { address: '2400:3200::1', family: 6 },
  ];
  const call = (options: object) =>
    new Promise<unknown[]>((resolve) => pinnedLookup(addresses)('oa.example.cn', options as never, (...args: unknown[]) => resolve(args)));

  it('answers only the checked addresses, whatever the name asked', async () => {
    expect(await call({ all: true })).toEqual([null, addresses]);
    expect(await call({})).toEqual([null, '220.181.38.148', 4]);
    expect(await call({ family: 6 })).toEqual([null, '2400:3200::1', 6]);
    expect(await call({ family: 4, all: true })).toEqual([null, [addresses[0]]]);
  });
  it('fails when no checked address has the family asked for', async () => {
    const [err] = await new Promise<unknown[]>((resolve) =>
      pinnedLookup([addresses[0]])('oa.example.cn', { family: 6 } as never, (...args: unknown[]) => resolve(args)),
    );
    expect(err).toMatchObject({ code: 'ENOTFOUND' });
  });
});

import { connectNoDelay, smtpPoolOptions } from './mail-transport';
import { senderDomain } from './message-id';
import { GroupResult, GroupRunner, RatePacer, Semaphore } from './send-pacing';

describe('SMTP settings', () => {
  it('builds a pooled transport from SMTP_URL, connecting with Nagle off', () => {
    expect(smtpPoolOptions('smtps://mailer:p%40ss@smtp.court.gov.cn')).toMatchObject({
      pool: true,
      host: 'smtp.court.gov.cn',
      port: 465,
      secure: true,
      auth: { user: 'mailer', pass: 'p@ss' },
      maxConnections: 5,
      getSocket: connectNoDelay,
    });
    const plain = smtpPoolOptions('smtp://127.0.0.1:1025?ignoreTLS=true');
    expect(plain).toMatchObject({ host: '127.0.0.1', port: 1025, secure: false, ignoreTLS: true, auth: undefined });
    // The rate limit is the transport's pacer, not nodemailer's (which lets a trickle through unmetered).
    expect(plain).not.toHaveProperty('rateLimit');
  });

  it('takes the Message-ID domain from MAIL_FROM', () => {
    expect(senderDomain('司法建议一件事 <noreply@Court.gov.cn>')).toBe('court.gov.cn');
    expect(senderDomain('noreply@sifa.local')).toBe('sifa.local');
  });
});

describe('send pacing', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('spaces sends evenly at the configured rate, without banking idle time for a burst', async () => {
    const pacer = new RatePacer(10);
    const start = performance.now();
    const at: number[] = [];
    const take = (n: number) => Array.from({ length: n }, () => pacer.turn().then(() => at.push(Math.round(performance.now() - start))));
    const first = take(5);
    await jest.advanceTimersByTimeAsync(1000);
    await Promise.all(first);
    expect(at).toEqual([0, 100, 200, 300, 400]);

    at.length = 0;
    await jest.advanceTimersByTimeAsync(5000); // idle for 5 s: the next ones are still 100 ms apart
    const t0 = Math.round(performance.now() - start);
    const second = take(3);
    await jest.advanceTimersByTimeAsync(1000);
    await Promise.all(second);
    expect(at).toEqual([t0, t0 + 100, t0 + 200]);
  });

  it('does not wait when the rate is unlimited', async () => {
    const pacer = new RatePacer(0);
    let done = 0;
    await Promise.all(Array.from({ length: 100 }, () => pacer.turn().then(() => done++)));
    expect(done).toBe(100);
  });

  it('lets at most `size` callers run at once, the others in order', async () => {
    jest.useRealTimers();
    const gate = new Semaphore(2);
    let active = 0;
    let peak = 0;
    const order: number[] = [];
    const release: (() => void)[] = [];
    const runs = [0, 1, 2, 3].map((i) =>
      gate.run(async () => {
        active++;
        peak = Math.max(peak, active);
        order.push(i);
        await new Promise<void>((r) => release.push(r));
        active--;
      }),
    );
    for (let i = 0; i < 4; i++) {
      await new Promise((r) => setImmediate(r));
      release.shift()!();
    }
    await Promise.all(runs);
    expect(peak).toBe(2);
    expect(order).toEqual([0, 1, 2, 3]);
  });

  it('runs waiting items in bounded groups, never one item twice in a group, each with its own result', async () => {
    jest.useRealTimers();
    const started: string[][] = [];
    const release: (() => void)[] = [];
    let active = 0;
    let peak = 0;
    const runner = new GroupRunner<string, string>(2, 3, async (items) => {
      started.push(items);
      active++;
      peak = Math.max(peak, active);
      await new Promise<void>((r) => release.push(r));
      active--;
      if (items.includes('boom')) throw new Error('database down');
      return items.map((x): GroupResult<string> => (x.startsWith('bad') ? { ok: false, error: new Error(`no ${x}`) } : { ok: true, value: x.toUpperCase() }));
    });
    const submitted = ['a', 'b', 'c', 'c', 'd', 'bad1', 'c', 'boom', 'e'];
    const outcomes = submitted.map((x) =>
      runner.submit(x).then(
        (v) => `ok ${v}`,
        (e: Error) => `error ${e.message}`,
      ),
    );
    for (let i = 0; i < 10; i++) {
      await new Promise((r) => setImmediate(r));
      release.shift()?.();
    }
    // a and b start groups of their own at once; the rest wait and go three at a time, repeats held back
    expect(started).toEqual([['a'], ['b'], ['c', 'd', 'bad1'], ['c', 'boom', 'e'], ['c']]);
    expect(peak).toBe(2);
    expect(await Promise.all(outcomes)).toEqual([
      'ok A',
      'ok B',
      'ok C',
      'error database down', // the second c went with boom's group
      'ok D',
      'error no bad1',
      'ok C',
      'error database down',
      'error database down',
    ]);
  });
});

import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createTestDatabase, deleteRedisKeys } from '@app/testing';
import { DEMO_USERS } from '../../scripts/seed/demo-directory.data';

const root = path.resolve(__dirname, '../..');
const demoScript = path.join(root, 'dist/scripts/demo.js');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function poll<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what} did not happen within ${timeoutMs} ms${last ? `: ${String(last)}` : ''}`);
}

/**
 * `npm run demo` as a new user runs it (the built `dist/scripts/demo.js`, which `npm test` builds
 * first): migrate, seed, start api + worker + the mail catcher, print the URL and the logins.
 */
describe('npm run demo', () => {
  let child: ChildProcess;
  let stdout = '';
  let base: string;
  let ports: number[] = [];
  let drop: () => Promise<void>;
  let dbUrl: string;
  const prefix = `demo-test-${process.pid}`;
  const storage = mkdtempSync(path.join(tmpdir(), 'sifa-demo-'));

  beforeAll(async () => {
    if (!existsSync(demoScript)) throw new Error(`${demoScript} is missing: run npm run build:server first (npm test does)`);
    const db = await createTestDatabase();
    drop = db.drop;
    dbUrl = db.url;
    const port = await freePort();
    const catcherPort = await freePort();
    ports = [port, catcherPort];
    base = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [demoScript], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        DATABASE_URL: db.url,
        REDIS_URL,
        REDIS_PREFIX: prefix,
        PORT: String(port),
        APP_URL: base,
        SMTP_CATCHER_PORT: String(catcherPort),
        STORAGE_DIR: storage,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.resume();
    await poll('the demo banner', 90000, async () => (stdout.includes('Press Ctrl-C to stop.') ? true : undefined));
  }, 120000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    await deleteRedisKeys(REDIS_URL, `${prefix}*`);
    await drop?.();
    rmSync(storage, { recursive: true, force: true });
  }, 30000);

  it('prints the web address, the mail catcher and every demo login with the password', () => {
    expect(stdout).toContain(`Web:      ${base}`);
    expect(stdout).toMatch(/built-in SMTP catcher \(smtp:\/\/127\.0\.0\.1:\d+\)/);
    expect(stdout).toContain('password for all: Sifa@2026demo');
    for (const u of DEMO_USERS) expect(stdout).toContain(u.username);
    expect(stdout).toMatch(/\d+ letters in every state/);
  });

  it('answers /health and serves the web app', async () => {
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
  });

  it('lets every demo user log in with the printed password', async () => {
    for (const u of DEMO_USERS) {
      const res = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: u.username, password: 'Sifa@2026demo' }),
      });
      expect({ user: u.username, status: res.status }).toEqual({ user: u.username, status: 200 });
      const { accessToken } = (await res.json()) as { accessToken: string };
      const me = await fetch(`${base}/api/v1/me`, { headers: { authorization: `Bearer ${accessToken}` } });
      expect(((await me.json()) as { username: string }).username).toBe(u.username);
    }
  });

  it('sends the delivery notices of the seeded letters over SMTP to the catcher, readable by admin', async () => {
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'Sifa@2026demo' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const mails = await poll('a caught delivery notice', 45000, async () => {
      const res = await fetch(`${base}/api/v1/dev/mails`, { headers: { authorization: `Bearer ${accessToken}` } });
      const body = (await res.json()) as { items?: { subject: string }[] };
      return body.items?.length ? body.items : undefined;
    });
    expect(mails.some((m) => /【司法建议】.*法建〔\d{4}〕\d+号/.test(m.subject))).toBe(true);
  });

  // Checked with the scan loading its config the old way (exit 78 "JWT_SECRET is required") and with
  // the demo's key file ignored (the scan's audit row is written under another key: verify fails).
  it('runs npm run reminders:scan beside the demo with no settings of its own, and the audit trail still verifies', async () => {
    const scan = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const c = spawn(process.execPath, [path.join(root, 'dist/scripts/reminders-scan.js')], {
        cwd: root,
        env: { PATH: process.env.PATH ?? '', DATABASE_URL: dbUrl, REDIS_URL, REDIS_PREFIX: prefix, STORAGE_DIR: storage },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      c.stdout!.on('data', (d) => (out += d));
      c.stderr!.on('data', (d) => (out += d));
      c.on('exit', (code) => resolve({ code, out }));
    });
    expect(scan.out).toMatch(/scan as of .* deliveries due, \d+ new reminders/);
    expect(scan.code).toBe(0);

    const token = (
      (await (
        await fetch(`${base}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'admin', password: 'Sifa@2026demo' }),
        })
      ).json()) as { accessToken: string }
    ).accessToken;
    const verify = (await (await fetch(`${base}/api/v1/audit/verify`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
      valid: boolean;
      problems: unknown[];
    };
    expect(verify.problems).toEqual([]);
    expect(verify.valid).toBe(true);
  }, 60000);

  // README "Runtime": the api as the image runs it. Checked by starting the api without the flags: fails.
  it('starts the api with the heap and allocator settings of the image, the worker without the old-space cap', () => {
    const pids = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/);
    const started = pids.map((pid) => ({
      argv: readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).slice(1),
      malloc: readFileSync(`/proc/${pid}/environ`, 'utf8')
        .split('\0')
        .find((e) => e.startsWith('MALLOC_MMAP_THRESHOLD_=')),
    }));
    expect(started).toEqual([
      {
        argv: ['--max-semi-space-size=16', '--max-old-space-size=256', path.join(root, 'dist/apps/api/src/main.js')],
        malloc: 'MALLOC_MMAP_THRESHOLD_=4194304',
      },
      { argv: ['--max-semi-space-size=16', path.join(root, 'dist/apps/worker/src/main.js')], malloc: 'MALLOC_MMAP_THRESHOLD_=4194304' },
    ]);
  });

  // Checked by setting LOG_LEVEL back to info in demo.ts (request lines follow the banner) and by
  // making stop() exit at once without waiting for the children (the api port stays taken).
  it('keeps the banner the last thing on screen, and Ctrl-C leaves nothing listening', async () => {
    const banner = stdout.lastIndexOf('Press Ctrl-C to stop.');
    expect(
      stdout
        .slice(banner)
        .split('\n')
        .filter((l) => l.includes('"level"')),
    ).toEqual([]);

    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    for (const port of ports) {
      const free = await new Promise<boolean>((resolve) => {
        const s = createServer();
        s.once('error', () => resolve(false));
        s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
      });
      expect({ port, free }).toEqual({ port, free: true });
    }
  }, 30000);
});

import { spawn } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** Starts an entry point the way an operator would (source via ts-node) and collects its exit. */
function start(entry: string, env: Record<string, string>, timeoutMs = 45000): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', entry], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', TS_NODE_PROJECT: 'tsconfig.json', LOG_LEVEL: 'silent', ...env },
    });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (d) => (stdout += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${entry} did not exit within ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, stdout });
    });
  });
}

describe('start-up refuses a bad configuration and says which variable', () => {
  const api = 'apps/api/src/main.ts';
  const worker = 'apps/worker/src/main.ts';

  it('stops the api when JWT_SECRET is missing outside demo/test', async () => {
    const r = await start(api, { APP_ENV: 'production', PORT: '0' });
    expect(r.code).toBe(78);
    expect(r.stderr).toMatch(/JWT_SECRET is required/);
  });

  it('stops the api on a malformed DATABASE_URL', async () => {
    const r = await start(api, { APP_ENV: 'production', JWT_SECRET: 'x'.repeat(40), DATABASE_URL: 'postgres//nowhere', PORT: '0' });
    expect(r.code).toBe(78);
    expect(r.stderr).toMatch(/DATABASE_URL is not a valid URL/);
  });

  it('stops the worker when DATABASE_URL points at no database server', async () => {
    const r = await start(worker, { APP_ENV: 'test', DATABASE_URL: 'postgres://postgres@127.0.0.1:1/sifa_jianyi_test_nowhere' });
    expect(r.code).toBe(78);
    expect(r.stderr).toMatch(/DATABASE_URL: cannot use the database at 127\.0\.0\.1:1\/sifa_jianyi_test_nowhere/);
  });
});

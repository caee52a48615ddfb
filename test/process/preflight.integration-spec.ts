import { execFile } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** Runs `scripts/preflight.mjs` (what `npm test` and `npm run demo` run first) with the given environment. */
function preflight(env: Record<string, string>, args: string[] = [], nodeArgs: string[] = []): Promise<{ code: number; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...nodeArgs, path.join(root, 'scripts/preflight.mjs'), ...args],
      { env: { PATH: process.env.PATH ?? '', ...env } },
      (err, _stdout, stderr) => {
        resolve({ code: err ? Number(err.code ?? 1) : 0, stderr, ms: Date.now() - started });
      },
    );
  });
}

// Checked by pointing each variable at nothing: each missing piece is named, and a machine with all of
// them passes (the suite itself runs on such a machine).
describe('npm test names what the machine lacks before it builds anything', () => {
  it('passes on this machine, which has PostgreSQL, Redis, Chromium, a CJK font and poppler-utils', async () => {
    const r = await preflight({});
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('names PostgreSQL, Redis and Chromium together, at once, and fails', async () => {
    const r = await preflight({
      TEST_DATABASE_URL: 'postgres://postgres@127.0.0.1:1/sifa_jianyi_test',
      REDIS_URL: 'redis://127.0.0.1:2',
      CHROMIUM_PATH: '/nonexistent/chromium',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/npm test needs what is missing/);
    expect(r.stderr).toMatch(/PostgreSQL at 127\.0\.0\.1:1 .*apt-get install -y postgresql/);
    expect(r.stderr).toMatch(/Redis at 127\.0\.0\.1:2 .*apt-get install -y redis-server/);
    expect(r.stderr).toMatch(/Chromium at \/nonexistent\/chromium .*apt-get install -y chromium/);
    expect(r.ms).toBeLessThan(10_000);
  });

  it('refuses a port where something else than PostgreSQL answers', async () => {
    // Redis listens on 6379 and answers the PostgreSQL probe with an error line, not 'S' or 'N'.
    const r = await preflight({ TEST_DATABASE_URL: 'postgres://postgres@127.0.0.1:6379/sifa_jianyi_test' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/PostgreSQL at 127\.0\.0\.1:6379/);
  });

  it('under a Node older than 24 stops at once with one message naming the version needed', async () => {
    // The process reports itself as Node 20 (what these machines ship); services are pointed at nothing
    // to show that nothing else is checked. Failed, as it should, while the check still collected problems.
    const asNode20 = `data:text/javascript,Object.defineProperty(process,'versions',{value:{...process.versions,node:'20.20.2'}})`;
    const r = await preflight({ TEST_DATABASE_URL: 'postgres://postgres@127.0.0.1:1/x', REDIS_URL: 'redis://127.0.0.1:2' }, [], ['--import', asNode20]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Node 24 is needed; this is 20\.20\.2\. /)]);
    expect(r.ms).toBeLessThan(5_000);
  });

  it('for the demo, checks the services but not the browser', async () => {
    const r = await preflight({ CHROMIUM_PATH: '/nonexistent/chromium', DATABASE_URL: 'postgres://postgres@127.0.0.1:1/sifa_jianyi' }, ['--for', 'demo']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/npm run demo needs/);
    expect(r.stderr).toMatch(/PostgreSQL at 127\.0\.0\.1:1/);
    expect(r.stderr).not.toMatch(/Chromium/);
  });
});

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { createTestApp, TestApp } from '../harness';

const root = path.resolve(__dirname, '../..');
const script = path.join(root, 'dist/scripts/admin-create.js');

/** Runs the built `npm run admin:create` as an operator would, in production mode, with `stdin` piped in (or none). */
function adminCreate(app: TestApp, args: string[], stdin: string | null): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        APP_ENV: 'production',
        DATABASE_URL: app.config.databaseUrl,
        AUDIT_HMAC_KEY: app.config.auditHmacKey,
        AUDIT_SIGNING_KEY: app.config.auditSigningKey,
        LOG_LEVEL: 'silent',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
    if (stdin !== null) child.stdin.write(stdin);
    child.stdin.end();
  });
}

const login = (app: TestApp, username: string, password: string) => app.http().post('/api/v1/auth/login').send({ username, password });

// A new deployment: migrated, no organization and no user at all (seed: false). Checked by making the
// script skip the user insert (login 401) and by dropping the production-mode run's JWT exemption
// (exit 78 "JWT_SECRET is required").
describe('npm run admin:create on an empty production database', () => {
  let app: TestApp;

  beforeAll(async () => {
    if (!existsSync(script)) throw new Error(`${script} is missing: run npm run build:server first (npm test does)`);
    app = await createTestApp({ seed: false });
  });
  afterAll(() => app?.close());

  it('starts with nobody who can log in', async () => {
    expect(await app.ds.query(`SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM organizations) AS orgs`)).toEqual([
      { users: 0, orgs: 0 },
    ]);
  });

  it('creates the first administrator with a piped password, who then logs in and manages the directory', async () => {
    const r = await adminCreate(app, ['--username', 'Root.Admin', '--email', 'ops@court.example'], 'Very-long-secret-42\n');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('created system administrator "root.admin" in 司法建议平台运维中心');
    expect(r.stdout).not.toContain('Very-long-secret-42');

    const res = await login(app, 'root.admin', 'Very-long-secret-42');
    expect(res.status).toBe(200);
    expect(res.body.user.roles).toEqual(['SYS_ADMIN']);
    const orgs = await app.http().get('/api/v1/organizations').set('authorization', `Bearer ${res.body.accessToken}`);
    expect(orgs.status).toBe(200);
    expect(orgs.body.items.map((o: { name: string }) => o.name)).toEqual(['司法建议平台运维中心']);

    const audit = await app.ds.query(`SELECT action FROM audit_events WHERE action IN ('organization.create', 'user.create') ORDER BY id`);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['organization.create', 'user.create']);
  });

  it('without a piped password generates one and prints it once; it works', async () => {
    const r = await adminCreate(app, ['--username', 'second.admin'], null);
    expect(r.code).toBe(0);
    const password = /password \(shown once[^)]*\): (\S+)/.exec(r.stdout)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect((await login(app, 'second.admin', password!)).status).toBe(200);
  });

  it('refuses an existing username, a short password and a missing username, changing nothing', async () => {
    const before = await app.ds.query(`SELECT count(*)::int AS n FROM users`);
    const dup = await adminCreate(app, ['--username', 'ROOT.admin'], 'Another-long-secret\n');
    expect(dup.code).toBe(78);
    expect(dup.stderr).toContain('a user named "root.admin" already exists');
    const short = await adminCreate(app, ['--username', 'third'], 'short\n');
    expect(short.code).toBe(78);
    expect(short.stderr).toContain('at least 10 characters');
    const none = await adminCreate(app, [], null);
    expect(none.code).toBe(78);
    expect(none.stderr).toContain('--username is required');
    expect(await app.ds.query(`SELECT count(*)::int AS n FROM users`)).toEqual(before);
    expect((await login(app, 'root.admin', 'Very-long-secret-42')).status).toBe(200);
  });
});

import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { loadOrCreateDemoAuditKeys } from '@app/audit';
import { ConfigError, loadConfig, runMigrations } from '@app/core';
import { MailCatcher, startMailCatcher } from '@app/notifications';
import { SCHEMA } from '@app/schema';
import { openCliContext } from './cli-context';
import { API_NODE_OPTIONS, MALLOC_ENV, WORKER_NODE_OPTIONS } from './runtime-memory';
import { demoAuditKeysFile } from './operator-env';
import { DEMO_USERS } from './seed/demo-directory.data';
import { seedDemo } from './seed/seed-demo';

/**
 * `npm run demo`: migrate, seed, start the api and the worker, print where to go and who to be.
 * Runs until Ctrl-C, then stops both children.
 */
async function main(): Promise<void> {
  const env: Record<string, string | undefined> = { ...process.env, APP_ENV: process.env.APP_ENV ?? 'demo' };
  env.JWT_SECRET ??= randomBytes(32).toString('hex'); // one secret shared by every process of this run
  // The audit keys outlive a run (the trail must still verify after a restart): kept in the storage directory.
  const auditKeys = loadOrCreateDemoAuditKeys(demoAuditKeysFile(env));
  env.AUDIT_HMAC_KEY ??= auditKeys.AUDIT_HMAC_KEY;
  env.AUDIT_SIGNING_KEY ??= auditKeys.AUDIT_SIGNING_KEY;
  // Migrating an older demo database re-chains its audit rows under the key, read from process.env.
  Object.assign(process.env, { AUDIT_HMAC_KEY: env.AUDIT_HMAC_KEY, AUDIT_SIGNING_KEY: env.AUDIT_SIGNING_KEY });
  // The banner with the address and the logins stays the last thing on screen: no line per request.
  env.LOG_LEVEL ??= 'warn';
  const config = loadConfig(env);

  console.log('» migrating…');
  await runMigrations(config, SCHEMA);
  console.log('» seeding demo data…');
  const ctx = await openCliContext(env);
  try {
    console.log(`  ${await seedDemo(ctx.ds, ctx.audit, ctx.config)}`);
  } finally {
    await ctx.close();
  }

  // No SMTP server given: run the built-in catcher; caught mail is read at /api/v1/dev/mails (SYS_ADMIN).
  let catcher: MailCatcher | null = null;
  if (!env.SMTP_URL) {
    catcher = await startMailCatcher({ databaseUrl: config.databaseUrl, port: Number(env.SMTP_CATCHER_PORT ?? 1025) });
    env.SMTP_URL = catcher.url;
    console.log(`» SMTP_URL not set: built-in mail catcher listening on ${catcher.url}`);
  }

  const root = path.resolve(__dirname, '..');
  const children: ChildProcess[] = [];
  // The heap and allocator settings the image gives the api and the worker (README "Runtime").
  for (const [k, v] of Object.entries(MALLOC_ENV)) env[k] ??= v;
  const start = (name: string, file: string, nodeOptions: string[]) => {
    const child = spawn(process.execPath, [...nodeOptions, path.join(root, file)], { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code, signal) => {
      if (!stopping) {
        console.error(`${name} exited (${signal ?? code}); stopping the demo`);
        stop(1);
      }
    });
    children.push(child);
  };
  let stopping = false;
  /** Ctrl-C: stop the api, the worker and the catcher, and leave nothing listening. */
  const stop = (code = 0) => {
    if (stopping) return;
    stopping = true;
    const exited = children.map((c) => (c.exitCode !== null || c.signalCode !== null ? Promise.resolve() : new Promise((r) => c.once('exit', r))));
    for (const c of children) c.kill('SIGTERM');
    const force = setTimeout(() => children.forEach((c) => c.kill('SIGKILL')), 8000);
    void Promise.all(exited)
      .then(() => catcher?.close())
      .catch(() => undefined)
      .finally(() => {
        clearTimeout(force);
        process.exit(code);
      });
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));

  start('api', 'apps/api/src/main.js', API_NODE_OPTIONS);
  start('worker', 'apps/worker/src/main.js', WORKER_NODE_OPTIONS);

  const url = `http://localhost:${config.port}`;
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const pad = Math.max(...DEMO_USERS.map((u) => u.username.length));
  console.log(`
════════════════════════════════════════════════════════════
 司法建议“一件事” demo is running
   Web:      ${config.appUrl}
   API docs: ${config.appUrl}/api/docs
   Health:   ${config.appUrl}/health/ready
   Mail:     ${catcher ? `caught by the built-in SMTP catcher (${catcher.url}): GET ${config.appUrl}/api/v1/dev/mails as admin` : `sent to ${env.SMTP_URL}`}
 Demo logins (password for all: ${config.demoPassword}):
${DEMO_USERS.map((u) => `   ${u.username.padEnd(pad)}  ${u.roles.join(',').padEnd(14)} ${u.displayName}`).join('\n')}
 Press Ctrl-C to stop.
════════════════════════════════════════════════════════════`);
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});

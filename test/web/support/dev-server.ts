/**
 * A throw-away api + built web app on a cloned test database with the demo letters, for looking at
 * the UI by hand: `TEST_DATABASE_URL=… npx ts-node -r tsconfig-paths/register test/web/support/dev-server.ts`.
 * Prints the URL and keeps running until killed. Not a test.
 */
import 'reflect-metadata';
import * as fs from 'node:fs';
import { AuditService } from '@app/audit';
import { loadConfig, runMigrations } from '@app/core';
import { SCHEMA } from '@app/schema';
import { prepareTemplate } from '@app/testing';
import { createTestApp } from '../../harness';
import { seedProvisionalCalendars } from '../../../scripts/seed/demo-calendars';
import { seedDemoLetters } from '../../../scripts/seed/demo-letters';

async function main(): Promise<void> {
  process.env.APP_ENV = 'test';
  process.env.LOG_LEVEL ??= 'silent';
  if (!process.env.SKIP_TEMPLATE) {
    await prepareTemplate(async (url) => {
      await runMigrations(loadConfig({ APP_ENV: 'test', DATABASE_URL: url }), SCHEMA, url);
    });
  }
  const t = await createTestApp({ listen: true });
  await seedProvisionalCalendars(t.ds, t.app.get(AuditService));
  console.log(await seedDemoLetters(t.ds, t.app.get(AuditService), t.config).catch((e) => `demo letters failed: ${e}`));
  const res = await t.http().get('/api/docs-json');
  fs.writeFileSync('/tmp/openapi-g.json', JSON.stringify(res.body, null, 2));
  fs.writeFileSync('/tmp/dev-server-g.url', t.url);
  console.log(`dev server at ${t.url} (demo password ${t.config.demoPassword}, test password for seeded users)`);
  const stop = async () => {
    await t.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

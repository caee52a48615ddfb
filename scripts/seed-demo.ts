import { ConfigError } from '@app/core';
import { openCliContext } from './cli-context';
import { seedDemo } from './seed/seed-demo';

/** `npm run seed:demo`: idempotent demo data (directory, users, letters in every state). */
async function main(): Promise<void> {
  const ctx = await openCliContext({ APP_ENV: 'demo', ...process.env });
  try {
    const summary = await seedDemo(ctx.ds, ctx.audit, ctx.config);
    console.log(summary);
  } finally {
    await ctx.close();
  }
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});

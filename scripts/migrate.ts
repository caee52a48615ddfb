import 'reflect-metadata';
import { ConfigError, databaseName, loadConfig, runMigrations } from '@app/core';
import { SCHEMA } from '@app/schema';

/** `npm run migration:run`: creates the database if needed, applies pending migrations once. */
async function main(): Promise<void> {
  const config = loadConfig();
  const applied = await runMigrations(config, SCHEMA);
  console.log(
    applied.length
      ? `applied ${applied.length} migration(s) to ${databaseName(config.databaseUrl)}: ${applied.join(', ')}`
      : `database ${databaseName(config.databaseUrl)} is up to date`,
  );
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : `migration failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});

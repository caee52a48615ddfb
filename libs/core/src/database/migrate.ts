import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { AdvisoryLockKey, withAdvisoryLock } from './advisory-lock';
import { dataSourceOptions, SchemaLists } from './data-source-options';
import { ensureDatabase } from './ensure-database';

/**
 * Creates the database if needed and runs pending migrations under a Postgres advisory lock,
 * so N processes deploying at once apply each migration exactly once. Returns applied names.
 */
export async function runMigrations(config: AppConfig, schema: SchemaLists, url = config.databaseUrl): Promise<string[]> {
  await ensureDatabase(url);
  const ds = new DataSource(dataSourceOptions({ ...config, databasePoolSize: 2 }, schema, url));
  await ds.initialize();
  try {
    return await withAdvisoryLock(ds, AdvisoryLockKey.MIGRATIONS, async () => {
      const applied = await ds.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    });
  } finally {
    await ds.destroy();
  }
}

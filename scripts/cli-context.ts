import 'reflect-metadata';
import { AuditService } from '@app/audit';
import { AppConfig, dataSourceOptions, FixedClock, SystemClock } from '@app/core';
import { SCHEMA } from '@app/schema';
import { DataSource } from 'typeorm';
import { loadOperatorConfig } from './operator-env';

/** A plain (non-Nest) context for command-line scripts: config, data source, audit. */
export async function openCliContext(
  env: Record<string, string | undefined> = process.env,
): Promise<{ config: AppConfig; ds: DataSource; audit: AuditService; close: () => Promise<void> }> {
  const config = loadOperatorConfig(env);
  const ds = new DataSource(dataSourceOptions({ ...config, databasePoolSize: 4 }, SCHEMA));
  await ds.initialize();
  const clock = env.AS_OF ? new FixedClock(new Date(env.AS_OF)) : new SystemClock();
  return { config, ds, audit: new AuditService(ds, clock, config), close: () => ds.destroy() };
}

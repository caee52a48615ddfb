import 'tsconfig-paths/register';
import 'reflect-metadata';
import { loadConfig, runMigrations } from '@app/core';
import { SCHEMA } from '@app/schema';
import { prepareTemplate } from '@app/testing';

/** Builds the migrated template database once per run; each test file clones it. */
export default async function globalSetup(): Promise<void> {
  await prepareTemplate(async (url) => {
    await runMigrations(loadConfig({ APP_ENV: 'test', DATABASE_URL: url }), SCHEMA, url);
  });
}

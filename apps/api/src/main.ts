import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ConfigError, loadConfig, preflightDatabase, runMigrations } from '@app/core';
import { SCHEMA } from '@app/schema';
import { ApiModule } from './api.module';
import { configureApp, createFastifyAdapter } from './app.setup';

/**
 * The api: validates configuration, makes sure the database exists and is migrated (under an
 * advisory lock, so N replicas starting together migrate once; DB_SKIP_MIGRATIONS=true skips it),
 * then serves HTTP.
 */
async function bootstrap(): Promise<void> {
  const config = loadConfig();
  await preflightDatabase(config.databaseUrl);
  if (!config.dbSkipMigrations) await runMigrations(config, SCHEMA);
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule, createFastifyAdapter(config.trustProxy), { bufferLogs: true, abortOnError: false });
  await configureApp(app);
  await app.listen({ port: config.port, host: config.host });
}

bootstrap().catch((e) => {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(78); // EX_CONFIG
  }
  console.error('api failed to start:', e instanceof Error ? e.message : e);
  process.exit(1);
});

import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigError, loadConfig, preflightDatabase } from '@app/core';
import { WorkerModule } from './worker.module';

/** The worker is a Nest application context: processors and schedulers, no HTTP server. */
async function bootstrap(): Promise<void> {
  const config = loadConfig();
  await preflightDatabase(config.databaseUrl, false);
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.get(Logger).log('worker started');
}

bootstrap().catch((e) => {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(78);
  }
  console.error('worker failed to start:', e instanceof Error ? e.message : e);
  process.exit(1);
});

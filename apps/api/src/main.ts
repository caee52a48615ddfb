import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, APP_CONFIG, ConfigError, loadConfig } from '@app/core';
import { ApiModule } from './api.module';
import { configureApp, createFastifyAdapter } from './app.setup';

async function bootstrap(): Promise<void> {
  try {
    loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(78); // EX_CONFIG
    }
    throw e;
  }
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule, createFastifyAdapter(), { bufferLogs: true, abortOnError: false });
  await configureApp(app);
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen({ port: config.port, host: process.env.HOST ?? '0.0.0.0' });
}

bootstrap().catch((e) => {
  console.error('api failed to start:', e instanceof Error ? e.message : e);
  process.exit(1);
});

import { randomBytes } from 'node:crypto';
import { ModuleMetadata } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test, TestingModuleBuilder } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuditService } from '@app/audit';
import { AppConfig, APP_CONFIG, Clock, FixedClock, loadConfig } from '@app/core';
import { ApiModule } from '../../apps/api/src/api.module';
import { configureApp, createFastifyAdapter } from '../../apps/api/src/app.setup';
import { SeededDirectory, seedDirectory } from '../../scripts/seed/seed-directory';
import { createTestDatabase } from '@app/testing';

export const TEST_PASSWORD = 'Test@password-2026';

export interface TestApp {
  app: NestFastifyApplication;
  ds: DataSource;
  config: AppConfig;
  clock: FixedClock;
  http: () => ReturnType<typeof request>;
  dir: SeededDirectory;
  /** Base URL when started with `listen: true`. */
  url: string;
  /** Logs a seeded user in and returns their access token. */
  login: (username: string, password?: string) => Promise<string>;
  close: () => Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  now?: Date;
  seed?: boolean;
  override?: (b: TestingModuleBuilder) => TestingModuleBuilder;
  extraImports?: ModuleMetadata['imports'];
  /** Listen on a real port (browser tests); the base URL is returned as `url`. */
  listen?: boolean;
  /** The address to listen on (default 127.0.0.1), e.g. a non-loopback address of this machine. */
  host?: string;
  /** Reach the test database another way (e.g. through a proxy the test controls). */
  databaseUrl?: (url: string) => string;
}

/**
 * The api exactly as it ships (same module, same setup), on a fresh database cloned from the
 * migrated template, a Redis prefix of its own and a clock the test controls.
 */
export async function createTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const prefix = `test:${process.env.JEST_WORKER_ID ?? 0}:${randomBytes(4).toString('hex')}`;
  Object.assign(process.env, {
    APP_ENV: 'test',
    DATABASE_URL: opts.databaseUrl ? opts.databaseUrl(db.url) : db.url,
    REDIS_PREFIX: prefix,
    JWT_SECRET: 'test-secret-0123456789-abcdefghijklmnop',
    WEB_DIST_DIR: process.env.WEB_DIST_DIR ?? 'dist/web',
    ...opts.env,
  });
  const config = loadConfig();
  const clock = new FixedClock(opts.now ?? new Date());
  let builder = Test.createTestingModule({ imports: [ApiModule, ...(opts.extraImports ?? [])] })
    .overrideProvider(Clock)
    .useValue(clock)
    .overrideProvider(APP_CONFIG)
    .useValue(config);
  if (opts.override) builder = opts.override(builder);
  let app: NestFastifyApplication | undefined;
  let ds: DataSource;
  let dir: SeededDirectory;
  try {
    const moduleRef = await builder.compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(createFastifyAdapter(config.trustProxy), { logger: false });
    await configureApp(app);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    if (opts.listen) await app.listen(0, opts.host ?? '127.0.0.1');
    ds = app.get(DataSource);
    dir = opts.seed === false ? { orgs: new Map(), users: new Map() } : await seedDirectory(ds, app.get(AuditService), TEST_PASSWORD);
  } catch (e) {
    await app?.close().catch(() => undefined);
    await db.drop().catch(() => undefined);
    throw e;
  }
  const http = () => request(started.getHttpServer());
  const started = app;
  const address = opts.listen ? started.getHttpServer().address() : null;
  return {
    url: address && typeof address === 'object' ? `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}` : '',
    app: started,
    ds,
    config,
    clock,
    http,
    dir,
    login: async (username, password = TEST_PASSWORD) => {
      const res = await http().post('/api/v1/auth/login').send({ username, password });
      if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.accessToken as string;
    },
    close: async () => {
      await started.close();
      await db.drop();
    },
  };
}

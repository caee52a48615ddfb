import { randomBytes } from 'node:crypto';
import { INestApplicationContext, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG, Clock, FixedClock, loadConfig } from '@app/core';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { createTestDatabase, deleteRedisKeys } from '@app/testing';

export interface TestWorker {
  app: INestApplicationContext;
  ds: DataSource;
  config: AppConfig;
  clock: FixedClock;
  /** The Redis key prefix of this worker's queues (`<prefix>:bull:*`). */
  redisPrefix: string;
  databaseUrl: string;
  close: () => Promise<void>;
}

export interface TestWorkerOptions {
  /** Extra environment (e.g. SMTP_URL, MAIL_BACKOFF_MS); read like the real worker reads its env. */
  env?: Record<string, string>;
  now?: Date;
  /** Run against this database (e.g. a test api's); it is then not dropped by `close()`. */
  databaseUrl?: string;
  /** Share a Redis prefix with another test worker (several worker processes of one deployment). */
  redisPrefix?: string;
  /** A part of the worker instead of all of it (say, the outbox relay without processors). */
  module?: Type<unknown>;
}

/**
 * The worker exactly as it ships (same module: processors, relay, schedules) on a fresh database
 * cloned from the migrated template (or a given one), a Redis prefix of its own, and a clock the
 * test controls. `close()` stops it, drops its database and deletes its Redis keys.
 */
export async function createTestWorker(opts: TestWorkerOptions = {}): Promise<TestWorker> {
  const db = opts.databaseUrl ? null : await createTestDatabase();
  const databaseUrl = opts.databaseUrl ?? db!.url;
  const redisPrefix = opts.redisPrefix ?? `test:${process.env.JEST_WORKER_ID ?? 0}:worker:${randomBytes(4).toString('hex')}`;
  const config = loadConfig({
    ...process.env,
    APP_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: databaseUrl,
    REDIS_PREFIX: redisPrefix,
    DATABASE_POOL_SIZE: '12',
    ...opts.env,
  });
  const clock = new FixedClock(opts.now ?? new Date());
  let app: INestApplicationContext | undefined;
  try {
    const moduleRef = await Test.createTestingModule({ imports: [opts.module ?? WorkerModule] })
      .overrideProvider(Clock)
      .useValue(clock)
      .overrideProvider(APP_CONFIG)
      .useValue(config)
      .compile();
    moduleRef.useLogger(false);
    app = await moduleRef.init();
  } catch (e) {
    await app?.close().catch(() => undefined);
    await db?.drop().catch(() => undefined);
    throw e;
  }
  const started = app;
  return {
    app: started,
    ds: started.get(DataSource),
    config,
    clock,
    redisPrefix,
    databaseUrl,
    close: async () => {
      await started.close();
      if (!opts.redisPrefix) await deleteRedisKeys(config.redisUrl, `${redisPrefix}:*`);
      await db?.drop();
    },
  };
}

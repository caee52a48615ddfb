import { ModuleMetadata } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG, AppConfigModule, ClockModule, dataSourceOptions, queueRetryStrategy } from '@app/core';
import { SCHEMA } from '@app/schema';

/**
 * What every worker build stands on: validated config, the clock, the database and BullMQ on
 * `REDIS_URL` under `<REDIS_PREFIX>:bull` with the given queues. The worker adds its processors
 * and schedules; benchmarks and tests that need only part of it (say, the outbox relay without
 * processors) take this and their piece.
 */
export function workerInfrastructure(queues: readonly string[]): NonNullable<ModuleMetadata['imports']> {
  return [
    AppConfigModule,
    ClockModule,
    TypeOrmModule.forRootAsync({ inject: [APP_CONFIG], useFactory: (config: AppConfig) => dataSourceOptions(config, SCHEMA) }),
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: { url: config.redisUrl, maxRetriesPerRequest: null, retryStrategy: queueRetryStrategy },
        prefix: `${config.redisPrefix}:bull`,
      }),
    }),
    ...queues.map((name) => BullModule.registerQueue({ name })),
  ];
}

import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG, AppConfigModule, AppLoggerModule, ClockModule, dataSourceOptions, QueueName } from '@app/core';
import { SCHEMA } from '@app/schema';
import { MaintenanceProcessor } from './processors/maintenance.processor';
import { MaintenanceSchedule } from './schedules/maintenance.schedule';

/** The worker: queue processors and job schedulers. No HTTP server. */
@Module({
  imports: [
    AppConfigModule,
    ClockModule,
    AppLoggerModule,
    TypeOrmModule.forRootAsync({ inject: [APP_CONFIG], useFactory: (config: AppConfig) => dataSourceOptions(config, SCHEMA) }),
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: { url: config.redisUrl, maxRetriesPerRequest: null },
        prefix: `${config.redisPrefix}:bull`,
      }),
    }),
    BullModule.registerQueue({ name: QueueName.MAINTENANCE }),
  ],
  providers: [MaintenanceProcessor, MaintenanceSchedule],
})
export class WorkerModule {}

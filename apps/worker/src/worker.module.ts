import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG, AppConfigModule, AppLoggerModule, ClockModule, dataSourceOptions, QueueName } from '@app/core';
import { NotificationsModule } from '@app/notifications';
import { RemindersModule } from '@app/reminders';
import { WebhooksModule } from '@app/webhooks';
import { EventsProcessor } from './processors/events.processor';
import { RemindersProcessor } from './processors/reminders.processor';
import { WebhooksProcessor } from './processors/webhooks.processor';
import { RemindersSchedule } from './schedules/reminders.schedule';
import { SCHEMA } from '@app/schema';
import { StatsRefreshModule } from '@app/statistics';
import { StatsProcessor } from './processors/stats.processor';
import { StatsSchedule } from './schedules/stats.schedule';
import { MailProcessor } from './processors/mail.processor';
import { MaintenanceProcessor } from './processors/maintenance.processor';
import { MaintenanceSchedule } from './schedules/maintenance.schedule';
import { OutboxRelaySchedule } from './schedules/outbox-relay.schedule';

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
    BullModule.registerQueue({ name: QueueName.MAIL }),
    BullModule.registerQueue({ name: QueueName.EVENTS }),
    BullModule.registerQueue({ name: QueueName.WEBHOOKS }),
    BullModule.registerQueue({ name: QueueName.REMINDERS }),
    BullModule.registerQueue({ name: QueueName.STATS }),
    StatsRefreshModule,
    NotificationsModule,
    RemindersModule,
    WebhooksModule,
  ],
  providers: [MaintenanceProcessor, MaintenanceSchedule, MailProcessor, OutboxRelaySchedule, StatsProcessor, StatsSchedule, EventsProcessor, WebhooksProcessor, RemindersProcessor, RemindersSchedule],
})
export class WorkerModule {}

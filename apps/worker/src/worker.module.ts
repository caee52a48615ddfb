import { Module } from '@nestjs/common';
import { AppLoggerModule, QueueName } from '@app/core';
import { AuditModule } from '@app/audit';
import { NotificationsModule } from '@app/notifications';
import { RemindersModule } from '@app/reminders';
import { WebhooksModule } from '@app/webhooks';
import { EventsProcessor } from './processors/events.processor';
import { RemindersProcessor } from './processors/reminders.processor';
import { WebhooksProcessor } from './processors/webhooks.processor';
import { RemindersSchedule } from './schedules/reminders.schedule';
import { StatsRefreshModule } from '@app/statistics';
import { StatsProcessor } from './processors/stats.processor';
import { StatsSchedule } from './schedules/stats.schedule';
import { MailProcessor } from './processors/mail.processor';
import { MaintenanceProcessor } from './processors/maintenance.processor';
import { MaintenanceSchedule } from './schedules/maintenance.schedule';
import { OutboxRelaySchedule } from './schedules/outbox-relay.schedule';
import { workerInfrastructure } from './worker-infrastructure';
import { CasesModule } from '@app/cases';
import { CasesProcessor } from './processors/cases.processor';
import { CasesSchedule } from './schedules/cases.schedule';

/** The worker: queue processors and job schedulers. No HTTP server. */
@Module({
  imports: [
    ...workerInfrastructure([
      QueueName.MAINTENANCE,
      QueueName.MAIL,
      QueueName.EVENTS,
      QueueName.WEBHOOKS,
      QueueName.REMINDERS,
      QueueName.STATS,
      QueueName.CASES,
    ]),
    AppLoggerModule,
    AuditModule,
    StatsRefreshModule,
    NotificationsModule,
    RemindersModule,
    WebhooksModule,
    CasesModule,
  ],
  providers: [
    MaintenanceProcessor,
    MaintenanceSchedule,
    MailProcessor,
    OutboxRelaySchedule,
    StatsProcessor,
    StatsSchedule,
    EventsProcessor,
    WebhooksProcessor,
    RemindersProcessor,
    RemindersSchedule,
    CasesProcessor,
    CasesSchedule,
  ],
})
export class WorkerModule {}

import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { DeadlinesModule } from '@app/deadlines';
import { NotificationsModule } from '@app/notifications';
import { WebhooksModule } from '@app/webhooks';
import { EventFanoutService } from './event-fanout.service';
import { AudienceResolver } from './audience.resolver';
import { reminderPolicyProvider } from './reminder-policy.provider';
import { ReminderScanService } from './reminder-scan.service';

@Module({
  imports: [AuditModule, DeadlinesModule, NotificationsModule, WebhooksModule],
  providers: [reminderPolicyProvider, AudienceResolver, ReminderScanService, EventFanoutService],
  exports: [reminderPolicyProvider, AudienceResolver, ReminderScanService, EventFanoutService],
})
export class RemindersModule {}

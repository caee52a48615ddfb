import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { NotificationsModule } from '@app/notifications';
import { WebhookSenderService } from './webhook-sender.service';
import { WebhookResolver, WebhookTargetPolicy } from './webhook-target';
import { WebhooksService } from './webhooks.service';

@Module({
  imports: [AuditModule, NotificationsModule],
  providers: [WebhooksService, WebhookSenderService, WebhookResolver, WebhookTargetPolicy],
  exports: [WebhooksService, WebhookSenderService, WebhookResolver, WebhookTargetPolicy],
})
export class WebhooksModule {}

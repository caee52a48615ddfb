import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { NotificationsModule } from '@app/notifications';
import { WebhookSenderService } from './webhook-sender.service';
import { WebhooksService } from './webhooks.service';

@Module({ imports: [AuditModule, NotificationsModule], providers: [WebhooksService, WebhookSenderService], exports: [WebhooksService, WebhookSenderService] })
export class WebhooksModule {}

import { Module } from '@nestjs/common';
import { AttachmentsModule } from '@app/attachments';
import { AuditModule } from '@app/audit';
import { DeadlinesModule } from '@app/deadlines';
import { DirectoryModule } from '@app/directory';
import { NotificationsModule } from '@app/notifications';
import { DeliveryActionsService } from './delivery-actions.service';
import { DeliveryFactory } from './delivery-factory.service';
import { DeliveryQueryService } from './delivery-query.service';
import { DeliveryReplyService } from './delivery-reply.service';
import { DeliveryRunner } from './delivery-runner.service';
import { DeliveryTalkService } from './delivery-talk.service';
import { LetterClosing } from './letter-closing';
import { TimelineService } from './timeline.service';

const SERVICES = [
  DeliveryActionsService,
  DeliveryFactory,
  DeliveryQueryService,
  DeliveryReplyService,
  DeliveryRunner,
  DeliveryTalkService,
  LetterClosing,
  TimelineService,
];

@Module({
  imports: [AttachmentsModule, AuditModule, DeadlinesModule, DirectoryModule, NotificationsModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class DeliveriesModule {}

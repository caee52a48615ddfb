import { Module } from '@nestjs/common';
import { AttachmentsModule } from '@app/attachments';
import { AuditModule } from '@app/audit';
import { DeadlinesModule } from '@app/deadlines';
import { DeliveriesModule } from '@app/deliveries';
import { DirectoryModule } from '@app/directory';
import { NotificationsModule } from '@app/notifications';
import { DocNumberService } from './doc-number.service';
import { EscalationService } from './escalation.service';
import { LetterCloserService } from './letter-closer.service';
import { SuggestionApprovalService } from './suggestion-approval.service';
import { SuggestionDraftingService } from './suggestion-drafting.service';
import { SuggestionQueryService } from './suggestion-query.service';
import { SuggestionRunner } from './suggestion-runner.service';

const SERVICES = [
  DocNumberService,
  EscalationService,
  LetterCloserService,
  SuggestionApprovalService,
  SuggestionDraftingService,
  SuggestionQueryService,
  SuggestionRunner,
];

@Module({
  imports: [AttachmentsModule, AuditModule, DeadlinesModule, DeliveriesModule, DirectoryModule, NotificationsModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class SuggestionsModule {}

import { AttachmentCopier, AttachmentsService } from '@app/attachments';
import { AuditService } from '@app/audit';
import { AppConfig, FixedClock } from '@app/core';
import { DeadlineService } from '@app/deadlines';
import {
  DeliveryActionsService,
  DeliveryFactory,
  DeliveryQueryService,
  DeliveryReplyService,
  DeliveryRunner,
  DeliveryTalkService,
  LetterClosing,
  TimelineService,
} from '@app/deliveries';
import { JurisdictionService } from '@app/directory';
import { Principal, UserEntity } from '@app/identity';
import { NoticesService, OutboxService } from '@app/notifications';
import {
  DocNumberService,
  EscalationService,
  LetterCloserService,
  SuggestionApprovalService,
  SuggestionDraftingService,
  SuggestionQueryService,
  SuggestionRunner,
} from '@app/suggestions';
import { DataSource } from 'typeorm';

/**
 * The closed-loop services wired by hand around a clock the seed moves, so demo letters are made
 * exactly as users make them (timeline, notices, outbox and audit included).
 */
export function letterKit(ds: DataSource, config: AppConfig, clock: FixedClock) {
  const audit = new AuditService(ds, clock, config);
  const timeline = new TimelineService(ds, clock);
  const notices = new NoticesService(ds, clock);
  const outbox = new OutboxService(clock);
  const deadlines = new DeadlineService(clock, config, ds);
  const jurisdiction = new JurisdictionService(ds);
  // Demo letters carry no files; attaching an empty list does nothing.
  const attachments = {
    attach: async () => undefined,
    detach: async () => [],
    listFor: async () => [],
    listForDeliveries: async (ids: string[]) => new Map(ids.map((id) => [id, []])),
  } as unknown as AttachmentsService;
  const deliveryQuery = new DeliveryQueryService(ds, jurisdiction, deadlines, attachments);
  const deliveryRunner = new DeliveryRunner(ds, deliveryQuery, timeline, notices, audit, clock, jurisdiction);
  const factory = new DeliveryFactory(clock, deadlines, timeline, notices, outbox);
  const query = new SuggestionQueryService(ds, jurisdiction, deliveryQuery, timeline, attachments, config);
  const runner = new SuggestionRunner(ds, query, timeline, audit, clock, jurisdiction);
  const letterClosing = new LetterClosing();
  new LetterCloserService(letterClosing, query, timeline, notices).onModuleInit();
  return {
    drafting: new SuggestionDraftingService(ds, runner, query, timeline, notices, attachments, audit, clock, config),
    approval: new SuggestionApprovalService(runner, query, new DocNumberService(), factory, deadlines, timeline, notices, audit),
    escalation: new EscalationService(runner, query, timeline, notices, new AttachmentCopier(attachments, clock)),
    actions: new DeliveryActionsService(deliveryRunner, deadlines, factory, attachments),
    replies: new DeliveryReplyService(deliveryRunner, deadlines, attachments, timeline, notices, audit, outbox, letterClosing),
    talk: new DeliveryTalkService(ds, deliveryQuery, deliveryRunner, attachments, timeline, outbox),
  };
}

export type LetterKit = ReturnType<typeof letterKit>;

/** The principal of a seeded user, as the API would build it. */
export function principalOf(u: UserEntity, orgType: Principal['organizationType']): Principal {
  return {
    kind: 'user',
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    organizationId: u.organizationId,
    organizationType: orgType,
    roles: u.roles,
    division: u.division,
    sessionId: null,
    apiTokenId: null,
    ip: null,
    correlationId: 'demo-seed',
  };
}

import { AttachmentEntity } from '@app/attachments';
import { AuditEventEntity } from '@app/audit';
import { ReminderEntity } from '@app/reminders';
import { WebhookEntity } from '@app/webhooks';
import { OrganizationEntity } from '@app/directory';
import { ApiTokenEntity, AuthSessionEntity, RefreshTokenEntity, UserEntity } from '@app/identity';
import { CaughtMailEntity, InAppNotificationEntity, MailMessageEntity, OutboxMessageEntity } from '@app/notifications';
import { LegalCalendarEntity } from '@app/deadlines';
import { DeliveryEntity, TimelineEventEntity } from '@app/deliveries';
import { SuggestionEntity, SuggestionItemEntity, SuggestionRecipientEntity } from '@app/suggestions';
import { Foundation1763776800000 } from '../../../migrations/1763776800000-Foundation';
import { Outbox1763776900000 } from '../../../migrations/1763776900000-Outbox';
import { ClosedLoop1763777000000 } from '../../../migrations/1763777000000-ClosedLoop';
import { LegalCalendar1763777100000 } from '../../../migrations/1763777100000-LegalCalendar';
import { MailPipeline1763777100001 } from '../../../migrations/1763777100001-MailPipeline';
import { Attachments1763777200000 } from '../../../migrations/1763777200000-Attachments';
import { Statistics1763777300000 } from '../../../migrations/1763777300000-Statistics';
import { Search1763777300010 } from '../../../migrations/1763777300010-Search';
import { Reminders1763777400000 } from '../../../migrations/1763777400000-Reminders';
import { Webhooks1763777400001 } from '../../../migrations/1763777400001-Webhooks';
import { AuditChains1763778200000 } from '../../../migrations/1763778200000-AuditChains';
import { MessageAttachments1763778400000 } from '../../../migrations/1763778400000-MessageAttachments';
import { ReplyTimeHistogram1763778500000 } from '../../../migrations/1763778500000-ReplyTimeHistogram';
import { WhoMayAct1763778600000 } from '../../../migrations/1763778600000-WhoMayAct';
import { AuditKeyedChains1763778700000 } from '../../../migrations/1763778700000-AuditKeyedChains';
import { OutboxRedisEpoch1763779100000 } from '../../../migrations/1763779100000-OutboxRedisEpoch';
import { VisibilityScope1763779200000 } from '../../../migrations/1763779200000-VisibilityScope';
import { CourtListIndexes1763779200001 } from '../../../migrations/1763779200001-CourtListIndexes';
import { RunningClock1763780200001 } from '../../../migrations/1763780200001-RunningClock';
import { EscalationFollowThrough1763780300001 } from '../../../migrations/1763780300001-EscalationFollowThrough';
import { LetterJourney1763780400001 } from '../../../migrations/1763780400001-LetterJourney';
import { CaseRecords1763780800000 } from '../../../migrations/1763780800000-CaseRecords';
import { SuggestionCauseAnalysis1763780600001 } from '../../../migrations/1763780600001-SuggestionCauseAnalysis';
import { CasePartyIndex1765600000000 } from '../../../migrations/1765600000000-CasePartyIndex';
import { CasePartyMonthIndex1765600000001 } from '../../../migrations/1765600000001-CasePartyMonthIndex';
import { AdministrativeCausesCompleted1765610000000 } from '../../../migrations/1765610000000-AdministrativeCausesCompleted';
import { CaseAreaRollups1765620000000 } from '../../../migrations/1765620000000-CaseAreaRollups';
import { CauseCatalogueCompleted1765520000000 } from '../../../migrations/1765520000000-CauseCatalogueCompleted';

/** Every entity, listed explicitly (no globs), shared by the api, the worker, scripts and tests. */
export const ENTITIES = [
  OrganizationEntity,
  UserEntity,
  AuthSessionEntity,
  RefreshTokenEntity,
  ApiTokenEntity,
  AuditEventEntity,
  OutboxMessageEntity,
  InAppNotificationEntity,
  SuggestionEntity,
  SuggestionItemEntity,
  SuggestionRecipientEntity,
  DeliveryEntity,
  TimelineEventEntity,
  LegalCalendarEntity,
  MailMessageEntity,
  CaughtMailEntity,
  AttachmentEntity,
  ReminderEntity,
  WebhookEntity,
];

/** Every migration, in order. Add new ones at the end. */
export const MIGRATIONS = [
  Foundation1763776800000,
  Outbox1763776900000,
  ClosedLoop1763777000000,
  LegalCalendar1763777100000,
  MailPipeline1763777100001,
  Attachments1763777200000,
  Statistics1763777300000,
  Search1763777300010,
  Reminders1763777400000,
  Webhooks1763777400001,
  AuditChains1763778200000,
  MessageAttachments1763778400000,
  ReplyTimeHistogram1763778500000,
  WhoMayAct1763778600000,
  AuditKeyedChains1763778700000,
  OutboxRedisEpoch1763779100000,
  VisibilityScope1763779200000,
  CourtListIndexes1763779200001,
  RunningClock1763780200001,
  EscalationFollowThrough1763780300001,
  LetterJourney1763780400001,
  CaseRecords1763780800000,
  SuggestionCauseAnalysis1763780600001,
  CasePartyIndex1765600000000,
  CasePartyMonthIndex1765600000001,
  CauseCatalogueCompleted1765520000000,
  AdministrativeCausesCompleted1765610000000,
  CaseAreaRollups1765620000000,
];

export const SCHEMA = { entities: ENTITIES, migrations: MIGRATIONS };

import { ApiProperty } from '@nestjs/swagger';
import { DeliveryAction, DeliveryKind, DeliveryStatus } from '@app/deliveries';
import { AttachmentDto } from '../../attachments/dto/attachment.dto';

/** A file attached to a letter or delivery (download: GET /api/v1/attachments/:id). */
export class AttachedFileDto extends AttachmentDto {
  @ApiProperty({
    enum: ['LETTER', 'REPLY', 'IMPLEMENTATION', 'MESSAGE', 'EXTENSION', 'OTHER'],
    nullable: true,
    description: 'What it was attached with (null: not attached yet)',
  })
  purpose: 'LETTER' | 'REPLY' | 'IMPLEMENTATION' | 'MESSAGE' | 'EXTENSION' | 'OTHER' | null;
}

export class PersonRefDto {
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) userId: string | null;
  @ApiProperty({ nullable: true, type: String }) name: string | null;
}

const WITHHELD = 'Absent while the reply awaits the agency leader’s approval, for everyone outside the recipient organization (they see only `status`)';

/**
 * The reply. Until it is submitted it is the agency's alone: for a reply awaiting its agency
 * leader's approval anyone else (the issuing court, a higher court, supervisors) gets
 * `{ status: 'PENDING_APPROVAL' }` only; a saved (DRAFT) or returned (RETURNED) one is `null` to them.
 */
export class ReplyOutDto {
  @ApiProperty({ format: 'uuid', required: false, description: WITHHELD }) id?: string;
  @ApiProperty({
    enum: ['DRAFT', 'PENDING_APPROVAL', 'RETURNED', 'SUBMITTED'],
    description: 'DRAFT: saved, not submitted (暂存); RETURNED: sent back by the agency leader',
  })
  status: string;
  @ApiProperty({ required: false, description: WITHHELD }) content?: string;
  @ApiProperty({ nullable: true, type: String, required: false, description: WITHHELD }) measures?: string | null;
  @ApiProperty({
    required: false,
    description: WITHHELD,
    type: 'array',
    items: {
      type: 'object',
      required: ['index', 'stance'],
      properties: { index: { type: 'integer' }, stance: { type: 'string', enum: ['ADOPT', 'PARTIAL', 'DECLINE'] }, note: { type: 'string', nullable: true } },
    },
  })
  items?: { index: number; stance: 'ADOPT' | 'PARTIAL' | 'DECLINE'; note?: string | null }[];
  @ApiProperty({ nullable: true, type: String, required: false, description: WITHHELD }) writtenByName?: string | null;
  @ApiProperty({ nullable: true, type: String, required: false, description: WITHHELD }) writtenAt?: string | null;
  @ApiProperty({ nullable: true, type: String, required: false, description: WITHHELD }) approvedByName?: string | null;
  @ApiProperty({ nullable: true, type: String, required: false, description: WITHHELD }) submittedAt?: string | null;
  @ApiProperty({ nullable: true, type: String, required: false, description: 'The agency leader’s comment on a RETURNED reply' }) returnComment?: string | null;
  @ApiProperty({ nullable: true, type: String, required: false }) returnedByName?: string | null;
  @ApiProperty({ nullable: true, type: String, required: false }) returnedAt?: string | null;
}

export class EvaluationItemOutDto {
  @ApiProperty() index: number;
  @ApiProperty({ enum: ['ADOPTED', 'PARTIALLY_ADOPTED', 'NOT_ADOPTED'] }) result: string;
  @ApiProperty() note: string;
}

export class EvaluationOutDto {
  @ApiProperty({ enum: ['ADOPTED', 'PARTIALLY_ADOPTED', 'NOT_ADOPTED'] }) result: string;
  @ApiProperty({ nullable: true, type: String }) comment: string | null;
  @ApiProperty() evaluatedAt: Date;
  @ApiProperty({ nullable: true, type: String }) evaluatedBy: string | null;
  @ApiProperty({ type: [EvaluationItemOutDto], description: 'The court’s judgement of each recommendation (the agency’s stance stays in reply.items)' })
  items: EvaluationItemOutDto[];
}

export class ImplementationOutDto {
  @ApiProperty({ nullable: true, enum: ['IN_PROGRESS', 'IMPLEMENTED'] }) status: string | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) reportedAt: Date | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) confirmedAt: Date | null;
}

export class ExtensionOutDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['SIGN', 'REPLY', 'FOLLOW_UP'] }) clock: string;
  @ApiProperty({ enum: ['PENDING', 'APPROVED', 'REFUSED'] }) status: string;
  @ApiProperty() reason: string;
  @ApiProperty({ nullable: true, type: String }) oldDueDate: string | null;
  @ApiProperty() requestedDueDate: string;
  @ApiProperty({ nullable: true, type: String }) newDueDate: string | null;
  @ApiProperty({ nullable: true, type: String }) requestedByName: string | null;
  @ApiProperty() requestedAt: string;
  @ApiProperty({ nullable: true, type: String }) decidedByName: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) decisionComment: string | null;
}

export class RejectionOutDto {
  @ApiProperty() reason: string;
  @ApiProperty() rejectedAt: Date;
}

export class DeliveryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) suggestionId: string;
  @ApiProperty({ example: '关于规范售楼处人脸识别信息采集的司法建议' }) suggestionTitle: string;
  @ApiProperty({ nullable: true, type: String }) docNumber: string | null;
  @ApiProperty({ format: 'uuid' }) courtId: string;
  @ApiProperty({ example: '兰溪市人民法院' }) courtName: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ example: '兰溪市市场监督管理局' }) organizationName: string;
  @ApiProperty({ enum: DeliveryKind }) kind: DeliveryKind;
  @ApiProperty({ enum: DeliveryStatus }) status: DeliveryStatus;
  @ApiProperty() deliveredAt: Date;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) signedAt: Date | null;
  @ApiProperty({ nullable: true, type: PersonRefDto }) signedBy: PersonRefDto | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) readAt: Date | null;
  @ApiProperty({ nullable: true, type: String, example: '2025-03-18' }) signDueDate: string | null;
  @ApiProperty({ nullable: true, type: String }) replyDueDate: string | null;
  @ApiProperty({ nullable: true, type: String }) followUpDate: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The running due date (sign-for, reply or follow-up)' }) dueDate: string | null;
  @ApiProperty({ enum: ['GREEN', 'YELLOW', 'RED'] }) colour: 'GREEN' | 'YELLOW' | 'RED';
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) repliedAt: Date | null;
  @ApiProperty({ nullable: true, type: ReplyOutDto }) reply: ReplyOutDto | null;
  @ApiProperty({ nullable: true, type: EvaluationOutDto }) evaluation: EvaluationOutDto | null;
  @ApiProperty({ nullable: true, type: ImplementationOutDto }) implementation: ImplementationOutDto | null;
  @ApiProperty({ nullable: true, type: ExtensionOutDto, description: 'The latest extension request' }) extension: ExtensionOutDto | null;
  @ApiProperty({ nullable: true, type: RejectionOutDto }) rejection: RejectionOutDto | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) reroutedFromId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) reroutedToId: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'A COPY the court added for a recipient’s superior (Art. 9): the court’s note, printed on the copy',
  })
  copyNote: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'That copy’s main delivery' }) copyOfDeliveryId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) closedAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) closedReason: string | null;
  @ApiProperty({ type: [AttachedFileDto], description: 'Files of this delivery: reply, implementation reports, messages, extension request' })
  attachments: AttachedFileDto[];
  @ApiProperty() version: number;
  @ApiProperty({ enum: DeliveryAction, isArray: true }) allowedActions: DeliveryAction[];
  @ApiProperty({
    required: false,
    type: () => [DeliverySupervisionNoteDto],
    description: '督办意见 on this delivery, latest first (GET /deliveries/:id and action answers; not in lists)',
  })
  supervisionNotes?: DeliverySupervisionNoteDto[];
  @ApiProperty({ required: false, description: 'Whether the caller watches this delivery or its letter' }) watched?: boolean;
  @ApiProperty({ required: false, type: () => [DeliveryWatcherDto], description: 'Who watches the letter or this delivery; always empty for the recipient' })
  watchedBy?: DeliveryWatcherDto[];
}

export class SupervisionAuthorDto {
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) userId: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
}

export class DeliverySupervisionNoteDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() comment: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: SupervisionAuthorDto }) author: SupervisionAuthorDto;
}

export class DeliveryWatcherDto {
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty({ enum: ['LETTER', 'DELIVERY'], description: 'Watching the whole letter or this delivery' }) scope: 'LETTER' | 'DELIVERY';
  @ApiProperty() since: Date;
}

export class DeliveryPageDto {
  @ApiProperty({ type: [DeliveryDto] }) items: DeliveryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class AuthorRefDto {
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) userId: string | null;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() name: string;
}

export class MessageDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) deliveryId: string;
  @ApiProperty({ enum: ['COURT', 'RECIPIENT'] }) side: string;
  @ApiProperty({ type: AuthorRefDto }) author: AuthorRefDto;
  @ApiProperty() body: string;
  @ApiProperty({ type: [AttachedFileDto], description: 'The files sent with this message' }) attachments: AttachedFileDto[];
  @ApiProperty() createdAt: Date;
}

export class SupervisionNoteDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) deliveryId: string;
  @ApiProperty({ type: AuthorRefDto }) author: AuthorRefDto;
  @ApiProperty() comment: string;
  @ApiProperty() createdAt: Date;
}

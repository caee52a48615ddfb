import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RecipientKind, SuggestionAction, SuggestionCategory, SuggestionStatus } from '@app/suggestions';
import { AttachedFileDto, DeliveryDto } from '../../deliveries/dto/delivery-output.dto';

export class SuggestionItemDto {
  @ApiProperty({ example: 1 }) index: number;
  @ApiProperty({ example: '售楼处违规采集人脸信息' }) problem: string;
  @ApiProperty({ example: '开展售楼处人脸识别设备专项检查' }) recommendation: string;
}

export class SuggestionRecipientDto {
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ example: '兰溪市市场监督管理局' }) organizationName: string;
  @ApiProperty({ enum: RecipientKind }) kind: `${RecipientKind}`;
}

export class CommitteeDecisionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() meetingDate: string;
  @ApiProperty() resolution: string;
  @ApiProperty({ nullable: true, type: String }) recordedBy: string | null;
  @ApiProperty() recordedAt: Date;
}

export class ConsultationOutDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() date: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty() summary: string;
  @ApiProperty({ nullable: true, type: String }) recordedBy: string | null;
  @ApiProperty() recordedAt: Date;
}

export class OutsideRecipientDto {
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty({ example: '330700' }) regionCode: string;
}

export class DistrictCheckDto {
  @ApiProperty({ format: 'uuid' }) courtId: string;
  @ApiProperty() courtName: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The court the letter goes up to (Art. 3)' }) higherCourtId: string | null;
  @ApiProperty({ nullable: true, type: String }) higherCourtName: string | null;
  @ApiProperty({ type: [OutsideRecipientDto], description: 'MAIN recipients outside the court’s district: sign-off escalates instead of issuing' })
  outside: OutsideRecipientDto[];
}

export class LetterLinkDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() courtName: string;
  @ApiProperty() title: string;
}

export class AdoptedLetterLinkDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() courtName: string;
  @ApiProperty({ nullable: true, type: String }) docNumber: string | null;
  @ApiProperty({ description: 'Issued by the higher court (from then on the originating court reads it, its deliveries and replies)' }) issued: boolean;
}

export class SuggestionSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) courtId: string;
  @ApiProperty({ example: '兰溪市人民法院' }) courtName: string;
  @ApiProperty({ format: 'uuid' }) authorId: string;
  @ApiProperty({ example: '周承办' }) authorName: string;
  @ApiProperty({ nullable: true, type: String }) division: string | null;
  @ApiProperty({ enum: SuggestionStatus }) status: SuggestionStatus;
  @ApiProperty({ enum: SuggestionCategory }) category: SuggestionCategory;
  @ApiProperty({ nullable: true, type: String }) domain: string | null;
  @ApiProperty() major: boolean;
  @ApiProperty({ example: '关于规范售楼处人脸识别信息采集的司法建议' }) title: string;
  @ApiProperty({ nullable: true, type: String, example: '兰溪法建〔2025〕3号' }) docNumber: string | null;
  @ApiProperty({ example: 2 }) replyPeriodMonths: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) issuedAt: Date | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) closedAt: Date | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) archivedAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiProperty() version: number;
  @ApiProperty({ enum: SuggestionAction, isArray: true, description: 'What the caller may do next (from the transition table)' })
  allowedActions: SuggestionAction[];
}

export class SuggestionDto extends SuggestionSummaryDto {
  @ApiProperty({ example: '审理中发现多个楼盘售楼处未经同意采集购房人人脸信息，用于区分客户来源渠道。' }) background: string;
  @ApiProperty({ description: '原因分析 (empty when not written)' }) causeAnalysis: string;
  @ApiProperty({ example: '《中华人民共和国个人信息保护法》第十三条、第二十六条' }) legalBasis: string;
  @ApiProperty({ example: ['(2024)浙0781民初3321号'], type: [String] }) sourceCases: string[];
  @ApiProperty({ example: '周承办', nullable: true, type: String }) contactName: string | null;
  @ApiProperty({ example: '0579-88880000', nullable: true, type: String }) contactPhone: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) withdrawnAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) withdrawReason: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The latest review/approval comment (the issuing court only: null for recipients, supervisors and higher courts)',
  })
  lastComment: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) escalatedFromCourtId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) escalatedToCourtId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The escalated letter this one re-issues' }) adoptedFromId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The higher court’s letter that adopted this one' }) adoptedAsId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The lower court’s escalated letter this one was made from (= adoptedFromId)' })
  originalId: string | null;
  @ApiProperty({ nullable: true, type: LetterLinkDto }) original: LetterLinkDto | null;
  @ApiProperty({ nullable: true, type: AdoptedLetterLinkDto, description: 'On an escalated letter: the higher court’s letter made from it' })
  adoptedAs: AdoptedLetterLinkDto | null;
  @ApiProperty({ nullable: true, type: DistrictCheckDto, description: 'The issuing court only: Art. 3 for the letter’s MAIN recipients (null for others)' })
  district: DistrictCheckDto | null;
  @ApiProperty({ type: [SuggestionItemDto] }) items: SuggestionItemDto[];
  @ApiProperty({ type: [SuggestionRecipientDto] }) recipients: SuggestionRecipientDto[];
  @ApiProperty({ type: [DeliveryDto], description: 'Deliveries the caller may see (an agency: only its own)' }) deliveries: DeliveryDto[];
  @ApiProperty({ type: [AttachedFileDto], description: 'Files attached to the letter itself (purpose LETTER)' }) attachments: AttachedFileDto[];
  @ApiProperty({ type: [CommitteeDecisionDto] }) committeeDecisions: CommitteeDecisionDto[];
  @ApiProperty({ type: [ConsultationOutDto] }) consultations: ConsultationOutDto[];
}

export class SuggestionPageDto {
  @ApiProperty({ type: [SuggestionSummaryDto] }) items: SuggestionSummaryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class TimelineActorDto {
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) userId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) organizationId: string | null;
  @ApiProperty({ nullable: true, type: String }) name: string | null;
}

export class TimelineEntryDto {
  @ApiProperty() id: string;
  @ApiProperty() at: Date;
  @ApiProperty({ example: 'delivery.signed' }) action: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) deliveryId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The recipient of that delivery' }) organizationId: string | null;
  @ApiProperty({ nullable: true, type: String }) organizationName: string | null;
  @ApiProperty({ type: TimelineActorDto }) actor: TimelineActorDto;
  @ApiProperty({ nullable: true, type: String }) fromStatus: string | null;
  @ApiProperty({ nullable: true, type: String }) toStatus: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) data: Record<string, unknown>;
  @ApiProperty({ nullable: true, type: Number, description: 'Milliseconds since the previous event shown' }) sincePreviousMs: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Milliseconds since the previous event of the same delivery' }) sincePreviousOnDeliveryMs:
    number | null;
}

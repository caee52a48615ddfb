import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '@app/core';
import { DeliveryKind, DeliveryStatus, EvaluationResult, ImplementationStatus, ItemStance } from '@app/deliveries';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class DeliveryVersionDto {
  @ApiPropertyOptional({ description: 'The version you saw; stale → 409 VERSION_CONFLICT' }) @IsOptional() @IsInt() @Min(1) version?: number;
}

export class CommentDto extends DeliveryVersionDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) comment?: string;
}

export class RejectDto extends DeliveryVersionDto {
  @ApiProperty({ example: '该事项不属于本单位职责，应由市综合行政执法局办理' }) @IsString() @Length(1, 2000) reason: string;
}

export class RerouteDto extends DeliveryVersionDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() organizationId: string;
}

export class CopySuperiorDto extends DeliveryVersionDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The organization to copy; default: the recipient’s superior in the directory (its parent)' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
  @ApiProperty({ example: '该单位逾期三十日未反馈，依第九条抄送贵单位，请督促办理。', description: 'Printed on the copy' })
  @IsString()
  @Length(1, 2000)
  note: string;
}

export class ExtensionRequestDto extends DeliveryVersionDto {
  @ApiProperty() @IsString() @Length(1, 2000) reason: string;
  @ApiProperty({ example: '2025-06-30' }) @Matches(DATE) @IsDateString() requestedDueDate: string;
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Uploaded files supporting the request' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  attachmentIds?: string[];
}

export class ExtensionDecisionDto extends DeliveryVersionDto {
  @ApiProperty() @IsBoolean() approve: boolean;
  @ApiPropertyOptional({ description: 'The granted due date (default: the requested one)' }) @IsOptional() @Matches(DATE) @IsDateString() dueDate?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) comment?: string;
}

export class ReplyItemDto {
  @ApiProperty({ description: 'The item number of the letter' }) @IsInt() @Min(1) index: number;
  @ApiProperty({ enum: ItemStance }) @IsEnum(ItemStance) stance: ItemStance;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) note?: string;
}

export class ReplyDto extends DeliveryVersionDto {
  @ApiPropertyOptional({ description: 'Required unless draft' }) @IsOptional() @IsString() @MaxLength(20000) content?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(20000) measures?: string;
  @ApiProperty({ type: [ReplyItemDto], description: 'One stance per item of the letter (a draft may leave some out)' })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ReplyItemDto)
  items: ReplyItemDto[];
  @ApiPropertyOptional({ type: [String], format: 'uuid' }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) attachmentIds?: string[];
  @ApiPropertyOptional({ description: '暂存: true saves the reply for the agency without submitting it (nobody is told)' })
  @IsOptional()
  @IsBoolean()
  draft?: boolean;
}

export class ReplyReturnDto extends DeliveryVersionDto {
  @ApiProperty({ example: '第2项的整改时限请再明确' }) @IsString() @Length(1, 4000) comment: string;
}

export class EvaluationItemDto {
  @ApiProperty({ description: 'The item number of the letter' }) @IsInt() @Min(1) index: number;
  @ApiProperty({ enum: EvaluationResult, description: 'The court’s judgement of this recommendation' }) @IsEnum(EvaluationResult) result: EvaluationResult;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) note?: string;
}

export class EvaluateDto extends DeliveryVersionDto {
  @ApiProperty({ enum: EvaluationResult }) @IsEnum(EvaluationResult) result: EvaluationResult;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) comment?: string;
  @ApiPropertyOptional({ description: 'Follow-up date when adopted (default: three months on)' })
  @IsOptional()
  @Matches(DATE)
  @IsDateString()
  followUpDate?: string;
  @ApiPropertyOptional({
    type: [EvaluationItemDto],
    description: 'The court’s judgement of every recommendation, one per item (counted in the per-item adoption rate); left out, every item takes `result`',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => EvaluationItemDto)
  items?: EvaluationItemDto[];
}

export class ImplementationDto extends DeliveryVersionDto {
  @ApiProperty({ enum: ImplementationStatus }) @IsEnum(ImplementationStatus) status: ImplementationStatus;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(20000) note?: string;
  @ApiPropertyOptional({ type: [String], format: 'uuid' }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) attachmentIds?: string[];
}

export class MessageInputDto {
  @ApiProperty() @IsString() @Length(1, 10000) body: string;
  @ApiPropertyOptional({ type: [String], format: 'uuid' }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsUUID('all', { each: true }) attachmentIds?: string[];
}

export class SupervisionInputDto {
  @ApiProperty({ example: '请抓紧研究落实，按期书面回复法院' }) @IsString() @Length(1, 4000) comment: string;
}

export class DeliveryListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: DeliveryStatus }) @IsOptional() @IsEnum(DeliveryStatus) status?: DeliveryStatus;
  @ApiPropertyOptional({ enum: ['GREEN', 'YELLOW', 'RED'] }) @IsOptional() @IsIn(['GREEN', 'YELLOW', 'RED']) colour?: 'GREEN' | 'YELLOW' | 'RED';
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organizationId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() suggestionId?: string;
  @ApiPropertyOptional({ enum: DeliveryKind }) @IsOptional() @IsEnum(DeliveryKind) kind?: DeliveryKind;
}

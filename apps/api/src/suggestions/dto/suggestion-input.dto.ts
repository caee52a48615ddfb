import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
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
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '@app/core';
import { RecipientKind, SuggestionCategory, SuggestionStatus } from '@app/suggestions';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class ItemInputDto {
  @ApiProperty({ example: '老旧小区充电桩安装难，物业以安全为由拒绝出具同意证明' }) @IsString() @Length(1, 4000) problem: string;
  @ApiProperty({ example: '出台老旧小区充电设施建设指引，明确物业配合义务' }) @IsString() @Length(1, 4000) recommendation: string;
}

export class RecipientInputDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() organizationId: string;
  @ApiProperty({ enum: RecipientKind }) @IsEnum(RecipientKind) kind: RecipientKind;
}

export class CreateSuggestionDto {
  @ApiProperty({ example: '关于规范老旧小区电动汽车充电桩建设管理的司法建议' }) @IsString() @Length(1, 200) title: string;
  @ApiProperty({ enum: SuggestionCategory }) @IsEnum(SuggestionCategory) category: SuggestionCategory;
  @ApiPropertyOptional({ example: '城市管理' }) @IsOptional() @IsString() @MaxLength(100) domain?: string;
  @ApiPropertyOptional({ description: '重大 suggestion' }) @IsOptional() @IsBoolean() major?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(20000) background?: string;
  @ApiPropertyOptional({ description: '原因分析 (optional section of the letter)' }) @IsOptional() @IsString() @MaxLength(20000) causeAnalysis?: string;

  @ApiProperty({ type: [ItemInputDto], description: 'Problem ↔ recommendation pairs, numbered from 1 in this order' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ItemInputDto)
  items: ItemInputDto[];

  @ApiPropertyOptional({ type: [String], example: ['(2024)浙0702民初1234号'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  sourceCases?: string[];

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(10000) legalBasis?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 2, default: 2 }) @IsOptional() @IsInt() @Min(1) @Max(2) replyPeriodMonths?: number;

  @ApiProperty({ type: [RecipientInputDto], description: 'MAIN (主送, at least one) and COPY (抄送) recipients' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RecipientInputDto)
  recipients: RecipientInputDto[];

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50) contactName?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50) contactPhone?: string;
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Uploaded files of the letter (POST /api/v1/attachments). On PATCH: the full list — files left out are detached again',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  attachmentIds?: string[];
}

export class UpdateSuggestionDto extends PartialType(CreateSuggestionDto) {
  @ApiPropertyOptional({ description: 'The version you edited; stale → 409 VERSION_CONFLICT' }) @IsOptional() @IsInt() @Min(1) version?: number;
}

export class VersionDto {
  @ApiPropertyOptional({ description: 'The version you saw; stale → 409 VERSION_CONFLICT' }) @IsOptional() @IsInt() @Min(1) version?: number;
}

/** `?version=n` on a DELETE (which has no body). */
export class VersionQueryDto {
  @ApiPropertyOptional({ description: 'The version you saw; stale → 409 VERSION_CONFLICT' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;
}

export class DecisionDto extends VersionDto {
  @ApiProperty({ enum: ['APPROVE', 'RETURN'] }) @IsIn(['APPROVE', 'RETURN']) decision: 'APPROVE' | 'RETURN';
  @ApiPropertyOptional({ description: 'Required when returning' }) @IsOptional() @IsString() @MaxLength(4000) comment?: string;
}

export class EscalationDecisionDto extends VersionDto {
  @ApiProperty({
    enum: ['ADOPT', 'RETURN'],
    description: 'ADOPT: re-issue in the higher court’s name (goes to its leader); RETURN: back to the drafting court',
  })
  @IsIn(['ADOPT', 'RETURN'])
  decision: 'ADOPT' | 'RETURN';
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) comment?: string;
}

export class CommitteeDto extends VersionDto {
  @ApiProperty({ example: '2025-03-12' }) @Matches(DATE) @IsDateString() meetingDate: string;
  @ApiProperty({ example: '审判委员会第5次会议讨论通过，同意发出' }) @IsString() @Length(1, 4000) resolution: string;
}

export class ConsultationDto extends VersionDto {
  @ApiProperty({ example: '2025-03-01' }) @Matches(DATE) @IsDateString() date: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() organizationId: string;
  @ApiProperty() @IsString() @Length(1, 4000) summary: string;
}

export class WithdrawDto extends VersionDto {
  @ApiProperty() @IsString() @Length(1, 2000) reason: string;
}

export class SuggestionListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: SuggestionStatus }) @IsOptional() @IsEnum(SuggestionStatus) status?: SuggestionStatus;
  @ApiPropertyOptional({ enum: SuggestionCategory }) @IsOptional() @IsEnum(SuggestionCategory) category?: SuggestionCategory;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() courtId?: string;
  @ApiPropertyOptional({ description: 'Words in the title or the document number' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ description: 'Issued on or after (YYYY-MM-DD)' }) @IsOptional() @Matches(DATE) @IsDateString() from?: string;
  @ApiPropertyOptional({ description: 'Issued on or before (YYYY-MM-DD)' }) @IsOptional() @Matches(DATE) @IsDateString() to?: string;
}

export class DistrictCheckQueryDto {
  @ApiProperty({ description: 'Comma-separated ids of the would-be MAIN recipients (1–50)', example: '8d0c…,5b1e…' })
  @IsString()
  @Matches(
    /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(,[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}){0,49}$/,
    {
      message: 'organizationIds must be 1 to 50 comma-separated UUIDs',
    },
  )
  organizationIds: string;
}

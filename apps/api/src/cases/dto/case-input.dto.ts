import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageQueryDto } from '@app/core';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/;

export class BulkCasesDto {
  @ApiProperty({
    description:
      'Case records, at most 10,000 per call (more → 413 TOO_MANY_CASES). Each: {caseNumber, cause (name or code), filedOn, closedOn?, outcome?, parties: [{kind: 自然人|法人|非法人组织|行政机关, name?}], amount?, keywords?}. ' +
      'Rows are checked one by one; a bad row is reported in `errors` ({row (1-based), field, message}) and skipped. A natural person’s name is dropped, never stored.',
    type: 'array',
    items: { type: 'object' },
    example: [
      {
        caseNumber: '(2025)浙0781民初1234号',
        cause: '物业服务合同纠纷',
        filedOn: '2025-03-02',
        parties: [{ kind: '法人', name: '兰溪某物业服务有限公司' }, { kind: '自然人' }],
        amount: 3200,
        keywords: ['物业费'],
      },
    ],
  })
  @IsArray()
  @IsObject({ each: true })
  cases: Record<string, unknown>[];
}

export class CaseListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '（2025）浙0781民初1234号', description: 'Any spelling of a 案号 (normalized before the lookup)' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  caseNumber?: string;
  @ApiPropertyOptional({ example: '物业服务合同纠纷', description: '案由 name or code, with its children' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  cause?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'A court: its subtree' }) @IsOptional() @IsUUID() courtId?: string;
}

export class CauseQueryDto {
  @ApiPropertyOptional({ example: '物业', description: 'Part of a name, or a code prefix; none: the first two levels' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  q?: string;
}

export class TrendsQueryDto {
  @ApiPropertyOptional({ example: '物业服务合同纠纷', description: '案由 name or code (any level, with its children); none: every case' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  cause?: string;
  @ApiPropertyOptional({ example: '充电桩', description: 'Only cases carrying this keyword' }) @IsOptional() @IsString() @MaxLength(20) keyword?: string;
  @ApiPropertyOptional({ format: 'uuid', description: "A court: its subtree. Outside the caller's scope → 404" }) @IsOptional() @IsUUID() courtId?: string;
  @ApiPropertyOptional({ example: '330700', description: 'Courts whose region lies inside this 行政区划 code' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'regionCode must be 6 digits' })
  regionCode?: string;
  @ApiPropertyOptional({ example: '2025-01', description: 'First month (YYYY-MM or a date in it); default: 11 months before `to`' })
  @IsOptional()
  @Matches(MONTH, { message: 'from must be YYYY-MM' })
  from?: string;
  @ApiPropertyOptional({ example: '2025-12', description: 'Last month (inclusive); default: this month' })
  @IsOptional()
  @Matches(MONTH, { message: 'to must be YYYY-MM' })
  to?: string;
  @ApiPropertyOptional({ enum: ['month', 'quarter', 'year'], default: 'month' }) @IsOptional() @IsIn(['month', 'quarter', 'year']) granularity?:
    'month' | 'quarter' | 'year';
}

export class LeadListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The leads of this court (in scope); default: your own court’s (a 人大: every court of its region)' })
  @IsOptional()
  @IsUUID()
  courtId?: string;
  @ApiPropertyOptional({ enum: ['NEW', 'DRAFTED', 'DISMISSED'] }) @IsOptional() @IsIn(['NEW', 'DRAFTED', 'DISMISSED']) status?: 'NEW' | 'DRAFTED' | 'DISMISSED';
}

export class DismissLeadDto {
  @ApiProperty({ example: '已由其他途径反馈，暂不发建议' }) @IsString() @Length(1, 2000) reason: string;
  @ApiPropertyOptional({ description: 'The version you saw; stale → 409' }) @IsOptional() @IsInt() @Min(1) version?: number;
}

export class DraftFromLeadDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Main recipient instead of the suggested agency' }) @IsOptional() @IsUUID() organizationId?: string;
}

export class AuthorityRuleDto {
  @ApiPropertyOptional({ example: '物业服务合同纠纷', description: '案由 name or code (this cause and its children)' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  cause?: string;
  @ApiPropertyOptional({ example: '充电桩', description: 'A keyword (领域); matched before causes' }) @IsOptional() @IsString() @MaxLength(20) keyword?: string;
  @ApiProperty({ example: '住房和城乡建设局' }) @IsString() @Length(1, 60) authority: string;
  @ApiProperty({ example: ['住房和城乡建设', '住建局'], description: 'Name fragments that find the authority among the agencies of a court’s area' })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  namePatterns: string[];
  @ApiPropertyOptional({ example: '物业管理' }) @IsOptional() @IsString() @MaxLength(40) domain?: string;
}

export class AuthorityRulesDto {
  @ApiProperty({ type: [AuthorityRuleDto] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AuthorityRuleDto)
  rules: AuthorityRuleDto[];
}

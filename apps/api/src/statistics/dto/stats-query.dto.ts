import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

import { RANK_KEYS, RankKey } from '@app/statistics';

const CATEGORIES = ['INDIVIDUAL_CASE', 'CLASS_CASE', 'GOVERNANCE', 'WHITE_PAPER'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filters every statistics endpoint takes (API.md). */
export class StatsQueryDto {
  @ApiPropertyOptional({ description: 'Issue date from (inclusive), YYYY-MM-DD', example: '2025-01-01' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Issue date to (inclusive), YYYY-MM-DD', example: '2025-12-31' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "A court: its whole subtree. Outside the caller's jurisdiction → 404" })
  @IsOptional()
  @IsUUID()
  courtId?: string;

  @ApiPropertyOptional({ description: '6-digit 行政区划 code: courts whose region lies inside it', example: '330700' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'regionCode must be 6 digits' })
  regionCode?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A recipient agency (an agency caller always gets its own figures)' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ enum: CATEGORIES })
  @IsOptional()
  @IsIn(CATEGORIES)
  category?: string;

  @ApiPropertyOptional({ description: 'Subject domain (领域) as written on the letter', example: '物业管理' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  domain?: string;
}

export class RankingQueryDto extends StatsQueryDto {
  @ApiPropertyOptional({ enum: RANK_KEYS, description: 'Rank by this figure (descending)' })
  @IsOptional()
  @IsIn(RANK_KEYS)
  sort?: RankKey;
}

export class TrendQueryDto extends StatsQueryDto {
  @ApiPropertyOptional({ enum: ['month', 'quarter', 'year'], default: 'month' })
  @IsOptional()
  @IsIn(['month', 'quarter', 'year'])
  granularity?: 'month' | 'quarter' | 'year';
}

export class OverdueQueryDto extends StatsQueryDto {
  @ApiPropertyOptional({ enum: ['sign', 'reply', 'followUp'], description: 'Only this step' })
  @IsOptional()
  @IsIn(['sign', 'reply', 'followUp'])
  step?: 'sign' | 'reply' | 'followUp';

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}

export class AnnualReportQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The court reporting' })
  @IsUUID()
  courtId!: string;

  @ApiProperty({ minimum: 2000, maximum: 2100, example: 2025 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

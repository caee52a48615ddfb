import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';

export class MetricDto {
  @ApiProperty({ example: 3 }) numerator!: number;
  @ApiProperty({ example: 4 }) denominator!: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.75, description: 'numerator ÷ denominator; null when the denominator is 0' }) rate!: number | null;
}

export class OverdueMetricsDto {
  @ApiProperty({ type: MetricDto }) sign!: MetricDto;
  @ApiProperty({ type: MetricDto }) reply!: MetricDto;
  @ApiProperty({ type: MetricDto }) followUp!: MetricDto;
}

export class MetricDefinitionDto {
  @ApiProperty({ example: '反馈率' }) label!: string;
  @ApiProperty() zh!: string;
  @ApiProperty() en!: string;
}

export class StatsScopeDto {
  @ApiProperty({ enum: ['court', 'region', 'agency'] }) viewer!: string;
  @ApiProperty({ type: String, nullable: true }) courtId!: string | null;
  @ApiProperty({ type: String, nullable: true }) regionPrefix!: string | null;
  @ApiProperty({ type: String, nullable: true }) organizationId!: string | null;
  @ApiProperty({ type: String, nullable: true }) category!: string | null;
  @ApiProperty({ type: String, nullable: true }) domain!: string | null;
  @ApiProperty({ type: String, nullable: true }) from!: string | null;
  @ApiProperty({ type: String, nullable: true }) to!: string | null;
}

export class MetricsDto {
  @ApiProperty({ type: MetricDto }) issued!: MetricDto;
  @ApiProperty({ type: MetricDto }) signRate!: MetricDto;
  @ApiProperty({ type: MetricDto }) feedbackRate!: MetricDto;
  @ApiProperty({ type: MetricDto }) onTimeFeedbackRate!: MetricDto;
  @ApiProperty({ type: MetricDto }) adoptionRate!: MetricDto;
  @ApiProperty({ type: MetricDto }) itemAdoptionRate!: MetricDto;
  @ApiProperty({ type: MetricDto }) implementationRate!: MetricDto;
  @ApiProperty({ type: MetricDto }) avgHoursToSign!: MetricDto;
  @ApiProperty({ type: MetricDto }) p90HoursToSign!: MetricDto;
  @ApiProperty({ type: MetricDto }) avgDaysToReply!: MetricDto;
  @ApiProperty({ type: MetricDto }) p90DaysToReply!: MetricDto;
  @ApiProperty({ type: OverdueMetricsDto }) overdue!: OverdueMetricsDto;
  @ApiProperty({ type: MetricDto }) major!: MetricDto;
  @ApiProperty({ type: MetricDto }) copiedToSuperior!: MetricDto;
}

export class FreshnessDto extends MetricsDto {}

@ApiExtraModels(MetricDefinitionDto)
export class OverviewDto extends MetricsDto {
  @ApiProperty({
    type: MetricDto,
    description:
      '工作建议被上级采用: letters of the scope’s courts that the higher court adopted and issued (Art. 3), by its issue date; numerator = denominator = the count',
  })
  escalatedAdopted!: MetricDto;
  @ApiProperty({ type: StatsScopeDto }) scope!: StatsScopeDto;
  @ApiProperty({ type: String, nullable: true, description: 'Business date the due/overdue figures were computed for' }) asOf!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the rollup was last refreshed' }) refreshedAt!: Date | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(MetricDefinitionDto) },
    description: 'The formula of each figure, by key',
  })
  definitions!: Record<string, MetricDefinitionDto>;
}

export class RankedRowDto {
  @ApiProperty({ type: Number, nullable: true, example: 1 }) rank!: number | null;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ type: MetricsDto }) metrics!: MetricsDto;
}

export class RankingDto {
  @ApiProperty({ type: StatsScopeDto }) scope!: StatsScopeDto;
  @ApiProperty({ type: String, nullable: true }) asOf!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) refreshedAt!: Date | null;
  @ApiProperty({ example: 'feedbackRate' }) sort!: string;
  @ApiProperty({ description: 'How many were ranked' }) total!: number;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'For an agency: who it is ranked among (their names and figures are not shown)' }) peers!:
    string | null;
  @ApiProperty({ type: [RankedRowDto] }) items!: RankedRowDto[];
}

export class TrendPointDto {
  @ApiProperty({ example: '2025-03' }) period!: string;
  @ApiProperty({ type: MetricsDto }) metrics!: MetricsDto;
}

export class TrendDto {
  @ApiProperty({ type: StatsScopeDto }) scope!: StatsScopeDto;
  @ApiProperty({ type: String, nullable: true }) asOf!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) refreshedAt!: Date | null;
  @ApiProperty({ enum: ['month', 'quarter', 'year'] }) granularity!: string;
  @ApiProperty({ type: [TrendPointDto] }) items!: TrendPointDto[];
}

export class OverdueItemDto {
  @ApiProperty({ format: 'uuid' }) deliveryId!: string;
  @ApiProperty({ format: 'uuid' }) suggestionId!: string;
  @ApiProperty({ type: String, nullable: true }) docNumber!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'uuid' }) courtId!: string;
  @ApiProperty() courtName!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty() organizationName!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ enum: ['sign', 'reply', 'followUp'] }) step!: string;
  @ApiProperty({ example: '2025-06-01' }) dueDate!: string;
  @ApiProperty() daysOverdue!: number;
  @ApiProperty() major!: boolean;
}

export class OverduePageDto {
  @ApiProperty({ example: '2025-06-30' }) asOf!: string;
  @ApiProperty({ type: [OverdueItemDto] }) items!: OverdueItemDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class RefreshResultDto {
  @ApiProperty({ enum: ['full', 'incremental', 'skipped'] }) mode!: string;
  @ApiProperty() asOf!: string;
  @ApiProperty() touchedKeys!: number;
  @ApiProperty() durationMs!: number;
}

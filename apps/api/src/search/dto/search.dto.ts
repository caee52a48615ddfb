import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsString, IsUUID, Max, MaxLength, Min, IsOptional, MinLength } from 'class-validator';

export class SearchQueryDto {
  @ApiProperty({ description: 'Words to find (each ≥ 2 characters; whitespace separates words, all must occur)', example: '物业 维修' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  q!: string;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  pageSize?: number;
}

export class SearchHitDto {
  @ApiProperty({ enum: ['LETTER', 'REPLY', 'MESSAGE'] }) source!: string;
  @ApiProperty({ format: 'uuid' }) suggestionId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) deliveryId!: string | null;
  @ApiProperty({ type: String, nullable: true }) docNumber!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'HTML: the title escaped, matches in <em>' }) titleHighlight!: string;
  @ApiProperty({ description: 'HTML: a window of the matching text escaped, matches in <em>' }) snippet!: string;
  @ApiProperty() score!: number;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: Date;
}

export class SearchPageDto {
  @ApiProperty({ type: [String] }) terms!: string[];
  @ApiProperty({ type: [SearchHitDto] }) items!: SearchHitDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class SimilarLetterDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) docNumber!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ format: 'uuid' }) courtId!: string;
  @ApiProperty() courtName!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) issuedAt!: Date | null;
  @ApiProperty({ description: 'Trigram similarity of the core titles, 0..1' }) titleSimilarity!: number;
  @ApiProperty({ type: [String] }) sharedRecipients!: string[];
  @ApiProperty({ enum: ['SAME_PROBLEM', 'SAME_RECIPIENT'], isArray: true }) reasons!: string[];
}

/** `?title=…&recipientIds=a,b&excludeId=…` (recipientIds: comma-separated, or the parameter repeated). */
export class SimilarCheckQueryDto {
  @ApiProperty({ description: 'The title being drafted', example: '关于规范老旧小区电动汽车充电桩建设管理的司法建议' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'The MAIN recipients chosen so far (comma-separated)' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value))
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  recipientIds?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'The draft itself, once saved (left out of the answer)' })
  @IsOptional()
  @IsUUID()
  excludeId?: string;
}

export class IssuedElsewhereDto {
  @ApiProperty({ type: String, nullable: true }) docNumber!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() status!: string;
  @ApiProperty() courtName!: string;
  @ApiProperty({ type: [String], description: 'Its MAIN recipients' }) recipients!: string[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) issuedAt!: Date | null;
  @ApiProperty() titleSimilarity!: number;
  @ApiProperty({ type: [String] }) sharedRecipients!: string[];
  @ApiProperty({ enum: ['SAME_PROBLEM', 'SAME_RECIPIENT'], isArray: true }) reasons!: string[];
}

export class SimilarCheckDto {
  @ApiProperty({ type: [SimilarLetterDto], description: 'Letters the caller may see' }) visible!: SimilarLetterDto[];
  @ApiProperty({ type: [IssuedElsewhereDto], description: 'Letters issued by courts under the same higher court or in the same region (no content)' })
  elsewhere!: IssuedElsewhereDto[];
}

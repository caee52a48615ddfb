import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min, IsOptional, MinLength } from 'class-validator';

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

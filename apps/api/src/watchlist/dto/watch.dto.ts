import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class CreateWatchDto {
  @ApiProperty({ format: 'uuid', description: 'The letter to watch' })
  @IsUUID()
  suggestionId!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'One delivery of that letter (optional)' })
  @IsOptional()
  @IsUUID()
  deliveryId?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class WatchListQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only watches of this letter' })
  @IsOptional()
  @IsUUID()
  suggestionId?: string;
}

export class WatchDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) suggestionId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) deliveryId!: string | null;
  @ApiProperty() note!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, nullable: true }) docNumber!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() suggestionStatus!: string;
  @ApiProperty({ type: String, nullable: true }) organizationId!: string | null;
  @ApiProperty({ type: String, nullable: true }) organizationName!: string | null;
  @ApiProperty({ type: String, nullable: true }) deliveryStatus!: string | null;
  @ApiProperty({ type: String, nullable: true }) signDueDate!: string | null;
  @ApiProperty({ type: String, nullable: true }) replyDueDate!: string | null;
  @ApiProperty({ type: String, nullable: true }) followUpDate!: string | null;
}

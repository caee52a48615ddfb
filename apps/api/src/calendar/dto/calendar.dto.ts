import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'each date must be YYYY-MM-DD';

export class CalendarDto {
  @ApiProperty({ example: 2025 }) year: number;
  @ApiProperty({ type: [String], example: ['2025-10-01', '2025-10-02'], description: 'Statutory holidays (放假日), sorted' }) holidays: string[];
  @ApiProperty({ type: [String], example: ['2025-09-28', '2025-10-11'], description: '调休: weekend days that are working days, sorted' }) workdays: string[];
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: Date;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Who last changed it (null: the seeded State Council schedule)' }) updatedBy:
    string | null;
}

export class PutCalendarDto {
  @ApiProperty({ type: [String], example: ['2027-01-01'], description: 'Statutory holidays of that year (YYYY-MM-DD)' })
  @IsArray()
  @ArrayMaxSize(366)
  @IsString({ each: true })
  @Matches(DATE, { each: true, message: DATE_MESSAGE })
  holidays: string[];

  @ApiProperty({ type: [String], example: ['2027-02-06'], description: '调休 working days of that year: Saturdays or Sundays only (YYYY-MM-DD)' })
  @IsArray()
  @ArrayMaxSize(366)
  @IsString({ each: true })
  @Matches(DATE, { each: true, message: DATE_MESSAGE })
  workdays: string[];

  @ApiPropertyOptional({ description: 'The version you edited; a stale one is refused with 409 VERSION_CONFLICT' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class DueDateQueryDto {
  @ApiProperty({ example: '2025-08-01', description: 'Start of the period (the day itself is not counted), YYYY-MM-DD' })
  @IsString()
  @Matches(DATE, { message: 'from must be YYYY-MM-DD' })
  from: string;

  @ApiPropertyOptional({ example: 2, description: 'A period in months (reply period); give months or workingDays' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(36)
  months?: number;

  @ApiPropertyOptional({ example: 3, description: 'A span of working days (sign-for period); give months or workingDays' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(366)
  workingDays?: number;
}

export class DueDateDto {
  @ApiProperty({ example: '2025-08-01' }) from: string;
  @ApiPropertyOptional({ example: 2 }) months?: number;
  @ApiPropertyOptional({ example: 3 }) workingDays?: number;
  @ApiProperty({ example: '2025-10-09' }) dueDate: string;
  @ApiProperty({ description: 'True when the calendar moved the plain count (a last day on a holiday or rest day; skipped non-working days)' })
  adjusted: boolean;
  @ApiPropertyOptional({ example: '2025-10-01 is a statutory holiday; the period ends on the first working day after it, 2025-10-09 (民事诉讼法 第85条)' })
  reason?: string;
}

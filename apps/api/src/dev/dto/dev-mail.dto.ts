import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional } from 'class-validator';
import { PageQueryDto } from '@app/core';

export class DevMailQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'office@lxscjg.gov.cn', description: 'Only mails with this recipient' })
  @IsOptional()
  @IsEmail()
  to?: string;
}

export class DevMailSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, type: String, example: '<0b6f…@sifa-jianyi.local>' }) messageId: string | null;
  @ApiProperty({ example: 'noreply@sifa-jianyi.local' }) from: string;
  @ApiProperty({ type: [String] }) to: string[];
  @ApiProperty() subject: string;
  @ApiProperty({ description: 'Size of the raw message in bytes' }) size: number;
  @ApiProperty({ type: String, format: 'date-time' }) receivedAt: Date;
}

export class DevMailPageDto {
  @ApiProperty({ type: [DevMailSummaryDto] }) items: DevMailSummaryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class DevMailDto extends DevMailSummaryDto {
  @ApiProperty({ nullable: true, type: String }) text: string | null;
  @ApiProperty({ nullable: true, type: String }) html: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'Header name → value' }) headers: Record<string, string>;
}

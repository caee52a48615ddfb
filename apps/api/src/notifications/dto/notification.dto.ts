import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageQueryDto } from '@app/core';

export class NotificationListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only unread notices' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'delivery.created' }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) suggestionId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) deliveryId: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) readAt: Date | null;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] }) items: NotificationDto[];
  @ApiProperty() total: number;
  @ApiProperty({ description: 'Unread notices in total' }) unread: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class ReadAllResultDto {
  @ApiProperty({ description: 'Notices marked read by this call' }) marked: number;
  @ApiProperty({ description: 'Unread notices left (0)' }) unread: number;
}

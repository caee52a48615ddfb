import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '@app/core';
import { WORK_TYPES, WorkType } from '@app/worklist';

export class WorklistQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: WORK_TYPES, description: 'Only items with this reason' })
  @IsOptional()
  @IsIn(WORK_TYPES)
  type?: WorkType;
}

export class WorkNoteDto {
  @ApiProperty() comment!: string;
  @ApiProperty() authorName!: string;
  @ApiProperty() organizationName!: string;
  @ApiProperty() createdAt!: Date;
}

export class WorkWatcherDto {
  @ApiProperty() name!: string;
  @ApiProperty() organizationName!: string;
  @ApiProperty({ enum: ['LETTER', 'DELIVERY'] }) scope!: 'LETTER' | 'DELIVERY';
  @ApiProperty() since!: Date;
}

export class WorkSupervisionDto {
  @ApiProperty({ description: '督办意见 on the delivery (a letter item: on any of its deliveries)' }) notes!: number;
  @ApiProperty({ nullable: true, type: WorkNoteDto }) latestNote!: WorkNoteDto | null;
  @ApiProperty({ description: 'Watched by someone outside the court (人大, higher court)' }) watched!: boolean;
  @ApiProperty({ type: [WorkWatcherDto] }) watchers!: WorkWatcherDto[];
}

export class WorkItemDto {
  @ApiProperty({ enum: ['DELIVERY', 'LETTER'] }) kind!: 'DELIVERY' | 'LETTER';
  @ApiProperty({ enum: WORK_TYPES, description: 'The most pressing reason' }) type!: WorkType;
  @ApiProperty({ enum: WORK_TYPES, isArray: true, description: 'Every reason it is listed' }) reasons!: WorkType[];
  @ApiProperty({ format: 'uuid' }) suggestionId!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) deliveryId!: string | null;
  @ApiProperty({ nullable: true, type: String }) docNumber!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) organizationId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The recipient (a letter item: its main recipients)' }) organizationName!: string | null;
  @ApiProperty({ nullable: true, type: String }) deliveryStatus!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The running due date' }) dueDate!: string | null;
  @ApiProperty({ enum: ['GREEN', 'YELLOW', 'RED'] }) colour!: 'GREEN' | 'YELLOW' | 'RED';
  @ApiProperty({ type: WorkSupervisionDto }) supervision!: WorkSupervisionDto;
}

export class WorkListDto {
  @ApiProperty({ description: 'The business date the colours are computed for' }) asOf!: string;
  @ApiProperty({ description: 'Items after the type filter (all pages)' }) total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Items per reason (before the type filter)' }) counts!: Record<
    WorkType,
    number
  >;
  @ApiProperty({ type: [WorkItemDto] }) items!: WorkItemDto[];
}

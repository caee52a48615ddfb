import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject } from 'class-validator';

/** Rows checked one by one by the import (so every problem is named with its row), not by class-validator. */
export class BulkOrganizationsDto {
  @ApiProperty({
    description:
      'Organizations: {type (COURT|AGENCY|CONGRESS|PARTY_COMMITTEE|OTHER or 法院/建议对象单位/人大/党委/其他), name, shortName, code, regionCode, parentCode?, emails? (array or "a@x; b@y"), replyNeedsApproval?, caseCode? (courts: 浙0781)}; created or updated by code',
    type: 'array',
    items: { type: 'object' },
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10000)
  @IsObject({ each: true })
  items: Record<string, unknown>[];
}

export class BulkUsersDto {
  @ApiProperty({
    description:
      'Users: {organizationCode, username, displayName, roles (array, or "承办法官、庭长"), division? (required for JUDGE/DIVISION_HEAD), email?, phone?, password? (new users only; generated and answered once when missing)}; created or updated by username',
    type: 'array',
    items: { type: 'object' },
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10000)
  @IsObject({ each: true })
  items: Record<string, unknown>[];
}

class ImportCountsDto {
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
  @ApiProperty() unchanged: number;
}

class ImportRowDto {
  @ApiProperty({ example: '单位' }) sheet: string;
  @ApiProperty() row: number;
  @ApiProperty({ description: 'organization code or username' }) key: string;
  @ApiProperty({ enum: ['created', 'updated', 'unchanged'] }) outcome: string;
  @ApiProperty({ type: [String] }) changed: string[];
}

class ImportCredentialDto {
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ description: 'generated first password, shown once' }) password: string;
}

export class DirectoryImportResultDto {
  @ApiProperty({ type: ImportCountsDto }) organizations: ImportCountsDto;
  @ApiProperty({ type: ImportCountsDto }) users: ImportCountsDto;
  @ApiProperty({ type: [ImportRowDto] }) rows: ImportRowDto[];
  @ApiProperty({ type: [ImportCredentialDto] }) credentials: ImportCredentialDto[];
}

/** One problem of a refused import: an item of the 422 DIRECTORY_IMPORT_INVALID `details`. */
export class DirectoryImportProblemDto {
  @ApiProperty({ type: String, nullable: true, example: '用户' }) sheet: string | null;
  @ApiProperty({ type: 'integer', example: 3 }) row: number;
  @ApiProperty({ example: '所属单位代码' }) field: string;
  @ApiProperty({ example: '单位代码不存在' }) message: string;
}

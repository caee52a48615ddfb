import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ArrayMinSize,
} from 'class-validator';
import { PageQueryDto } from '@app/core';
import { OrganizationEntity, OrganizationType } from '@app/directory';
import { Role } from '@app/identity';

const REGION = /^\d{6}$/;

export class OrganizationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: OrganizationType }) type: OrganizationType;
  @ApiProperty({ example: '兰溪市人民法院' }) name: string;
  @ApiProperty({ example: '兰溪' }) shortName: string;
  @ApiProperty({ nullable: true, type: String }) code: string | null;
  @ApiProperty({ nullable: true, type: String, example: '浙0781', description: 'A court’s 法院代字 (case numbers find their court by it)' }) caseCode:
    string | null;
  @ApiProperty({ example: '330781' }) regionCode: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) parentId: string | null;
  @ApiProperty({ type: [String] }) emails: string[];
  @ApiProperty() replyNeedsApproval: boolean;
  @ApiProperty() active: boolean;
  @ApiProperty() version: number;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: Date;
}

/** What an organization answers: the declared fields only (the materialized `path` stays inside). */
export function organizationView(o: OrganizationEntity): OrganizationDto {
  return {
    id: o.id,
    type: o.type,
    name: o.name,
    shortName: o.shortName,
    code: o.code,
    caseCode: o.caseCode,
    regionCode: o.regionCode,
    parentId: o.parentId,
    emails: o.emails,
    replyNeedsApproval: o.replyNeedsApproval,
    active: o.active,
    version: o.version,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  };
}

export class CreateOrganizationDto {
  @ApiProperty({ enum: OrganizationType }) @IsEnum(OrganizationType) type: OrganizationType;
  @ApiProperty({ example: '兰溪市人民法院' }) @IsString() @Length(1, 200) name: string;
  @ApiProperty({ example: '兰溪', description: 'Used in document numbers: 兰溪法建〔2025〕3号' }) @IsString() @Length(1, 50) shortName: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) code?: string;
  @ApiPropertyOptional({ example: '浙0781', description: 'A court’s 法院代字' }) @IsOptional() @IsString() @Length(1, 10) caseCode?: string;
  @ApiProperty({ example: '330781' }) @IsString() @Matches(REGION, { message: 'regionCode must be a 6-digit 行政区划 code' }) regionCode: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() parentId?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEmail({}, { each: true })
  emails?: string[];

  @ApiPropertyOptional() @IsOptional() @IsBoolean() replyNeedsApproval?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}

export class UpdateOrganizationDto {
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) version?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 50) shortName?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) code?: string;
  @ApiPropertyOptional({ example: '浙0781', description: 'A court’s 法院代字' }) @IsOptional() @IsString() @Length(1, 10) caseCode?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(REGION, { message: 'regionCode must be a 6-digit 行政区划 code' }) regionCode?: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) @IsOptional() @IsUUID() parentId?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEmail({}, { each: true })
  emails?: string[];

  @ApiPropertyOptional() @IsOptional() @IsBoolean() replyNeedsApproval?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}

export class OrganizationListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: OrganizationType }) @IsOptional() @IsEnum(OrganizationType) type?: OrganizationType;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() parentId?: string;
  @ApiPropertyOptional({ description: 'Organizations whose region lies inside this code' }) @IsOptional() @Matches(REGION) regionCode?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) q?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;
}

export class OrganizationPageDto {
  @ApiProperty({ type: [OrganizationDto] }) items: OrganizationDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class CreateApiTokenDto {
  @ApiProperty({ example: '金华市住建局 OA' }) @IsString() @Length(1, 100) name: string;

  @ApiProperty({ enum: Role, isArray: true, example: ['AGENCY_CLERK'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @IsEnum(Role, { each: true })
  roles: Role[];

  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsDateString() expiresAt?: string;
}

export class ApiTokenDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: Role, isArray: true }) roles: Role[];
  @ApiProperty() tokenPrefix: string;
  @ApiProperty({ nullable: true, type: String }) expiresAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) lastUsedAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) revokedAt: Date | null;
  @ApiProperty() createdAt: Date;
}

export class CreatedApiTokenDto extends ApiTokenDto {
  @ApiProperty({ description: 'The secret. Shown once; store it in the client system.' }) token: string;
}

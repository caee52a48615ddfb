import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
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
  MinLength,
} from 'class-validator';
import { PageQueryDto } from '@app/core';
import { Role } from '@app/identity';

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
  @ApiProperty({ enum: Role, isArray: true }) roles: Role[];
  @ApiProperty({ nullable: true, type: String, description: '庭室, e.g. 民一庭' }) division: string | null;
  @ApiProperty() active: boolean;
  @ApiProperty() version: number;
}

export class MeDto extends UserDto {
  @ApiProperty({ enum: ['user', 'apiToken'] }) kind: string;
  @ApiProperty() organizationName: string;
  @ApiProperty() organizationType: string;
}

export class CreateUserDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organizationId: string;

  @ApiProperty({ example: 'lanxi.judge', pattern: '^[A-Za-z0-9._-]{2,64}$' })
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{2,64}$/, { message: 'username may hold letters, digits, dot, underscore and dash (2–64)' })
  username: string;

  @ApiProperty({ example: '王法官' })
  @IsString()
  @Length(1, 100)
  displayName: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(/^[0-9+\-() ]{5,30}$/, { message: 'phone must be 5–30 digits, spaces, +, -, ( or )' })
  phone?: string;

  @ApiProperty({ enum: Role, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @IsEnum(Role, { each: true })
  roles: Role[];

  @ApiPropertyOptional({ example: '民一庭' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  division?: string;

  @ApiProperty({ minLength: 10 })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ description: 'The version you read; stale → 409 VERSION_CONFLICT' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) displayName?: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail() @MaxLength(200) email?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(/^[0-9+\-() ]{5,30}$/) phone?: string;

  @ApiPropertyOptional({ enum: Role, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @IsEnum(Role, { each: true })
  roles?: Role[];

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 50) division?: string;
  @ApiPropertyOptional({ description: 'false disables the account and ends its sessions at once' }) @IsOptional() @IsBoolean() active?: boolean;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organizationId?: string;
  @ApiPropertyOptional({ description: 'Reset the password (ends every session)' }) @IsOptional() @IsString() @MinLength(10) @MaxLength(200) password?: string;
}

export class UserListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organizationId?: string;
  @ApiPropertyOptional({ enum: Role }) @IsOptional() @IsEnum(Role) role?: Role;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) q?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;
}

export class UserPageDto {
  @ApiProperty({ type: [UserDto] }) @Type(() => UserDto) items: UserDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

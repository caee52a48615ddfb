import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, MaxLength, MinLength } from 'class-validator';
import { MeDto } from '../../users/dto/user.dto';

export class LoginDto {
  @ApiProperty({ example: 'admin' })
  @IsString()
  @Length(1, 64)
  username: string;

  @ApiProperty({ example: 'Sifa@2026demo' })
  @IsString()
  @Length(1, 200)
  password: string;
}

export class RefreshDto {
  @ApiPropertyOptional({ description: 'The refresh token; without it, the sifa_refresh cookie is used (the web app)' })
  @IsOptional()
  @IsString()
  @Length(10, 200)
  refreshToken?: string;
}

export class LogoutDto {
  @ApiPropertyOptional({ description: 'Ignored; the session of the access token is ended.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @Length(1, 200)
  currentPassword: string;

  @ApiProperty({ minLength: 10 })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  newPassword: string;
}

export class TokenPairDto {
  @ApiProperty() accessToken: string;
  @ApiPropertyOptional({ description: 'Left out when the refresh came by cookie (it is in the cookie instead)' }) refreshToken?: string;
  @ApiProperty({ example: 'Bearer' }) tokenType: string;
  @ApiProperty({ description: 'Access token lifetime in seconds' }) expiresIn: number;
}

export class LoginResponseDto extends TokenPairDto {
  @ApiProperty({ type: () => MeDto, description: 'The user as GET /api/v1/me answers' }) user: MeDto;
}

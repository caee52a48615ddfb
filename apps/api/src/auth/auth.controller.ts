import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException } from '@app/core';
import { OrganizationEntity } from '@app/directory';
import { AuthService, CurrentPrincipal, LoginThrottlerGuard, Principal, Public, requestContext, UserEntity, UsersService, toPublicUser } from '@app/identity';
import { DataSource } from 'typeorm';
import { MeDto } from '../users/dto/user.dto';
import { ChangePasswordDto, LoginDto, LoginResponseDto, LogoutDto, RefreshDto, TokenPairDto } from './dto/auth.dto';

@ApiTags('auth')
@Controller('api/v1')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Public()
  @UseGuards(LoginThrottlerGuard)
  @Post('auth/login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in with username and password' })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ description: 'INVALID_CREDENTIALS or ACCOUNT_DISABLED' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts for this username or from this address' })
  login(@Body() dto: LoginDto, @Req() req: never) {
    return this.auth.login(dto.username, dto.password, requestContext(req));
  }

  @Public()
  @Post('auth/refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Spend a refresh token for a new pair (the old refresh token stops working)' })
  @ApiOkResponse({ type: TokenPairDto })
  refresh(@Body() dto: RefreshDto, @Req() req: never) {
    return this.auth.refresh(dto.refreshToken, requestContext(req));
  }

  @ApiBearerAuth()
  @Post('auth/logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'End the current session: its access and refresh tokens stop working at once' })
  async logout(@CurrentPrincipal() p: Principal, @Body() _dto: LogoutDto): Promise<void> {
    await this.auth.logout(p);
  }

  @ApiBearerAuth()
  @Get('me')
  @ApiOperation({ summary: 'The caller: user (or API token), organization and roles' })
  @ApiOkResponse({ type: MeDto })
  async me(@CurrentPrincipal() p: Principal): Promise<MeDto> {
    const org = await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id: p.organizationId });
    const base = { kind: p.kind, organizationName: org?.name ?? '', organizationType: p.organizationType };
    if (p.userId) {
      const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: p.userId });
      if (!user) throw AppException.unauthenticated();
      return { ...toPublicUser(user), ...base };
    }
    return {
      id: p.apiTokenId!,
      organizationId: p.organizationId,
      username: p.username,
      displayName: p.displayName,
      email: null,
      phone: null,
      roles: p.roles,
      division: null,
      active: true,
      version: 1,
      ...base,
    };
  }

  @ApiBearerAuth()
  @Post('me/password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Change your own password; your other sessions end' })
  async changePassword(@CurrentPrincipal() p: Principal, @Body() dto: ChangePasswordDto): Promise<void> {
    await this.users.changeOwnPassword(p, dto.currentPassword, dto.newPassword);
  }
}

import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiNoContentResponse,
} from '@nestjs/swagger';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig, APP_CONFIG, AppException } from '@app/core';
import { OrganizationEntity } from '@app/directory';
import {
  AuthService,
  CurrentPrincipal,
  IdentityErrorCode,
  LOGIN_LIMITER,
  LoginLimiter,
  Principal,
  Public,
  requestContext,
  UserEntity,
  UsersService,
  toPublicUser,
} from '@app/identity';
import { DataSource } from 'typeorm';
import { publicUrlIsHttps } from '../common/public-https';
import { REFRESH_COOKIE, REFRESH_COOKIE_PATH, REFRESH_REUSE_GRACE_SECONDS } from './refresh-cookie';
import { MeDto } from '../users/dto/user.dto';
import { ChangePasswordDto, LoginDto, LoginResponseDto, LogoutDto, RefreshDto, TokenPairDto } from './dto/auth.dto';

@ApiTags('auth')
@Controller('api/v1')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(LOGIN_LIMITER) private readonly limiter: LoginLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @ApiOperation({
    summary: '登录 / Log in with username and password',
    description: `Answers the token pair and the user as \`GET /api/v1/me\` describes them (organization name and type included, so a client needs no second round trip), and also sets the refresh token as an httpOnly, SameSite=Strict cookie \`${REFRESH_COOKIE}\` (path ${REFRESH_COOKIE_PATH}; Secure when the public address is https), so a browser keeps its session across tabs and links without storing a token where scripts can read it.`,
  })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ description: 'INVALID_CREDENTIALS or ACCOUNT_DISABLED' })
  @ApiTooManyRequestsResponse({
    description:
      'TOO_MANY_REQUESTS: too many failed logins for this username or from this address; the message names the minutes to wait (details.retryAfterSeconds, Retry-After header)',
  })
  @ApiErrors(429)
  async login(@Body() dto: LoginDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<LoginResponseDto> {
    const keys = this.limiter.keys(dto.username, req.ip);
    try {
      await this.limiter.assertAllowed(keys);
    } catch (e) {
      const wait = ((e as AppException).details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
      if (wait) reply.header('retry-after', String(wait));
      throw e;
    }
    try {
      const result = await this.auth.login(dto.username, dto.password, requestContext(req as never));
      this.setRefreshCookie(req, reply, result.refreshToken);
      return { ...result, user: { ...result.user, ...(await this.organizationOf(result.user.organizationId, 'user')) } };
    } catch (e) {
      // Only a wrong name or password counts against the limits (not a disabled account, not a success).
      if (e instanceof AppException && e.code === IdentityErrorCode.INVALID_CREDENTIALS) await this.limiter.recordFailure(keys);
      throw e;
    }
  }

  @Public()
  @Post('auth/refresh')
  @HttpCode(200)
  @ApiOperation({
    summary: '刷新令牌 / Spend a refresh token for a new pair (the old refresh token stops working)',
    description: `The refresh token comes in the body (API clients) or, when the body has none, from the \`${REFRESH_COOKIE}\` cookie (the web app); a cookie refresh sets the new token as the cookie and leaves it out of the body. A spent token presented again ends the session — except a cookie presented again within ${REFRESH_REUSE_GRACE_SECONDS} s of its use (two tabs refreshing at once), which gets a pair of its own.`,
  })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiErrors({ status: 401, codes: ['REFRESH_TOKEN_INVALID', 'REFRESH_TOKEN_REUSED', 'SESSION_REVOKED', 'ACCOUNT_DISABLED'] })
  async refresh(@Body() dto: RefreshDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<TokenPairDto> {
    const cookie = (req as FastifyRequest & { cookies?: Record<string, string | undefined> }).cookies?.[REFRESH_COOKIE];
    const ctx = requestContext(req as never);
    if (dto.refreshToken) return this.auth.refresh(dto.refreshToken, ctx);
    if (!cookie) throw new AppException(401, IdentityErrorCode.REFRESH_TOKEN_INVALID, 'No refresh token: log in again');
    try {
      const { refreshToken, ...pair } = await this.auth.refresh(cookie, ctx, { reuseGraceSeconds: REFRESH_REUSE_GRACE_SECONDS });
      this.setRefreshCookie(req, reply, refreshToken);
      return pair;
    } catch (e) {
      this.clearRefreshCookie(req, reply);
      throw e;
    }
  }

  @ApiBearerAuth()
  @Post('auth/logout')
  @HttpCode(204)
  @ApiOperation({ summary: '退出登录 / End the current session: its access and refresh tokens stop working at once, and the refresh cookie is cleared' })
  async logout(
    @CurrentPrincipal() p: Principal,
    @Body() _dto: LogoutDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.logout(p);
    this.clearRefreshCookie(req, reply);
  }

  @ApiBearerAuth()
  @Get('me')
  @ApiOperation({ summary: '当前用户 / The caller: user (or API token), organization and roles' })
  @ApiOkResponse({ type: MeDto })
  async me(@CurrentPrincipal() p: Principal): Promise<MeDto> {
    const base = await this.organizationOf(p.organizationId, p.kind);
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
  @ApiNoContentResponse({ description: 'Done' })
  @HttpCode(204)
  @ApiOperation({ summary: '修改密码 / Change your own password; your other sessions end' })
  @ApiErrors({ status: 422, codes: ['WRONG_PASSWORD'] })
  async changePassword(@CurrentPrincipal() p: Principal, @Body() dto: ChangePasswordDto): Promise<void> {
    await this.users.changeOwnPassword(p, dto.currentPassword, dto.newPassword);
  }

  /** What /me (and the login answer) add to a user: who they are in which organization. */
  private async organizationOf(organizationId: string, kind: Principal['kind']): Promise<Pick<MeDto, 'kind' | 'organizationName' | 'organizationType'>> {
    const org = await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id: organizationId });
    return { kind, organizationName: org?.name ?? '', organizationType: org?.type ?? '' };
  }

  private setRefreshCookie(req: FastifyRequest, reply: FastifyReply, token: string): void {
    reply.setCookie(REFRESH_COOKIE, token, { ...this.cookieOptions(req), maxAge: this.config.refreshTokenTtlSeconds });
  }

  private clearRefreshCookie(req: FastifyRequest, reply: FastifyReply): void {
    reply.clearCookie(REFRESH_COOKIE, this.cookieOptions(req));
  }

  private cookieOptions(req: FastifyRequest) {
    return { path: REFRESH_COOKIE_PATH, httpOnly: true, sameSite: 'strict' as const, secure: publicUrlIsHttps(this.config, req) };
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG, AppException, Clock, queryPrepared } from '@app/core';
import { AuditService } from '@app/audit';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuthSessionEntity } from '../entities/auth-session.entity';
import { RefreshTokenEntity } from '../entities/refresh-token.entity';
import { UserEntity } from '../entities/user.entity';
import { IdentityErrorCode } from '../identity-error-codes';
import { Principal } from '../principal';
import { OrganizationTypeName, Role } from '../roles';
import { normalizeUsername } from '../users/normalize';
import { toPublicUser } from '../users/user.mapper';
import { LoginResult, RequestContext, TokenPair } from './auth.types';
import { dummyPasswordHash, randomToken, sha256, verifyPassword } from './secret-hash';
import { TokenService } from './token.service';

interface PrincipalRow {
  id: string;
  username: string;
  display_name: string;
  organization_id: string;
  roles: Role[];
  division: string | null;
  active: boolean;
  org_type: OrganizationTypeName;
  org_active: boolean;
}

const PRINCIPAL_SQL = `
  SELECT u.id, u.username, u.display_name, u.organization_id, u.roles, u.division, u.active,
         o.type AS org_type, o.active AS org_active
    FROM users u JOIN organizations o ON o.id = u.organization_id`;

interface AccessRow extends PrincipalRow {
  org_path: string;
  org_region_code: string;
  /** When the session was ended (JSON text), or null while it is open. */
  revoked_at: string | null;
}

/**
 * The user, their organization and the token's session, by (user id, session id), as one JSON
 * value: node-postgres sets up each result column on every query, and this runs on every request.
 */
const ACCESS_SQL = `
  SELECT row_to_json(a) AS r FROM (
    SELECT u.id, u.username, u.display_name, u.organization_id, u.roles, u.division, u.active,
           o.type AS org_type, o.active AS org_active, o.path AS org_path, o.region_code AS org_region_code, s.revoked_at
      FROM users u JOIN organizations o ON o.id = u.organization_id
      JOIN auth_sessions s ON s.user_id = u.id AND s.id = $2
     WHERE u.id = $1) a`;

/** Login, refresh rotation, logout and per-request authentication of people. */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async login(username: string, password: string, ctx: RequestContext): Promise<LoginResult> {
    // Stored usernames are normalized; the input is normalized the same way (and by the login
    // throttle) and compared exactly — no folding in SQL, which folds differently.
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.username = :username', { username: normalizeUsername(username) })
      .getOne();
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !ok) {
      await this.audit.recordAlone(
        { userId: user?.id ?? null, name: username.slice(0, 100), organizationId: user?.organizationId ?? null, ip: ctx.ip, correlationId: ctx.correlationId },
        {
          action: 'auth.login_failed',
          entityType: 'user',
          entityId: user?.id ?? null,
          organizationId: user?.organizationId ?? null,
          data: { username: username.slice(0, 100) },
        },
      );
      throw new AppException(401, IdentityErrorCode.INVALID_CREDENTIALS, '用户名或密码错误 (invalid username or password)');
    }
    const orgActive = await this.organizationActive(user.organizationId);
    if (!user.active || !orgActive) {
      await this.audit.recordAlone(
        { userId: user.id, name: user.username, organizationId: user.organizationId, ip: ctx.ip, correlationId: ctx.correlationId },
        { action: 'auth.login_refused_disabled', entityType: 'user', entityId: user.id, organizationId: user.organizationId },
      );
      throw new AppException(401, IdentityErrorCode.ACCOUNT_DISABLED, '账号已停用 (this account is disabled)');
    }
    const pair = await this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      await m.update(UserEntity, { id: user.id }, { lastLoginAt: now, version: () => 'version' });
      const session = await m.save(
        AuthSessionEntity,
        m.create(AuthSessionEntity, {
          userId: user.id,
          createdAt: now,
          expiresAt: new Date(now.getTime() + this.config.refreshTokenTtlSeconds * 1000),
          ip: ctx.ip,
          userAgent: ctx.userAgent?.slice(0, 500) ?? null,
        }),
      );
      const issued = await this.issuePair(m, user.id, session.id, now);
      await this.audit.record(
        m,
        { userId: user.id, name: user.username, organizationId: user.organizationId, ip: ctx.ip, correlationId: ctx.correlationId },
        { action: 'auth.login', entityType: 'user', entityId: user.id, organizationId: user.organizationId, data: { sessionId: session.id } },
      );
      return issued;
    });
    return { ...pair, user: toPublicUser(user) };
  }

  /**
   * Spends a refresh token and returns a new pair. A spent token presented again ends the session,
   * unless `reuseGraceSeconds` is given and it was spent less than that ago (the web app's cookie,
   * sent by two tabs at once): then it gets a pair of its own in the same session.
   */
  async refresh(refreshToken: string, ctx: RequestContext, opts: { reuseGraceSeconds?: number } = {}): Promise<TokenPair> {
    const outcome = await this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      const row = await m
        .getRepository(RefreshTokenEntity)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.tokenHash = :h', { h: sha256(refreshToken) })
        .getOne();
      if (!row) return { error: IdentityErrorCode.REFRESH_TOKEN_INVALID } as const;
      const session = await m.findOneBy(AuthSessionEntity, { id: row.sessionId });
      if (!session || session.revokedAt) return { error: IdentityErrorCode.SESSION_REVOKED } as const;
      const principal = await this.loadPrincipalRow(m, session.userId);
      const graceMs = (opts.reuseGraceSeconds ?? 0) * 1000;
      if (row.usedAt && now.getTime() - row.usedAt.getTime() < graceMs && row.expiresAt > now && session.expiresAt > now) {
        if (!principal || !principal.active || !principal.org_active) return { error: IdentityErrorCode.ACCOUNT_DISABLED } as const;
        return { pair: await this.issuePair(m, session.userId, session.id, now) } as const;
      }
      if (row.usedAt) {
        await this.revokeSession(m, session, 'refresh token reused', now);
        await this.audit.record(
          m,
          {
            userId: session.userId,
            name: principal?.username ?? null,
            organizationId: principal?.organization_id ?? null,
            ip: ctx.ip,
            correlationId: ctx.correlationId,
          },
          {
            action: 'auth.refresh_reused',
            entityType: 'user',
            entityId: session.userId,
            organizationId: principal?.organization_id ?? null,
            data: { sessionId: session.id },
          },
        );
        return { error: IdentityErrorCode.REFRESH_TOKEN_REUSED } as const;
      }
      if (row.expiresAt <= now || session.expiresAt <= now) return { error: IdentityErrorCode.REFRESH_TOKEN_INVALID } as const;
      if (!principal || !principal.active || !principal.org_active) return { error: IdentityErrorCode.ACCOUNT_DISABLED } as const;
      await m.update(RefreshTokenEntity, { id: row.id }, { usedAt: now });
      return { pair: await this.issuePair(m, session.userId, session.id, now) } as const;
    });
    if ('error' in outcome) {
      const messages: Record<string, string> = {
        [IdentityErrorCode.REFRESH_TOKEN_REUSED]: 'This refresh token was already used; the session has been ended. Log in again.',
        [IdentityErrorCode.ACCOUNT_DISABLED]: 'This account is disabled',
        [IdentityErrorCode.SESSION_REVOKED]: 'This session has ended; log in again',
      };
      throw new AppException(401, outcome.error!, messages[outcome.error!] ?? 'The refresh token is not valid');
    }
    return outcome.pair;
  }

  async logout(principal: Principal): Promise<void> {
    if (!principal.sessionId) return;
    await this.dataSource.transaction(async (m) => {
      const session = await m.findOneBy(AuthSessionEntity, { id: principal.sessionId!, revokedAt: IsNull() });
      if (session) await this.revokeSession(m, session, 'logout', this.clock.now());
      await this.audit.record(m, actorOf(principal), {
        action: 'auth.logout',
        entityType: 'user',
        entityId: principal.userId,
        organizationId: principal.organizationId,
      });
    });
  }

  /** Ends every session of a user (disable, password reset). Runs in the caller's transaction. */
  async revokeAllSessions(m: EntityManager, userId: string, reason: string): Promise<number> {
    const res = await m
      .createQueryBuilder()
      .update(AuthSessionEntity)
      .set({ revokedAt: this.clock.now(), revokedReason: reason })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .execute();
    return res.affected ?? 0;
  }

  /**
   * Verifies an access JWT and checks, in one query, that its user and session are still live —
   * on every request, so a revoked session or a disabled user or organization stops at once. The
   * same query brings the organization's path and region for the caller's jurisdiction.
   */
  async authenticateAccessToken(token: string, ctx: RequestContext): Promise<Principal> {
    const claims = this.tokens.verifyAccess(token);
    const rows = await queryPrepared<{ r: AccessRow }>(this.dataSource, ACCESS_SQL, [claims.sub, claims.sid]);
    const row = rows[0]?.r;
    if (!row || row.revoked_at) throw new AppException(401, IdentityErrorCode.SESSION_REVOKED, 'This session has ended; log in again');
    if (!row.active || !row.org_active) throw new AppException(401, IdentityErrorCode.ACCOUNT_DISABLED, 'This account is disabled');
    return {
      kind: 'user',
      userId: row.id,
      username: row.username,
      displayName: row.display_name,
      organizationId: row.organization_id,
      organizationType: row.org_type,
      roles: row.roles,
      division: row.division,
      sessionId: claims.sid,
      apiTokenId: null,
      ip: ctx.ip,
      correlationId: ctx.correlationId,
      organization: { path: row.org_path, regionCode: row.org_region_code },
    };
  }

  private async issuePair(m: EntityManager, userId: string, sessionId: string, now: Date): Promise<TokenPair> {
    const refreshToken = randomToken('srt_', 32);
    await m.insert(RefreshTokenEntity, {
      sessionId,
      tokenHash: sha256(refreshToken),
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.config.refreshTokenTtlSeconds * 1000),
    });
    return {
      // Token lifetimes are security time (the wall clock), not business time: a test or an "as of"
      // operator run may move the business clock, but jsonwebtoken checks expiry against real time.
      accessToken: this.tokens.signAccess({ sub: userId, sid: sessionId }, Math.floor(Date.now() / 1000)),
      refreshToken,
      tokenType: 'Bearer',
      expiresIn: this.config.accessTokenTtlSeconds,
    };
  }

  private async revokeSession(m: EntityManager, session: AuthSessionEntity, reason: string, now: Date): Promise<void> {
    await m.update(AuthSessionEntity, { id: session.id }, { revokedAt: now, revokedReason: reason });
  }

  private async loadPrincipalRow(m: EntityManager, userId: string): Promise<PrincipalRow | undefined> {
    const rows: PrincipalRow[] = await m.query(`${PRINCIPAL_SQL} WHERE u.id = $1`, [userId]);
    return rows[0];
  }

  private async organizationActive(id: string): Promise<boolean> {
    const rows: { active: boolean }[] = await this.dataSource.query('SELECT active FROM organizations WHERE id = $1', [id]);
    return rows[0]?.active === true;
  }
}

/** The audit actor for a principal. */
export function actorOf(p: Principal) {
  return {
    userId: p.userId,
    name: p.kind === 'apiToken' ? `api-token:${p.username}` : p.username,
    organizationId: p.organizationId,
    ip: p.ip,
    correlationId: p.correlationId,
  };
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException, Clock } from '@app/core';
import { AuditService } from '@app/audit';
import { DataSource } from 'typeorm';
import { actorOf } from '../auth/auth.service';
import { RequestContext } from '../auth/auth.types';
import { randomToken, sha256 } from '../auth/secret-hash';
import { ApiTokenEntity } from '../entities/api-token.entity';
import { IdentityErrorCode } from '../identity-error-codes';
import { Principal } from '../principal';
import { OrganizationTypeName, Role, ROLES_BY_ORGANIZATION_TYPE } from '../roles';
import { grantableTokenRoles } from '../who-may-act';

export const API_TOKEN_PREFIX = 'sjt_';

export interface CreatedApiToken {
  id: string;
  name: string;
  roles: Role[];
  tokenPrefix: string;
  expiresAt: Date | null;
  /** A new token was never used nor revoked: both null, as on every token of the list. */
  lastUsedAt: null;
  revokedAt: null;
  createdAt: Date;
  /** The secret itself: shown once, never stored. */
  token: string;
}

/** Per-organization API tokens for machine clients (agencies' OA systems). */
@Injectable()
export class ApiTokenService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(actor: Principal, organizationId: string, name: string, roles: Role[], expiresAt: Date | null): Promise<CreatedApiToken> {
    const org: { type: OrganizationTypeName }[] = await this.dataSource.query('SELECT type FROM organizations WHERE id = $1', [organizationId]);
    if (!org[0]) throw AppException.notFound('Organization');
    const allowed: Role[] = ROLES_BY_ORGANIZATION_TYPE[org[0].type].filter((r) => r !== Role.SYS_ADMIN);
    const bad = roles.filter((r) => !allowed.includes(r));
    if (bad.length) {
      throw new AppException(422, IdentityErrorCode.ROLE_NOT_ALLOWED_FOR_ORGANIZATION, `Roles ${bad.join(', ')} are not allowed for a ${org[0].type} token`, [
        { field: 'roles', message: `allowed: ${allowed.join(', ')}` },
      ]);
    }
    // A token never exceeds its creator: only SYS_ADMIN grants roles it does not hold itself.
    const grantable = grantableTokenRoles(actor, allowed);
    const beyond = roles.filter((r) => !grantable.includes(r));
    if (beyond.length) {
      throw new AppException(
        403,
        IdentityErrorCode.TOKEN_ROLE_EXCEEDS_CREATOR,
        `A token cannot hold ${beyond.join(', ')}: you do not hold ${beyond.length > 1 ? 'these roles' : 'this role'} yourself`,
        [{ field: 'roles', message: `you may grant: ${grantable.join(', ') || 'none'}` }],
      );
    }
    const token = randomToken(API_TOKEN_PREFIX, 32);
    return this.dataSource.transaction(async (m) => {
      const row = await m.save(
        ApiTokenEntity,
        m.create(ApiTokenEntity, {
          organizationId,
          name,
          roles,
          tokenHash: sha256(token),
          tokenPrefix: token.slice(0, 10),
          createdBy: actor.userId,
          createdAt: this.clock.now(),
          expiresAt,
        }),
      );
      await this.audit.record(m, actorOf(actor), {
        action: 'api_token.create',
        entityType: 'api_token',
        entityId: row.id,
        organizationId,
        data: { name, roles },
      });
      return { id: row.id, name, roles, tokenPrefix: row.tokenPrefix, expiresAt, lastUsedAt: null, revokedAt: null, createdAt: row.createdAt, token };
    });
  }

  list(organizationId: string): Promise<ApiTokenEntity[]> {
    return this.dataSource.getRepository(ApiTokenEntity).find({ where: { organizationId }, order: { createdAt: 'DESC' } });
  }

  async revoke(actor: Principal, organizationId: string, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const row = await m.findOneBy(ApiTokenEntity, { id, organizationId });
      if (!row) throw AppException.notFound('API token');
      if (!row.revokedAt) await m.update(ApiTokenEntity, { id }, { revokedAt: this.clock.now() });
      await this.audit.record(m, actorOf(actor), { action: 'api_token.revoke', entityType: 'api_token', entityId: id, organizationId });
    });
  }

  async authenticate(token: string, ctx: RequestContext): Promise<Principal> {
    const rows: {
      id: string;
      name: string;
      roles: Role[];
      organization_id: string;
      org_type: OrganizationTypeName;
      org_name: string;
      revoked_at: Date | null;
      expires_at: Date | null;
      org_active: boolean;
    }[] = await this.dataSource.query(
      `SELECT t.id, t.name, t.roles, t.organization_id, t.revoked_at, t.expires_at, o.type AS org_type, o.name AS org_name, o.active AS org_active
           FROM api_tokens t JOIN organizations o ON o.id = t.organization_id WHERE t.token_hash = $1`,
      [sha256(token)],
    );
    const row = rows[0];
    const now = this.clock.now();
    if (!row || row.revoked_at || (row.expires_at && row.expires_at <= now) || !row.org_active) {
      throw new AppException(401, IdentityErrorCode.INVALID_TOKEN, 'The API token is not valid');
    }
    // Touch last_used_at at most once a minute, outside any business transaction.
    void this.dataSource
      .query(`UPDATE api_tokens SET last_used_at = $2 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $2::timestamptz - interval '1 minute')`, [
        row.id,
        now,
      ])
      .catch(() => undefined);
    return {
      kind: 'apiToken',
      userId: null,
      username: row.name,
      displayName: `${row.org_name} (${row.name})`,
      organizationId: row.organization_id,
      organizationType: row.org_type,
      roles: row.roles,
      division: null,
      sessionId: null,
      apiTokenId: row.id,
      ip: ctx.ip,
      correlationId: ctx.correlationId,
    };
  }
}

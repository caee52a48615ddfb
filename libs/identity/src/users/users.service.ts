import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException, assertVersion, escapeLike, Page } from '@app/core';
import { AuditService } from '@app/audit';
import { DataSource, EntityManager } from 'typeorm';
import { actorOf, AuthService } from '../auth/auth.service';
import { PublicUser } from '../auth/auth.types';
import { hashPassword, verifyPassword } from '../auth/secret-hash';
import { UserEntity } from '../entities/user.entity';
import { IdentityErrorCode } from '../identity-error-codes';
import { hasRole, Principal } from '../principal';
import { OrganizationTypeName, Role, ROLES_BY_ORGANIZATION_TYPE } from '../roles';
import { DIVISION_ROLES, normalizeDivision, normalizeUsername } from './normalize';
import { assertPerson } from '../who-may-act';
import { toPublicUser } from './user.mapper';

export interface CreateUserInput {
  organizationId: string;
  username: string;
  displayName: string;
  email?: string | null;
  phone?: string | null;
  roles: Role[];
  division?: string | null;
  password: string;
  active?: boolean;
}

export interface UpdateUserInput {
  version?: number;
  displayName?: string;
  email?: string | null;
  phone?: string | null;
  roles?: Role[];
  division?: string | null;
  active?: boolean;
  organizationId?: string;
  password?: string;
}

export interface UserListFilter {
  organizationId?: string;
  role?: Role;
  q?: string;
  active?: boolean;
  page: number;
  pageSize: number;
}

/** People and their roles. SYS_ADMIN manages everyone; others see their own organization. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
  ) {}

  async list(viewer: Principal, f: UserListFilter): Promise<Page<PublicUser>> {
    const qb = this.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    if (!hasRole(viewer, Role.SYS_ADMIN)) qb.andWhere('u.organizationId = :own', { own: viewer.organizationId });
    if (f.organizationId) qb.andWhere('u.organizationId = :org', { org: f.organizationId });
    if (f.role) qb.andWhere(':role = ANY(u.roles)', { role: f.role });
    if (f.active !== undefined) qb.andWhere('u.active = :active', { active: f.active });
    if (f.q) qb.andWhere('(u.username ILIKE :q OR u.displayName ILIKE :q)', { q: `%${escapeLike(f.q)}%` });
    const [rows, total] = await qb
      .orderBy('u.organizationId')
      .addOrderBy('u.username')
      .skip((f.page - 1) * f.pageSize)
      .take(f.pageSize)
      .getManyAndCount();
    return { items: rows.map(toPublicUser), total, page: f.page, pageSize: f.pageSize };
  }

  async get(viewer: Principal, id: string): Promise<PublicUser> {
    const u = await this.dataSource.getRepository(UserEntity).findOneBy({ id });
    if (!u || (!hasRole(viewer, Role.SYS_ADMIN) && u.organizationId !== viewer.organizationId && u.id !== viewer.userId)) {
      throw AppException.notFound('User');
    }
    return toPublicUser(u);
  }

  async create(actor: Principal, input: CreateUserInput): Promise<PublicUser> {
    const username = normalizeUsername(input.username);
    const roles = [...new Set(input.roles)];
    const division = normalizeDivision(input.division);
    assertDivisionFits(roles, division);
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (m) => {
      await this.assertRolesFit(m, input.organizationId, roles);
      await this.assertUsernameFree(m, username);
      const user = await m.save(
        UserEntity,
        m.create(UserEntity, {
          organizationId: input.organizationId,
          username,
          displayName: input.displayName,
          email: input.email ?? null,
          phone: input.phone ?? null,
          roles,
          division,
          active: input.active ?? true,
          passwordHash,
        }),
      );
      await this.audit.record(m, actorOf(actor), {
        action: 'user.create',
        entityType: 'user',
        entityId: user.id,
        organizationId: user.organizationId,
        data: { username: user.username, roles: user.roles, active: user.active },
      });
      return toPublicUser(user);
    });
  }

  async update(actor: Principal, id: string, input: UpdateUserInput): Promise<PublicUser> {
    const passwordHash = input.password ? await hashPassword(input.password) : undefined;
    return this.dataSource.transaction(async (m) => {
      const user = await m.getRepository(UserEntity).createQueryBuilder('u').setLock('pessimistic_write').where('u.id = :id', { id }).getOne();
      if (!user) throw AppException.notFound('User');
      assertVersion(input.version, user.version);
      const organizationId = input.organizationId ?? user.organizationId;
      const roles = input.roles ? [...new Set(input.roles)] : user.roles;
      const division = input.division === undefined ? undefined : normalizeDivision(input.division);
      // Checked on every update, not only when roles change: the row must hold the rule afterwards.
      assertDivisionFits(roles, division === undefined ? user.division : division);
      if (input.roles || input.organizationId) await this.assertRolesFit(m, organizationId, roles);
      const changes: Record<string, unknown> = {};
      const set = <K extends keyof UserEntity>(k: K, v: UserEntity[K] | undefined) => {
        if (v !== undefined && JSON.stringify(v) !== JSON.stringify(user[k])) {
          changes[k] = { from: user[k], to: v };
          user[k] = v;
        }
      };
      set('displayName', input.displayName);
      set('email', input.email);
      set('phone', input.phone);
      set('roles', input.roles ? roles : undefined);
      set('division', division);
      set('active', input.active);
      set('organizationId', input.organizationId);
      if (passwordHash) {
        user.passwordHash = passwordHash;
        changes.password = 'reset';
      }
      const saved = await m.save(UserEntity, user);
      const mustRevoke =
        changes.active !== undefined && user.active === false
          ? 'disabled'
          : passwordHash
            ? 'password reset'
            : changes.roles || changes.organizationId
              ? 'roles changed'
              : null;
      if (mustRevoke) await this.auth.revokeAllSessions(m, id, mustRevoke);
      await this.audit.record(m, actorOf(actor), {
        action: user.active === false && changes.active ? 'user.disable' : 'user.update',
        entityType: 'user',
        entityId: id,
        organizationId: user.organizationId,
        data: { changes, sessionsRevoked: Boolean(mustRevoke) },
      });
      return toPublicUser(saved);
    });
  }

  /** A user changes their own password (knowing the current one); other sessions end. */
  async changeOwnPassword(actor: Principal, current: string, next: string): Promise<void> {
    assertPerson(actor); // API tokens have no password
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: actor.userId })
      .getOne();
    if (!user || !(await verifyPassword(user.passwordHash, current))) {
      throw new AppException(422, IdentityErrorCode.WRONG_PASSWORD, 'The current password is not correct', [
        { field: 'currentPassword', message: 'wrong password' },
      ]);
    }
    const passwordHash = await hashPassword(next);
    await this.dataSource.transaction(async (m) => {
      await m.update(UserEntity, { id: user.id }, { passwordHash });
      await m.query('UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $3 WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL', [
        user.id,
        actor.sessionId,
        'password changed',
      ]);
      await this.audit.record(m, actorOf(actor), {
        action: 'user.password_change',
        entityType: 'user',
        entityId: user.id,
        organizationId: user.organizationId,
      });
    });
  }

  private async assertRolesFit(m: EntityManager, organizationId: string, roles: Role[]): Promise<void> {
    const org: { type: OrganizationTypeName }[] = await m.query('SELECT type FROM organizations WHERE id = $1', [organizationId]);
    if (!org[0]) {
      throw new AppException(422, IdentityErrorCode.ORGANIZATION_NOT_FOUND, 'The organization does not exist', [
        { field: 'organizationId', message: 'unknown organization' },
      ]);
    }
    const allowed = ROLES_BY_ORGANIZATION_TYPE[org[0].type];
    const bad = roles.filter((r) => !allowed.includes(r));
    if (bad.length) {
      throw new AppException(
        422,
        IdentityErrorCode.ROLE_NOT_ALLOWED_FOR_ORGANIZATION,
        `A member of a ${org[0].type} organization cannot hold ${bad.join(', ')}`,
        [{ field: 'roles', message: `allowed: ${allowed.join(', ')}` }],
      );
    }
  }

  /** `username` is normalized (normalizeUsername); stored usernames are too, so equality is the test. */
  private async assertUsernameFree(m: EntityManager, username: string): Promise<void> {
    const taken = await m.query('SELECT 1 FROM users WHERE username = $1', [username]);
    if (taken.length) {
      throw new AppException(409, IdentityErrorCode.USERNAME_TAKEN, 'This username is already taken', [{ field: 'username', message: 'taken' }]);
    }
  }
}

/** JUDGE and DIVISION_HEAD users belong to a division: 422 DIVISION_REQUIRED otherwise (nothing written). */
function assertDivisionFits(roles: readonly Role[], division: string | null): void {
  const needing = roles.filter((r) => DIVISION_ROLES.includes(r));
  if (needing.length && !division) {
    throw new AppException(422, IdentityErrorCode.DIVISION_REQUIRED, `A user holding ${needing.join(', ')} needs a division (庭室)`, [
      { field: 'division', message: `required for ${needing.join(', ')}` },
    ]);
  }
}

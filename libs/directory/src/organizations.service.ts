import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException, assertVersion, escapeLike, Page } from '@app/core';
import { AuditService } from '@app/audit';
import { actorOf, hasRole, Principal, Role } from '@app/identity';
import { DataSource, EntityManager } from 'typeorm';
import { normalizeCourtCaseCode } from './court-case-code';
import { DirectoryErrorCode } from './directory-error-codes';
import { OrganizationEntity, OrganizationType } from './organization.entity';
import { regionPrefix } from './region';

export interface OrganizationInput {
  type: OrganizationType;
  name: string;
  shortName: string;
  code?: string | null;
  /** A court's 法院代字 (浙0781). */
  caseCode?: string | null;
  regionCode: string;
  parentId?: string | null;
  emails?: string[];
  replyNeedsApproval?: boolean;
  active?: boolean;
}

export type OrganizationPatch = Partial<Omit<OrganizationInput, 'type'>> & { version?: number };

export interface OrganizationFilter {
  type?: OrganizationType;
  parentId?: string;
  /** Organizations whose region lies inside this one. */
  regionCode?: string;
  q?: string;
  active?: boolean;
  page: number;
  pageSize: number;
}

/** The organization tree. Everyone signed in reads it (it is the address book); SYS_ADMIN writes. */
@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(viewer: Principal, f: OrganizationFilter): Promise<Page<OrganizationEntity>> {
    const qb = this.dataSource.getRepository(OrganizationEntity).createQueryBuilder('o');
    if (!hasRole(viewer, Role.SYS_ADMIN)) qb.andWhere('o.active = true');
    if (f.active !== undefined) qb.andWhere('o.active = :active', { active: f.active });
    if (f.type) qb.andWhere('o.type = :type', { type: f.type });
    if (f.parentId) qb.andWhere('o.parentId = :parentId', { parentId: f.parentId });
    if (f.regionCode) qb.andWhere('o.regionCode LIKE :rp', { rp: `${regionPrefix(f.regionCode)}%` });
    if (f.q) qb.andWhere('(o.name ILIKE :q OR o.shortName ILIKE :q)', { q: `%${escapeLike(f.q)}%` });
    const [items, total] = await qb
      .orderBy('o.path')
      .skip((f.page - 1) * f.pageSize)
      .take(f.pageSize)
      .getManyAndCount();
    return { items, total, page: f.page, pageSize: f.pageSize };
  }

  async get(viewer: Principal, id: string): Promise<OrganizationEntity> {
    const org = await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id });
    if (!org || (!org.active && !hasRole(viewer, Role.SYS_ADMIN))) throw AppException.notFound('Organization');
    return org;
  }

  async create(actor: Principal, input: OrganizationInput): Promise<OrganizationEntity> {
    return this.dataSource.transaction((m) => this.createAudited(m, actor, input));
  }

  /** Creates an organization and its audit row inside the caller's transaction (create, directory import). */
  async createAudited(m: EntityManager, actor: Principal, input: OrganizationInput, via?: string): Promise<OrganizationEntity> {
    const org = await this.createIn(m, input);
    await this.audit.record(m, actorOf(actor), {
      action: 'organization.create',
      entityType: 'organization',
      entityId: org.id,
      organizationId: org.id,
      data: via ? { ...input, via } : { ...input },
    });
    return org;
  }

  /** Creates an organization inside the caller's transaction. */
  createIn(m: EntityManager, input: OrganizationInput): Promise<OrganizationEntity> {
    return insertOrganization(m, input);
  }

  async update(actor: Principal, id: string, patch: OrganizationPatch): Promise<OrganizationEntity> {
    return this.dataSource.transaction(async (m) => (await this.updateIn(m, actor, id, patch)).org);
  }

  /**
   * Applies a patch inside the caller's transaction: the changed fields, a move in the tree (with
   * the subtree's paths), and an audit row when anything changed. Answers what changed.
   */
  async updateIn(
    m: EntityManager,
    actor: Principal,
    id: string,
    patch: OrganizationPatch,
    via?: string,
  ): Promise<{ org: OrganizationEntity; changes: Record<string, { from: unknown; to: unknown }> }> {
    const repo = m.getRepository(OrganizationEntity);
    const org = await repo.createQueryBuilder('o').setLock('pessimistic_write').where('o.id = :id', { id }).getOne();
    if (!org) throw AppException.notFound('Organization');
    assertVersion(patch.version, org.version);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const fields = ['name', 'shortName', 'code', 'caseCode', 'regionCode', 'emails', 'replyNeedsApproval', 'active'] as const;
    for (const k of fields) {
      const v = patch[k];
      if (v !== undefined && JSON.stringify(v) !== JSON.stringify(org[k])) {
        changes[k] = { from: org[k], to: v };
        (org as unknown as Record<string, unknown>)[k] = v;
      }
    }
    if (changes.code) await assertCodeFree(m, org.code, org.id);
    if (changes.caseCode) await assertCaseCodeFree(m, org.caseCode, org.id, org.type);
    const oldPath = org.path;
    if (patch.parentId !== undefined && patch.parentId !== org.parentId) {
      const parent = patch.parentId ? await loadParent(m, patch.parentId, org.type) : null;
      if (parent && parent.path.startsWith(oldPath)) {
        throw new AppException(422, DirectoryErrorCode.CYCLE, 'An organization cannot be moved under itself or its own subtree', [
          { field: 'parentId', message: 'would create a cycle' },
        ]);
      }
      changes.parentId = { from: org.parentId, to: parent?.id ?? null };
      org.parentId = parent?.id ?? null;
      org.path = `${parent?.path ?? '/'}${org.id}/`;
    }
    if (!Object.keys(changes).length) return { org, changes };
    const saved = await repo.save(org);
    if (oldPath !== org.path) {
      await m.query(`UPDATE organizations SET path = $1 || substr(path, $3) WHERE path LIKE $2 AND id <> $4`, [
        org.path,
        `${escapeLike(oldPath)}%`,
        oldPath.length + 1,
        org.id,
      ]);
    }
    await this.audit.record(m, actorOf(actor), {
      action: 'organization.update',
      entityType: 'organization',
      entityId: org.id,
      organizationId: org.id,
      data: via ? { changes, via } : { changes },
    });
    return { org: saved, changes };
  }
}

async function loadParent(m: EntityManager, parentId: string, childType: OrganizationType): Promise<OrganizationEntity> {
  const parent = await m.getRepository(OrganizationEntity).findOneBy({ id: parentId });
  if (!parent) {
    throw new AppException(422, DirectoryErrorCode.PARENT_NOT_FOUND, 'The parent organization does not exist', [
      { field: 'parentId', message: 'unknown organization' },
    ]);
  }
  const ok = childType === OrganizationType.COURT ? parent.type === OrganizationType.COURT : parent.type !== OrganizationType.COURT;
  if (!ok) {
    throw new AppException(422, DirectoryErrorCode.PARENT_TYPE_MISMATCH, `A ${childType} cannot sit under a ${parent.type}`, [
      { field: 'parentId', message: 'courts sit under courts; other bodies under non-courts' },
    ]);
  }
  return parent;
}

async function assertCodeFree(m: EntityManager, code: string | null, selfId: string | null): Promise<void> {
  if (!code) return;
  const rows = await m.query('SELECT id FROM organizations WHERE code = $1 AND ($2::uuid IS NULL OR id <> $2)', [code, selfId]);
  if (rows.length) {
    throw new AppException(409, DirectoryErrorCode.CODE_TAKEN, 'Another organization already has this code', [{ field: 'code', message: 'taken' }]);
  }
}

/** Inserts one organization under its parent, computing its materialized path (seed and service). */
export async function insertOrganization(m: EntityManager, input: OrganizationInput): Promise<OrganizationEntity> {
  const parent = input.parentId ? await loadParent(m, input.parentId, input.type) : null;
  await assertCodeFree(m, input.code ?? null, null);
  await assertCaseCodeFree(m, input.caseCode ?? null, null, input.type);
  const repo = m.getRepository(OrganizationEntity);
  const id = (await m.query('SELECT gen_random_uuid() AS id'))[0].id as string;
  return repo.save(
    repo.create({
      id,
      type: input.type,
      name: input.name,
      shortName: input.shortName,
      code: input.code ?? null,
      caseCode: input.caseCode ?? null,
      regionCode: input.regionCode,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      emails: input.emails ?? [],
      replyNeedsApproval: input.replyNeedsApproval ?? false,
      active: input.active ?? true,
    }),
  );
}

/** The 法院代字 of a court: well formed, only on courts, used by no other court (422 CASE_CODE_INVALID / 409 CASE_CODE_TAKEN). */
async function assertCaseCodeFree(m: EntityManager, caseCode: string | null, ownId: string | null, type: OrganizationType): Promise<void> {
  if (caseCode === null) return;
  const invalid = (message: string) => new AppException(422, DirectoryErrorCode.CASE_CODE_INVALID, message, [{ field: 'caseCode', message }]);
  if (type !== OrganizationType.COURT) throw invalid('only a court has a 法院代字');
  if (normalizeCourtCaseCode(caseCode) !== caseCode) throw invalid('法院代字须为省级简称加两位或四位数字，如浙0781');
  const other = await m.getRepository(OrganizationEntity).findOneBy({ caseCode });
  if (other && other.id !== ownId) throw AppException.conflict(DirectoryErrorCode.CASE_CODE_TAKEN, 'This 法院代字 belongs to another court');
}

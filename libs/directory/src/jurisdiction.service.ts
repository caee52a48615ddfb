import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hasRole, Principal, Role } from '@app/identity';
import { DataSource } from 'typeorm';
import { OrganizationEntity, OrganizationType } from './organization.entity';
import { regionPrefix } from './region';

/**
 * Which issuing courts' letters a caller sees in full:
 * - `subtree`: courts whose path starts with `pathPrefix` (a court admin/leader: own court and,
 *   for a higher court, every court below it; a court-side supervisor likewise);
 * - `region`: courts whose region lies inside `regionPrefix` (人大 / 党委 supervisors);
 * - `none`: no court's letters by jurisdiction (agencies see only what was delivered to them).
 */
export type CourtScope =
  | { kind: 'none' }
  | { kind: 'subtree'; pathPrefix: string }
  | { kind: 'region'; regionPrefix: string };

export interface Jurisdiction {
  principal: Principal;
  courtScope: CourtScope;
  /** For court staff: their own court. */
  courtId: string | null;
  /** A judge (and nothing wider) sees only letters they drafted. */
  authorUserId: string | null;
  /** A division head (and nothing wider) sees only their division's letters. */
  division: string | null;
  /** For agency staff and API tokens: letters delivered to this organization (MAIN or COPY). */
  recipientOrganizationId: string | null;
}

/**
 * The one answer to "which organizations' data may this caller see". Every later read (letters,
 * deliveries, statistics, search, exports, attachments) builds its query scope from here.
 */
@Injectable()
export class JurisdictionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async resolve(p: Principal): Promise<Jurisdiction> {
    const org = await this.dataSource.getRepository(OrganizationEntity).findOneByOrFail({ id: p.organizationId });
    const base: Jurisdiction = { principal: p, courtScope: { kind: 'none' }, courtId: null, authorUserId: null, division: null, recipientOrganizationId: null };
    if (org.type === OrganizationType.COURT) {
      base.courtId = org.id;
      if (hasRole(p, Role.COURT_ADMIN, Role.COURT_LEADER, Role.SUPERVISOR)) {
        base.courtScope = { kind: 'subtree', pathPrefix: org.path };
      } else if (hasRole(p, Role.DIVISION_HEAD)) {
        base.courtScope = { kind: 'subtree', pathPrefix: org.path };
        base.division = p.division ?? '';
      } else if (hasRole(p, Role.JUDGE)) {
        base.courtScope = { kind: 'subtree', pathPrefix: org.path };
        base.authorUserId = p.userId ?? '00000000-0000-0000-0000-000000000000';
      }
      return base;
    }
    if ((org.type === OrganizationType.CONGRESS || org.type === OrganizationType.PARTY_COMMITTEE) && hasRole(p, Role.SUPERVISOR)) {
      base.courtScope = { kind: 'region', regionPrefix: regionPrefix(org.regionCode) };
      return base;
    }
    if (hasRole(p, Role.AGENCY_CLERK, Role.AGENCY_LEADER)) base.recipientOrganizationId = org.id;
    return base;
  }

  /**
   * SQL that selects the ids of courts in scope, for `court_id IN (…)` filters. Parameters are
   * returned alongside so callers can bind them under their own names.
   */
  courtIdsSubquery(scope: CourtScope, param = 'scopeValue'): { sql: string; params: Record<string, string> } | null {
    switch (scope.kind) {
      case 'subtree':
        return { sql: `SELECT id FROM organizations WHERE type = 'COURT' AND path LIKE :${param}`, params: { [param]: `${scope.pathPrefix}%` } };
      case 'region':
        return { sql: `SELECT id FROM organizations WHERE type = 'COURT' AND region_code LIKE :${param}`, params: { [param]: `${scope.regionPrefix}%` } };
      default:
        return null;
    }
  }

  /** Whether a court lies in the caller's court scope. */
  async courtInScope(j: Jurisdiction, courtId: string): Promise<boolean> {
    const sub = this.courtIdsSubquery(j.courtScope);
    if (!sub) return false;
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('1')
      .from(OrganizationEntity, 'c')
      .where('c.id = :courtId', { courtId })
      .andWhere(`c.id IN (${sub.sql})`, sub.params)
      .getRawMany();
    return rows.length > 0;
  }
}

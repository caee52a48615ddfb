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

/** What of the caller's organization decides its scope. */
type ScopeOrganization = Pick<OrganizationEntity, 'id' | 'type' | 'path' | 'regionCode'>;

/**
 * The one answer to "which organizations' data may this caller see". Every later read (letters,
 * deliveries, statistics, search, exports, attachments) builds its query scope from here.
 */
@Injectable()
export class JurisdictionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async resolve(p: Principal): Promise<Jurisdiction> {
    // A principal authenticated on this request carries its organization as read with its credentials.
    const org: ScopeOrganization = p.organization
      ? { id: p.organizationId, type: p.organizationType as OrganizationType, path: p.organization.path, regionCode: p.organization.regionCode }
      : await this.loadOrganization(p.organizationId);
    return this.resolveFor(p, org);
  }

  /** For principals that do not carry their organization (scripts, API tokens, tests). */
  private async loadOrganization(id: string): Promise<ScopeOrganization> {
    const org = await this.dataSource.getRepository(OrganizationEntity).findOneByOrFail({ id });
    return { id: org.id, type: org.type, path: org.path, regionCode: org.regionCode };
  }

  private resolveFor(p: Principal, org: ScopeOrganization): Jurisdiction {
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

  /**
   * THE visibility rule for letters, as a SQL condition on a `suggestions` row aliased `s`
   * (columns court_id, author_id, division, status) — used by every read, list, search, export,
   * attachment download and statistic. Court staff see their court's letters (a judge only their
   * own, a division head their division's); a higher court and supervisors see the letters of
   * courts in their scope once they leave the issuing court (issued, escalated, closed…); an
   * agency sees a letter only when it holds a delivery of it (MAIN or COPY).
   */
  suggestionScope(j: Jurisdiction, s = 's', paramPrefix = 'vis'): { sql: string; params: Record<string, unknown> } {
    const clauses: string[] = [];
    const params: Record<string, unknown> = {};
    const internal = `${s}.status IN ('DRAFT','IN_REVIEW','IN_APPROVAL','RETURNED','WITHDRAWN')`;
    if (j.courtId && j.courtScope.kind === 'subtree') {
      params[`${paramPrefix}Court`] = j.courtId;
      const own = [`${s}.court_id = :${paramPrefix}Court`];
      if (j.authorUserId) {
        params[`${paramPrefix}Author`] = j.authorUserId;
        own.push(`${s}.author_id = :${paramPrefix}Author`);
      } else if (j.division !== null) {
        params[`${paramPrefix}Division`] = j.division;
        own.push(`${s}.division = :${paramPrefix}Division`);
      }
      clauses.push(`(${own.join(' AND ')})`);
      if (!j.authorUserId && j.division === null) {
        const sub = this.courtIdsSubquery(j.courtScope, `${paramPrefix}Path`)!;
        Object.assign(params, sub.params);
        clauses.push(`(${s}.court_id IN (${sub.sql}) AND NOT ${internal})`);
      }
    } else if (j.courtScope.kind !== 'none') {
      const sub = this.courtIdsSubquery(j.courtScope, `${paramPrefix}Path`)!;
      Object.assign(params, sub.params);
      clauses.push(`(${s}.court_id IN (${sub.sql}) AND NOT ${internal})`);
    }
    if (j.recipientOrganizationId) {
      params[`${paramPrefix}Recipient`] = j.recipientOrganizationId;
      clauses.push(`EXISTS (SELECT 1 FROM deliveries vd WHERE vd.suggestion_id = ${s}.id AND vd.organization_id = :${paramPrefix}Recipient)`);
    }
    return { sql: clauses.length ? `(${clauses.join(' OR ')})` : 'FALSE', params };
  }

  /**
   * Visibility of a `deliveries` row aliased `d` joined to its letter `s`: court side and
   * supervisors see every delivery of a letter they see; an agency sees only its own.
   */
  deliveryScope(j: Jurisdiction, d = 'd', s = 's', paramPrefix = 'dvis'): { sql: string; params: Record<string, unknown> } {
    if (j.recipientOrganizationId && j.courtScope.kind === 'none') {
      return { sql: `${d}.organization_id = :${paramPrefix}Org`, params: { [`${paramPrefix}Org`]: j.recipientOrganizationId } };
    }
    return this.suggestionScope(j, s, paramPrefix);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppException } from '@app/core';
import { Jurisdiction, JurisdictionService, OrganizationEntity, OrganizationType, regionPrefix } from '@app/directory';
import { Principal } from '@app/identity';
import { CourtConstraint, StatsFilters, StatsScope } from './stats-scope';

const overlaps = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/**
 * Turns "who is asking" (JurisdictionService) and "what they asked for" into the scope the
 * figures cover. Statistics count issued letters only, so the court-side visibility rule reduces
 * to "issuing court in the caller's court scope" and the agency rule to "my own deliveries" —
 * the same sets `deliveryScope` selects, restricted to MAIN deliveries.
 * - a court (admin, leader, court-side supervisor): its subtree; a court or region outside → 404;
 * - a 人大/党委 supervisor: courts whose region lies inside its own; outside → 404;
 * - an agency: only its own deliveries, whatever organizationId/regionCode it asks for (its
 *   court/region filters still narrow its own figures);
 * - judges and division heads (who see only their own/division letters), and callers with no
 *   statistics scope, get 403.
 */
@Injectable()
export class StatsScopeService {
  constructor(
    private readonly jurisdiction: JurisdictionService,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  async resolve(p: Principal, f: StatsFilters): Promise<StatsScope> {
    const j = await this.jurisdiction.resolve(p);
    return this.resolveFor(j, f);
  }

  async resolveFor(j: Jurisdiction, f: StatsFilters): Promise<StatsScope> {
    const v = this.jurisdiction.asScope(j);
    if (f.from && f.to && f.from > f.to) throw AppException.validation([{ field: 'to', message: 'to must not be before from' }]);
    const orgs = this.ds.getRepository(OrganizationEntity);
    const me = await orgs.findOneByOrFail({ id: j.principal.organizationId });
    const scope: StatsScope = {
      viewer: 'agency',
      courts: [],
      courtIds: null,
      organizationId: null,
      category: f.category ?? null,
      domain: f.domain ?? null,
      from: f.from ?? null,
      to: f.to ?? null,
      viewerOrganizationId: me.id,
      peerRegionPrefix: null,
    };
    let base: { prefix: string; constraint: CourtConstraint | null };
    if (j.courtScope.kind === 'subtree' && j.courtId) {
      if (j.authorUserId || j.division !== null)
        throw AppException.forbidden('Statistics are for court administrators, court leaders, supervisors and recipients');
      scope.viewer = 'court';
      base = { prefix: regionPrefix(me.regionCode), constraint: { kind: 'subtree', courtId: me.id, pathPrefix: j.courtScope.pathPrefix } };
    } else if (j.courtScope.kind === 'region') {
      scope.viewer = 'region';
      base = { prefix: j.courtScope.regionPrefix, constraint: { kind: 'region', prefix: j.courtScope.regionPrefix } };
    } else if (j.recipientOrganizationId) {
      scope.viewer = 'agency';
      scope.organizationId = j.recipientOrganizationId;
      // Peers: the agencies of its city (or of its province, for a provincial agency).
      const own = regionPrefix(me.regionCode);
      scope.peerRegionPrefix = own.length >= 4 ? own.slice(0, 4) : own;
      base = { prefix: '', constraint: null };
    } else {
      throw AppException.forbidden('You have no statistics scope');
    }
    const courts: CourtConstraint[] = base.constraint ? [base.constraint] : [];

    if (f.courtId) {
      const court = await orgs.findOneBy({ id: f.courtId });
      if (!court || court.type !== OrganizationType.COURT) throw AppException.notFound('Court');
      if (scope.viewer !== 'agency' && !this.jurisdiction.courtInScope(v, court.id)) throw AppException.notFound('Court');
      const sub: CourtConstraint = { kind: 'subtree', courtId: court.id, pathPrefix: court.path };
      if (scope.viewer === 'court') {
        courts.splice(0, courts.length, sub); // inside the caller's subtree: the narrower subtree replaces it
      } else if (scope.viewer === 'region') {
        const [{ outside }]: Array<{ outside: boolean }> = await this.ds.query(
          `SELECT EXISTS (SELECT 1 FROM organizations WHERE type = 'COURT' AND path LIKE $1 AND region_code NOT LIKE $2) AS outside`,
          [`${court.path}%`, `${base.prefix}%`],
        );
        if (outside) courts.push(sub);
        else courts.splice(0, courts.length, sub);
      } else {
        courts.push(sub);
      }
    }
    if (f.regionCode) {
      const prefix = regionPrefix(f.regionCode);
      if (scope.viewer === 'agency') {
        courts.push({ kind: 'region', prefix });
      } else if (!overlaps(prefix, base.prefix)) {
        throw AppException.notFound('Region');
      } else if (prefix.length > base.prefix.length) {
        // Narrower than the jurisdiction: courts of the jurisdiction inside that region.
        if (courts.length === 1 && courts[0].kind === 'region') courts.splice(0, 1, { kind: 'region', prefix });
        else courts.push({ kind: 'region', prefix });
      } // wider or equal: the jurisdiction already bounds it
    }
    if (f.organizationId && scope.viewer !== 'agency') {
      const org = await orgs.findOneBy({ id: f.organizationId });
      if (!org) throw AppException.notFound('Organization');
      scope.organizationId = org.id;
    }
    scope.courts = courts;
    scope.courtIds = await this.courtIdsOf(scope.viewer === 'agency' ? null : v.courtIds, courts);
    return scope;
  }

  /** `visible` (null: any court) narrowed by each constraint, court sets read from the directory tree (cached). */
  private async courtIdsOf(visible: string[] | null, courts: CourtConstraint[]): Promise<string[] | null> {
    let ids = visible;
    for (const c of courts) {
      const set =
        c.kind === 'court'
          ? [c.courtId]
          : await this.jurisdiction.courtIdsOf(
              c.kind === 'subtree' ? { kind: 'subtree', pathPrefix: c.pathPrefix } : { kind: 'region', regionPrefix: c.prefix },
            );
      const inside = ids ? new Set(ids) : null;
      ids = inside ? set.filter((id) => inside.has(id)) : set;
    }
    return ids;
  }

  /** Court-and-year scope of the annual report: that court's own letters; outside the jurisdiction → 404. */
  async resolveCourtYear(p: Principal, courtId: string, year: number): Promise<{ scope: StatsScope; court: OrganizationEntity }> {
    const scope = await this.resolve(p, { courtId, from: `${year}-01-01`, to: `${year}-12-31` });
    if (scope.viewer === 'agency') throw AppException.forbidden('The annual report is for courts and supervisors');
    const court = await this.ds.getRepository(OrganizationEntity).findOneByOrFail({ id: courtId });
    scope.courts = [{ kind: 'court', courtId }];
    scope.courtIds = [courtId];
    return { scope, court };
  }
}

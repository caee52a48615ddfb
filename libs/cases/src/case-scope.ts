import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException } from '@app/core';
import { JurisdictionService, regionInside, regionPrefix, VisibilityScope } from '@app/directory';
import { Principal } from '@app/identity';
import { DataSource } from 'typeorm';
import { CaseErrorCode } from './case-errors';

/** The courts whose case records a caller reads or writes, and what they narrowed it to. */
export interface CaseScope {
  visibility: VisibilityScope;
  /** Every court of the caller's scope (a court: its subtree; a 人大/党委: the courts of its region). */
  courtIds: string[];
  /** The courts asked for (courtId's subtree, regionCode's courts) inside the scope. */
  selected: string[];
  courtId: string | null;
  regionCode: string | null;
}

/**
 * Case data follows the one visibility rule (VisibilityScope, libs/directory): a court sees the
 * cases of its subtree, a 人大/党委 supervisor those of the courts of its region, agencies none
 * (403 NO_CASE_SCOPE). A court or region outside the scope answers 404.
 */
@Injectable()
export class CaseScopeService {
  constructor(
    private readonly jurisdiction: JurisdictionService,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  async resolve(p: Principal, f: { courtId?: string; regionCode?: string } = {}): Promise<CaseScope> {
    const visibility = await this.jurisdiction.resolve(p);
    if (visibility.courtScope.kind === 'none' || !visibility.courtIds.length)
      throw new AppException(403, CaseErrorCode.NO_CASE_SCOPE, 'Case data is for courts and their supervisors');
    const courtIds = visibility.courtIds;
    let selected = courtIds;
    if (f.courtId) {
      if (!courtIds.includes(f.courtId)) throw AppException.notFound('Court');
      const [court] = await this.ds.query(`SELECT path FROM organizations WHERE id = $1`, [f.courtId]);
      const inScope = new Set(courtIds);
      selected = (await this.jurisdiction.courtsOf({ kind: 'subtree', pathPrefix: court.path })).filter((id) => inScope.has(id));
    }
    if (f.regionCode) {
      const own = visibility.courtScope.kind === 'region' ? visibility.courtScope.regionPrefix : null;
      if (own && !regionInside(f.regionCode, `${own}${'0'.repeat(6 - own.length)}`) && !own.startsWith(regionPrefix(f.regionCode)))
        throw AppException.notFound('Region');
      const inRegion = new Set(await this.jurisdiction.courtsOf({ kind: 'region', regionPrefix: regionPrefix(f.regionCode) }));
      selected = selected.filter((id) => inRegion.has(id));
      if (!selected.length && !own) throw AppException.notFound('Region');
    }
    return { visibility, courtIds, selected, courtId: f.courtId ?? null, regionCode: f.regionCode ?? null };
  }
}

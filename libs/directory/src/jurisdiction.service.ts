import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hasRole, Principal, Role } from '@app/identity';
import { DataSource } from 'typeorm';
import { OrganizationEntity, OrganizationType } from './organization.entity';
import { regionPrefix } from './region';
import { FieldRules, INTERNAL_LETTER_SQL, isVisibilityScope as isScope, SqlFilter, VisibilityScope } from './visibility-scope';
import { CourtSet, VisibleCourts } from './visible-courts';

/**
 * Which issuing courts' letters a caller sees in full:
 * - `subtree`: courts whose path starts with `pathPrefix` (a court admin/leader: own court and,
 *   for a higher court, every court below it; a court-side supervisor likewise);
 * - `region`: courts whose region lies inside `regionPrefix` (人大 / 党委 supervisors);
 * - `none`: no court's letters by jurisdiction (agencies see only what was delivered to them).
 */
export type CourtScope = { kind: 'none' } | { kind: 'subtree'; pathPrefix: string } | { kind: 'region'; regionPrefix: string };

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
  private readonly courts: VisibleCourts;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.courts = new VisibleCourts(dataSource);
  }

  /**
   * The caller's {@link VisibilityScope}, once per request: the Jurisdiction plus the visible court
   * ids (from the directory tree, cached per subtree/region and invalidated by `directory_version`,
   * see VisibleCourts) and the field rules. Readers filter with {@link visibleLetters} /
   * {@link visibleDeliveries}.
   */
  async resolve(p: Principal): Promise<VisibilityScope> {
    // A principal authenticated on this request carries its organization as read with its credentials.
    const org: ScopeOrganization = p.organization
      ? { id: p.organizationId, type: p.organizationType as OrganizationType, path: p.organization.path, regionCode: p.organization.regionCode }
      : await this.loadOrganization(p.organizationId);
    return this.scopeOf(this.resolveFor(p, org));
  }

  private async scopeOf(j: Jurisdiction): Promise<VisibilityScope> {
    const fields: FieldRules = { internalFields: j.courtScope.kind !== 'none', pendingRepliesOf: j.principal.organizationId ?? null };
    if (j.courtScope.kind === 'none')
      return { ...j, letters: j.recipientOrganizationId ? 'recipient' : 'none', courtIds: [], ownCourtId: null, adoptedLetterIds: [], fields };
    const ownCourtId = j.courtScope.kind === 'subtree' ? j.courtId : null;
    const [courtIds, adoptedLetterIds] = await Promise.all([this.courts.ids(j.courtScope), ownCourtId ? this.adoptedFrom(ownCourtId, j) : []]);
    return { ...j, letters: 'courts', courtIds, ownCourtId, adoptedLetterIds, fields };
  }

  /**
   * Art. 3 follow-through: the letters a higher court made of the caller's own letters (adopted
   * escalations) — a judge: of their own letters, a division head: of their division's, the court
   * admin and leaders: of the court's. Read by the partial index ix_suggestions_adopted_origin.
   */
  private async adoptedFrom(courtId: string, j: Jurisdiction): Promise<string[]> {
    const [who, extra] = j.authorUserId ? [' AND author_id = $2', [j.authorUserId]] : j.division !== null ? [' AND division = $2', [j.division]] : ['', []];
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT adopted_as_id AS id FROM suggestions WHERE court_id = $1 AND adopted_as_id IS NOT NULL${who}`,
      [courtId, ...extra],
    );
    return rows.map((r) => r.id);
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

  /** The ids of the courts of a subtree or a region (directory tree, cached like the scopes). */
  courtsOf(set: CourtSet): Promise<string[]> {
    return this.courts.ids(set);
  }

  /** courtsOf of several sets at once (answers in order; one read of the version when all are cached). */
  courtsOfMany(sets: CourtSet[]): Promise<string[][]> {
    return this.courts.idsOfMany(sets);
  }

  /**
   * The ids of the courts in a subtree or region of the directory tree (cached like the scope's own,
   * see VisibleCourts), for readers that narrow the caller's `courtIds` further (statistics filters).
   */
  courtIdsOf(set: CourtSet): Promise<string[]> {
    return this.courts.ids(set);
  }

  /** Whether a court lies in the caller's court scope. */
  courtInScope(j: Jurisdiction, courtId: string): boolean {
    return scopeOf(j).courtIds.includes(courtId);
  }

  /** `j` as the VisibilityScope resolve() made it (every Jurisdiction in the code comes from resolve()). */
  asScope(j: Jurisdiction): VisibilityScope {
    return scopeOf(j);
  }

  /**
   * THE visibility rule for letters, as a SQL condition on a `suggestions` row aliased `s` — used by
   * every read, list, search, export, attachment download and statistic. Court staff see their
   * court's letters (a judge only their own, a division head their division's); a higher court and
   * supervisors see the letters of courts in their scope once they leave the issuing court (issued,
   * escalated, closed…); an agency sees a letter only when it holds a delivery of it (MAIN or COPY).
   * Same as {@link visibleLetters}; `j` must come from resolve().
   */
  suggestionScope(j: Jurisdiction, s = 's', paramPrefix = 'vis'): SqlFilter {
    return this.visibleLetters(scopeOf(j), s, paramPrefix);
  }

  /**
   * Visibility of a `deliveries` row aliased `d`: court side and supervisors see every delivery of a
   * letter they see; an agency sees only its own. Same as {@link visibleDeliveries} (conditions on
   * `d` alone; `s` is accepted for the callers that still pass it).
   */
  deliveryScope(j: Jurisdiction, d = 'd', _s = 's', paramPrefix = 'dvis'): SqlFilter {
    return this.visibleDeliveries(scopeOf(j), d, paramPrefix);
  }

  /**
   * Letters the caller sees, as an index-shaped condition on `suggestions` aliased `s`: one shape per
   * kind of caller — `s.court_id = ANY(:courts)` (+ the own court's internal letters), `s.court_id =
   * :court AND s.author_id = :me` (judge) or `… AND s.division = :division` (division head), a
   * delivery to the caller's organization (recipient), or FALSE. Court staff also see, by key, the
   * letters a higher court adopted from the letters they see of their own court (Art. 3: the
   * originating court keeps the thread; see VisibilityScope.adoptedLetterIds).
   */
  visibleLetters(v: VisibilityScope, s = 's', prefix = 'vis'): SqlFilter {
    const f = this.lettersOfScope(v, s, prefix);
    // A deleted draft (soft delete, kept for the audit trail) is nobody's to see.
    return f.sql === 'FALSE' || v.letters === 'recipient' ? f : { sql: `(${f.sql} AND ${s}.status <> 'DELETED')`, params: f.params };
  }

  private lettersOfScope(v: VisibilityScope, s: string, prefix: string): SqlFilter {
    const n = (x: string) => `${prefix}${x}`;
    if (v.letters === 'recipient') {
      return {
        sql: `EXISTS (SELECT 1 FROM deliveries vd WHERE vd.suggestion_id = ${s}.id AND vd.organization_id = :${n('Recipient')})`,
        params: { [n('Recipient')]: v.recipientOrganizationId },
      };
    }
    if (v.letters !== 'courts' || !v.courtIds.length) return { sql: 'FALSE', params: {} };
    const own = v.ownCourtId;
    if (!own) {
      const courts = `${s}.court_id = ANY(:${n('Courts')}::uuid[])`;
      return { sql: `(${courts} AND NOT ${INTERNAL_LETTER_SQL(s)})`, params: { [n('Courts')]: v.courtIds } };
    }
    const mine = this.ownLetters(v, s, n);
    const adopted = this.orAdopted(v, `${s}.id`, `NOT ${INTERNAL_LETTER_SQL(s)}`, n);
    if (v.authorUserId || v.division !== null || v.courtIds.length === 1)
      return { sql: `(${mine.sql}${adopted.sql})`, params: { ...mine.params, ...adopted.params } };
    const courts = `${s}.court_id = ANY(:${n('Courts')}::uuid[])`;
    // The common case first: the letter left its court (the own court's internal letters are the exception).
    return {
      sql: `((${courts} AND (NOT ${INTERNAL_LETTER_SQL(s)} OR ${s}.court_id = :${n('Court')}))${adopted.sql})`,
      params: { ...mine.params, [n('Courts')]: v.courtIds, ...adopted.params },
    };
  }

  /**
   * ` OR (<key> = ANY(:adopted) AND <notInternal>)` for the scope's adopted letters (by key, read-only
   * and once the adopted letter has left the higher court), or nothing when there are none — the
   * common case, which then keeps the filter a single index-shaped predicate.
   */
  private orAdopted(v: VisibilityScope, key: string, notInternal: string, n: (x: string) => string): SqlFilter {
    if (!v.adoptedLetterIds.length) return { sql: '', params: {} };
    return { sql: ` OR (${key} = ANY(:${n('Adopted')}::uuid[]) AND ${notInternal})`, params: { [n('Adopted')]: v.adoptedLetterIds } };
  }

  /** The caller's own court's letters they see in every status: a judge's own, a division head's division's, or all. */
  private ownLetters(v: VisibilityScope, s: string, n: (x: string) => string): SqlFilter {
    const court = `${s}.court_id = :${n('Court')}`;
    if (v.authorUserId)
      return { sql: `(${court} AND ${s}.author_id = :${n('Author')})`, params: { [n('Court')]: v.ownCourtId, [n('Author')]: v.authorUserId } };
    if (v.division !== null)
      return { sql: `(${court} AND ${s}.division = :${n('Division')})`, params: { [n('Court')]: v.ownCourtId, [n('Division')]: v.division } };
    return { sql: court, params: { [n('Court')]: v.ownCourtId } };
  }

  /**
   * Deliveries the caller sees, as an index-shaped condition on `deliveries` aliased `d` alone (so a
   * count needs no join): `d.organization_id = :org` for a recipient; for the court side
   * `d.court_id = ANY(:courts)` over the letter's court copied onto the delivery, with
   * `d.letter_internal` (kept by triggers from the letter's status) for other courts' letters; a
   * judge's / division head's own letters by a semi-join on `suggestions`; and the deliveries of
   * letters a higher court adopted from theirs (`d.suggestion_id = ANY(…)`, see VisibilityScope.adoptedLetterIds).
   */
  visibleDeliveries(v: VisibilityScope, d = 'd', prefix = 'dvis'): SqlFilter {
    const n = (x: string) => `${prefix}${x}`;
    if (v.letters === 'recipient') return { sql: `${d}.organization_id = :${n('Org')}`, params: { [n('Org')]: v.recipientOrganizationId } };
    if (v.letters !== 'courts' || !v.courtIds.length) return { sql: 'FALSE', params: {} };
    const own = v.ownCourtId;
    const courts = `${d}.court_id = ANY(:${n('Courts')}::uuid[])`;
    if (!own) return { sql: `(${courts} AND NOT ${d}.letter_internal)`, params: { [n('Courts')]: v.courtIds } };
    const adopted = this.orAdopted(v, `${d}.suggestion_id`, `NOT ${d}.letter_internal`, n);
    if (v.authorUserId || v.division !== null) {
      const [col, key, value] = v.authorUserId ? ['author_id', n('Author'), v.authorUserId] : ['division', n('Division'), v.division];
      return {
        sql: `((${d}.court_id = :${n('Court')} AND ${d}.suggestion_id IN (SELECT vs.id FROM suggestions vs WHERE vs.court_id = :${n('Court')} AND vs.${col} = :${key}))${adopted.sql})`,
        params: { [n('Court')]: own, [key]: value, ...adopted.params },
      };
    }
    if (v.courtIds.length === 1) return { sql: `(${d}.court_id = :${n('Court')}${adopted.sql})`, params: { [n('Court')]: own, ...adopted.params } };
    return {
      sql: `((${courts} AND (NOT ${d}.letter_internal OR ${d}.court_id = :${n('Court')}))${adopted.sql})`,
      params: { [n('Courts')]: v.courtIds, [n('Court')]: own, ...adopted.params },
    };
  }
}

function scopeOf(j: Jurisdiction): VisibilityScope {
  if (!isScope(j)) throw new Error('A visibility filter needs the scope JurisdictionService.resolve() returns');
  return j;
}

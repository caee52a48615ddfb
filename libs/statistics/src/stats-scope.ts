/** Filters every statistics endpoint accepts (API.md). Dates are issue dates 'YYYY-MM-DD'. */
export interface StatsFilters {
  from?: string;
  to?: string;
  courtId?: string;
  regionCode?: string;
  organizationId?: string;
  category?: string;
  domain?: string;
}

/** A restriction on the issuing courts; several are ANDed. */
export type CourtConstraint =
  { kind: 'subtree'; courtId: string; pathPrefix: string } | { kind: 'region'; prefix: string } | { kind: 'court'; courtId: string };

export type ViewerKind = 'court' | 'region' | 'agency';

/** What the caller may see, intersected with what they asked for. */
export interface StatsScope {
  viewer: ViewerKind;
  courts: CourtConstraint[];
  /**
   * The issuing courts the figures cover: the caller's VisibilityScope courts intersected with every
   * constraint, filtered as `court_id = ANY(…)`; null for an agency with no court filter (its own
   * deliveries, `organizationId`, are its scope).
   */
  courtIds: string[] | null;
  /** An agency viewer is pinned to its own organization whatever it asked for. */
  organizationId: string | null;
  category: string | null;
  domain: string | null;
  from: string | null;
  to: string | null;
  /** The viewer's own organization (agency rank peers, echo). */
  viewerOrganizationId: string;
  /** An agency's peers for its rank: agencies whose region lies inside this prefix. */
  peerRegionPrefix: string | null;
}

/** The single precomputed (scope, month) key that answers this scope, if there is one. */
export function fastKey(s: StatsScope): { kind: 'C' | 'R'; key: string } | null {
  if (s.organizationId || s.category || s.domain || s.courts.length !== 1) return null;
  const c = s.courts[0];
  if (c.kind === 'subtree') return { kind: 'C', key: c.courtId };
  if (c.kind === 'region') return { kind: 'R', key: c.prefix };
  return null;
}

/** The effective filters as every answer echoes them. */
export interface ScopeDescription {
  viewer: StatsScope['viewer'];
  courtId: string | null;
  regionPrefix: string | null;
  organizationId: string | null;
  category: string | null;
  domain: string | null;
  from: string | null;
  to: string | null;
}

/** The effective filters, echoed in every answer so the caller sees what the figures cover. */
export function describeScope(s: StatsScope): ScopeDescription {
  const court = s.courts.find((c) => c.kind === 'subtree' || c.kind === 'court') as { courtId: string } | undefined;
  const region = s.courts.find((c) => c.kind === 'region') as { prefix: string } | undefined;
  return {
    viewer: s.viewer,
    courtId: court?.courtId ?? null,
    regionPrefix: region?.prefix ?? null,
    organizationId: s.organizationId,
    category: s.category,
    domain: s.domain,
    from: s.from,
    to: s.to,
  };
}

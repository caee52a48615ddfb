import { Role, OrganizationTypeName } from './roles';

/** The authenticated caller of a request: a person, or an organization's API token. */
export interface Principal {
  kind: 'user' | 'apiToken';
  /** The user (for API tokens: null). */
  userId: string | null;
  username: string;
  displayName: string;
  organizationId: string;
  organizationType: OrganizationTypeName;
  roles: Role[];
  division: string | null;
  sessionId: string | null;
  apiTokenId: string | null;
  ip: string | null;
  correlationId: string | null;
  /**
   * The caller's organization as read together with the credentials on this request, so working
   * out its jurisdiction needs no query of its own. Absent on principals built elsewhere (scripts,
   * tests, API tokens): readers then load the organization.
   */
  organization?: PrincipalOrganization;
}

export interface PrincipalOrganization {
  /** Materialized id chain, `/root-id/…/own-id/`. */
  path: string;
  /** 6-digit 行政区划 code. */
  regionCode: string;
}

export function hasRole(p: Principal, ...roles: Role[]): boolean {
  return p.roles.some((r) => roles.includes(r));
}

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
}

export function hasRole(p: Principal, ...roles: Role[]): boolean {
  return p.roles.some((r) => roles.includes(r));
}

import { Role } from '../roles';
export interface RequestContext {
  ip: string | null;
  userAgent: string | null;
  correlationId: string | null;
}

export interface PublicUser {
  id: string;
  organizationId: string;
  username: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  roles: Role[];
  division: string | null;
  active: boolean;
  version: number;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}

export interface LoginResult extends TokenPair {
  user: PublicUser;
}
